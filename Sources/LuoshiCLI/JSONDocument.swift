import ReportExtraction

/// One report as a JSON document: `{"file", "meta", "sections", "terms", "quantities", "tasks", "warnings"}`.
enum JSONDocument {
    static func render(_ report: ExtractedReport, only: RecordSelection, file: String) -> String {
        let objects = report.typedJSONObjects(only, withType: false)
        func group(_ type: String) -> String {
            let items = objects.filter { $0.type == type }.map(\.json)
            return "[" + (items.isEmpty ? "" : "\n    " + items.joined(separator: ",\n    ") + "\n  ") + "]"
        }
        var fields = ["\"file\": \(quoted(file))"]
        if only == .all || only == .outline {
            fields.append("\"meta\": \(objects.first { $0.type == "meta" }?.json ?? "null")")
            fields.append("\"sections\": \(group("section"))")
            fields.append("\"terms\": \(group("term"))")
        }
        if only == .all || only == .quantities { fields.append("\"quantities\": \(group("quantity"))") }
        if only == .all || only == .tasks { fields.append("\"tasks\": \(group("task"))") }
        let warnings = report.diagnostics.map { quoted($0.message) }
        fields.append("\"warnings\": [" + warnings.joined(separator: ", ") + "]")
        return "{\n  " + fields.joined(separator: ",\n  ") + "\n}"
    }

    private static func quoted(_ string: String) -> String { JSONObject.quoted(string) }
}
