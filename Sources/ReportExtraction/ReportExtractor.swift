/// Extracts a report: `normalize → outline → quantities → tasks`. A pure function of the text.
public enum ReportExtractor {
    /// Reads everything the spec asks for out of the text of one report.
    public static func extract(_ text: String) -> ExtractedReport {
        read(text).report
    }

    /// The report with the outline it was read through (which part each paragraph is in).
    static func read(_ text: String) -> (report: ExtractedReport, outline: Outline) {
        let normalized = Normalizer.normalize(text)
        let outline = OutlineReader.read(normalized)
        let quantities = quantities(normalized.scalars, outline: outline)
        let tasks = TaskSegmenter.segment(normalized.scalars, outline: outline, quantities: quantities)
        var diagnostics = outline.diagnostics
        if normalized.paragraphs.isEmpty {
            diagnostics.append(Diagnostic(message: "文本为空。 The text is empty."))
        }
        let report = ExtractedReport(
            normalizedScalars: normalized.scalars, meta: outline.meta, sections: outline.sections, terms: outline.terms,
            quantities: quantities, tasks: tasks, diagnostics: diagnostics)
        return (report, outline)
    }

    /// The quantities of every body paragraph, in text order.
    static func quantities(_ scalars: [Unicode.Scalar], outline: Outline) -> [Quantity] {
        let terms = outline.terms.map { Array($0.term.unicodeScalars) }.filter { $0.count >= 2 }
        var found: [Quantity] = []
        for paragraph in outline.paragraphs {
            guard let range = paragraph.textRange else { continue }
            let kind: QuantityKind
            switch paragraph.partKind {
            case .termPlan?, .yearPlan?: kind = .target
            case .review?, nil: kind = .achievement
            }
            let context = QuantityContext(kind: kind, section: paragraph.sectionID, terms: terms)
            found.append(contentsOf: QuantityScanner.scan(scalars, in: range, context: context))
        }
        return found
    }
}
