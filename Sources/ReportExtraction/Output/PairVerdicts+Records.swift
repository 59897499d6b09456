extension PairVerdicts {
    /// The verdict records as `shared/spec/verdicts.md` gives them, one JSON object a line,
    /// after a `pair` record that says which reports were read.
    public func writeJSONLines(plan planFile: String?, review reviewFile: String?, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.add("type", "pair")
        writer.add("plan", planFile)
        writer.add("review", reviewFile)
        writer.add("jurisdiction", plan.meta.jurisdiction)
        writer.add("planYear", plan.meta.planYear)
        writer.add("reviewYear", reviewMeta.planYear)
        writer.endObject()
        writer.newline()
        for verdict in verdicts {
            writer.beginObject()
            writer.add("type", "verdict")
            writer.key("target")
            writer.beginObject()
            writer.add("kind", verdict.target.kind.rawValue)
            writer.add("section", verdict.target.section)
            if verdict.target.kind == .task { writer.add("vague", verdict.target.vague) }
            writer.add("start", verdict.target.span.start)
            writer.add("end", verdict.target.span.end)
            writer.add("quote", verdict.target.span.quote)
            writer.endObject()
            writer.add("outcome", verdict.outcome.rawValue)
            writer.key("actual")
            if let actual = verdict.actual {
                writer.beginObject()
                writer.add("value", actual.value)
                writer.add("unit", actual.unit)
                writer.endObject()
            } else {
                writer.value(nil as String?)
            }
            writer.key("evidence")
            if let evidence = verdict.evidence {
                writer.beginObject()
                writer.add("start", evidence.start)
                writer.add("end", evidence.end)
                writer.add("quote", evidence.quote)
                writer.endObject()
            } else {
                writer.value(nil as String?)
            }
            writer.endObject()
            writer.newline()
        }
    }
}
