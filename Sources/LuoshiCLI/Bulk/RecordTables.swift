import PlanStore
import ReportExtraction

/// Extracted records as CSV tables, one a record type, as Excel and WPS open them (UTF-8 with a
/// byte-order mark, CRLF); each row starts with the file it came from.
enum RecordTable: String, CaseIterable, Sendable {
    case meta, section, term, quantity, task, error

    /// The file a table is written to under `--output`.
    var fileName: String {
        switch self {
        case .meta: "meta.csv"
        case .section: "sections.csv"
        case .term: "terms.csv"
        case .quantity: "quantities.csv"
        case .task: "tasks.csv"
        case .error: "errors.csv"
        }
    }

    var header: [String] {
        switch self {
        case .meta: ["file", "title", "jurisdiction", "level", "date", "speaker", "speakerTitle", "session", "planYear"]
        case .section: ["file", "id", "marker", "title", "start"]
        case .term: ["file", "term", "definition"]
        case .quantity:
            ["file", "kind", "section", "subject", "action", "value", "valueMax", "unit", "comparator", "quote", "start", "end"]
        case .task: ["file", "section", "horizon", "vague", "text", "quantities", "start", "end"]
        case .error: ["file", "message"]
        }
    }

    /// The tables `--only` selects.
    static func selected(_ only: RecordSelection) -> [RecordTable] {
        switch only {
        case .all: allCases
        case .outline: [.meta, .section, .term, .error]
        case .quantities: [.quantity, .error]
        case .tasks: [.task, .error]
        }
    }

    /// The header line (with the byte-order mark that tells Excel it is UTF-8).
    var headerLine: String { "\u{FEFF}" + CSVDocument.row(header) }

    /// A report's rows, table by table, for the tables `only` selects.
    static func rows(_ report: ExtractedReport, file: String, only: RecordSelection) -> [RecordTable: String] {
        var rows: [RecordTable: String] = [:]
        func add(_ table: RecordTable, _ fields: [String]) { rows[table, default: ""] += CSVDocument.row([file] + fields) }
        func text(_ value: Double?) -> String { value.map { JSONObject.number($0) } ?? "" }
        if only == .all || only == .outline {
            let meta = report.meta
            add(
                .meta,
                [meta.title, meta.jurisdiction, meta.level, meta.date, meta.speaker, meta.speakerTitle, meta.session].map {
                    $0 ?? ""
                }
                    + [meta.planYear.map(String.init) ?? ""])
            for section in report.sections { add(.section, [section.id, section.marker, section.title, String(section.start)]) }
            for term in report.terms { add(.term, [term.term, term.definition]) }
        }
        if only == .all || only == .quantities {
            for q in report.quantities {
                add(
                    .quantity,
                    [
                        q.kind.rawValue, q.section ?? "", q.subject, q.action ?? "", text(q.value), text(q.valueMax), q.unit,
                        q.comparator.rawValue, q.quote, String(q.start), String(q.end),
                    ])
            }
        }
        if only == .all || only == .tasks {
            for t in report.tasks {
                add(
                    .task,
                    [
                        t.section ?? "", t.horizon.rawValue, t.vague ? "true" : "false", t.text,
                        t.quantities.map(String.init).joined(separator: " "), String(t.start), String(t.end),
                    ])
            }
        }
        return rows
    }
}
