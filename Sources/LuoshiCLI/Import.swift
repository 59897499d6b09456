import ArgumentParser
import Foundation
import PlanStore
import ReportExtraction
import ReportFiles

/// `luoshi import FILE…`: stores reports and their draft tasks.
struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "导入工作报告，生成任务草稿。 Import work reports into the store as draft tasks.",
        discussion: """
            Importing the same text again changes nothing. A corrected text of a report already \
            imported becomes a new version: unchanged tasks are carried over with their \
            assignments and progress, and the changes are listed.

            Exit codes: 0 imported (or unchanged); 1 a file could not be read or imported; 64 usage.
            """
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "报告文件（txt、PDF、DOCX）。 Report files (text, PDF, DOCX).")
    var files: [String]

    @Option(help: "行政区名称，报告中没有时使用。 The jurisdiction, when the report does not name it.")
    var jurisdiction: String?

    @Option(help: "计划年度，报告中没有时使用。 The plan year, when the report does not state it.")
    var year: Int?

    @Option(name: .customLong("max-size"), help: "文件大小上限（MB）。 Largest file to read, in MB.")
    var maxSize: Int = 50

    @Option(help: "输出格式：text（默认）或 jsonl，每个文件一行。 Output: text (default) or jsonl, a line a file.")
    var format: ImportOutput = .text

    enum ImportOutput: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("请给出至少一个文件。 Give at least one file.") }
        if let year, !(1949...2100).contains(year) {
            throw ValidationError("--year 应在 1949 到 2100 之间。 --year must be between 1949 and 2100.")
        }
    }

    func run() async throws {
        let planStore = try await store.open()
        var failed = false
        for file in files {
            let decoded: DecodedReport
            do throws(ReportFileError) {
                decoded = try ReportFile.read(path: file, sizeLimit: maxSize * 1_048_576)
            } catch {
                // The message names the file already.
                StandardError.write(ReportInput.message(error, limitOption: "--max-size"))
                failed = true
                continue
            }
            for warning in decoded.warnings { StandardError.write("luoshi: \(warning)") }
            do {
                let result = try await planStore.importReport(text: decoded.text, jurisdiction: jurisdiction, planYear: year)
                print(format == .jsonl ? Self.json(result, file: file) : Self.describe(result, file: file))
            } catch {
                StandardError.write("luoshi: \(file): \(error.localizedDescription)")
                failed = true
            }
        }
        await planStore.close()
        if failed { throw ExitCode(1) }
    }

    static func json(_ result: ImportResult, file: String) -> String {
        var object = JSONObject()
        object.add("file", file)
        object.add("outcome", result.outcome.rawValue)
        object.add("jurisdiction", result.jurisdiction)
        object.add("planYear", result.planYear)
        object.add("reportId", result.reportID)
        object.add("version", result.version)
        object.add("kept", result.kept)
        object.addRaw("added", "[" + result.added.map(JSONObject.quoted).joined(separator: ",") + "]")
        object.addRaw("removed", "[" + result.removed.map(JSONObject.quoted).joined(separator: ",") + "]")
        return object.json
    }

    static func describe(_ result: ImportResult, file: String) -> String {
        let plan = "\(result.jurisdiction) \(result.planYear)年"
        switch result.outcome {
        case .unchanged:
            return
                "\(file)：与已导入的第\(result.version)版相同，未作改动。 \(file): same text as version \(result.version) of \(plan); nothing changed."
        case .created:
            return
                "\(file)：已导入 \(plan)，\(result.added.count) 项任务草稿。 \(file): imported \(plan), \(result.added.count) draft tasks."
        case .newVersion:
            var lines = [
                "\(file)：\(plan) 第\(result.version)版；保留 \(result.kept) 项，新增 \(result.added.count) 项，删除 \(result.removed.count) 项。 \(file): version \(result.version) of \(plan); \(result.kept) tasks kept, \(result.added.count) added, \(result.removed.count) removed."
            ]
            lines += result.added.map { "  + \($0)" }
            lines += result.removed.map { "  - \($0)" }
            return lines.joined(separator: "\n")
        }
    }
}
