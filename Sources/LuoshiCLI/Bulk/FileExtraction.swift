import Foundation
import PlanStore
import ReportExtraction
import ReportFiles

/// One file read and extracted, its records already rendered in the output format, so that the
/// work of a run spreads over the cores and only the writing is in order.
struct FileExtraction: Sendable {
    /// What the output looks like.
    enum Rendering: Sendable {
        case jsonl(label: Bool)
        case json
        case table(heading: Bool)
        case text
        case csv
    }

    var file: String
    var bytesRead = 0
    var records = 0
    /// The rendered records (all formats but CSV).
    var output: [UInt8] = []
    /// The rendered rows, table by table (CSV).
    var rows: [RecordTable: String] = [:]
    /// Why the file could not be read, as the line to print.
    var error: String?
    var warnings: [String] = []

    /// Reads `file`, extracts it and renders its records.
    init(file: String, rendering: Rendering, only: RecordSelection, sizeLimit: Int) {
        self.file = file
        let decoded: DecodedReport
        do throws(ReportFileError) {
            decoded = try ReportFile.read(path: file, sizeLimit: sizeLimit)
        } catch {
            self.error = ReportInput.message(error, limitOption: "--max-size", folderOption: "--recursive")
            // In a run over several files the stream says which one failed; a single file's output stays empty.
            if case .jsonl(label: true) = rendering { output = Self.errorRecord(file: file, message: error.localizedDescription) }
            if case .csv = rendering { rows[.error] = CSVDocument.row([file, error.localizedDescription]) }
            return
        }
        bytesRead = decoded.text.utf8.count
        let report = ReportExtractor.extract(decoded.text)
        warnings = decoded.warnings.map { "luoshi: \($0)" } + report.diagnostics.map { "luoshi: \(file): \($0.message)" }
        records = Self.recordCount(report, only)
        switch rendering {
        case .jsonl(let label):
            var writer = JSONWriter(capacity: bytesRead * 3)  // a report's records run to about 2.5 times its text
            report.writeJSONLines(only, file: label ? file : nil, into: &writer)
            output = writer.bytes
        case .json:
            output = Array(JSONDocument.render(report, only: only, file: file).utf8)
        case .table(let heading):
            output = Array(((heading ? "== \(file) ==\n" : "") + TableRenderer.render(report, only: only)).utf8)
        case .text:
            output = Array(report.normalizedText.utf8)
        case .csv:
            rows = RecordTable.rows(report, file: file, only: only)
        }
    }

    static func recordCount(_ report: ExtractedReport, _ only: RecordSelection) -> Int {
        switch only {
        case .all: 1 + report.sections.count + report.terms.count + report.quantities.count + report.tasks.count
        case .outline: 1 + report.sections.count + report.terms.count
        case .quantities: report.quantities.count
        case .tasks: report.tasks.count
        }
    }

    /// `{"type":"error","file":…,"message":…}`: a file that could not be read, in the stream.
    static func errorRecord(file: String, message: String) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.add("type", "error")
        writer.add("file", file)
        writer.add("message", message)
        writer.endObject()
        writer.newline()
        return writer.bytes
    }
}
