import ArgumentParser
import Foundation
import ReportExtraction
import ReportFiles

/// `luoshi extract FILE…`: reads reports and prints their outline, quantities and tasks.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "读取工作报告，输出提纲、数量和任务。 Read work reports; print their outline, quantities and tasks.",
        discussion: """
            FILE may be plain text (UTF-8, UTF-16 with BOM, GB18030/GBK), PDF (needs pdftotext \
            from poppler-utils) or DOCX; the kind is told from the content. Use - for standard input.

            With several files, JSON prints an array of documents (one a file) and JSONL \
            records carry a "file" field. Warnings go to standard error.

            Exit codes:
              0   every file was read
              1   a file could not be read (missing, empty, binary, corrupt, too large, \
            undecodable); the others were still extracted
              64  the command line is wrong
            """
    )

    @Argument(help: "报告文件；- 表示标准输入。 Report files; - reads standard input.")
    var files: [String]

    @Option(name: .long, help: "输出格式：table | json | jsonl | text（默认：终端上为 table，否则为 jsonl）。 Output format (default: table on a terminal, jsonl otherwise).")
    var format: OutputFormat?

    @Option(name: .long, help: "只输出一类记录：outline | quantities | tasks。 Print only one kind of record.")
    var only: RecordSelection = .all

    @Option(name: .customLong("max-size"), help: "文件大小上限（MB）。 Largest file to read, in MB.")
    var maxSize: Int = 50

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("请给出至少一个文件。 Give at least one file.") }
        guard maxSize > 0 else { throw ValidationError("--max-size 必须大于 0。 --max-size must be positive.") }
        guard files.filter({ $0 == "-" }).count <= 1 else {
            throw ValidationError("标准输入（-）只能读一次。 Standard input (-) can be read once only.")
        }
    }

    func run() throws {
        let format = self.format ?? (isatty(STDOUT_FILENO) != 0 ? .table : .jsonl)
        var output = StandardOutput()
        var failed = false
        var documents: [String] = []
        var records = JSONWriter(capacity: 1 << 20)
        for file in files {
            let report: ExtractedReport
            do throws(ReportFileError) {
                let decoded = try ReportFile.read(path: file, sizeLimit: maxSize * 1_048_576)
                report = ReportExtractor.extract(decoded.text)
            } catch {
                StandardError.write(ReportInput.message(error, limitOption: "--max-size"))
                failed = true
                continue
            }
            for diagnostic in report.diagnostics {
                StandardError.write("luoshi: \(file): \(diagnostic.message)")
            }
            let label = files.count > 1 ? file : nil
            switch format {
            case .jsonl:
                records.removeAll()
                report.writeJSONLines(only, file: label, into: &records)
                output.write(bytes: records.bytes)
                output.flush()  // per file: a long run shows its records as it goes
            case .json:
                documents.append(JSONDocument.render(report, only: only, file: file))
            case .table:
                if files.count > 1 { output.write("== \(file) ==\n") }
                output.write(TableRenderer.render(report, only: only))
            case .text:
                output.write(report.normalizedText)
            }
        }
        if format == .json, !documents.isEmpty {
            output.write(files.count > 1 ? "[\n" + documents.joined(separator: ",\n") + "\n]\n" : documents[0] + "\n")
        }
        output.flush()
        if failed { throw ExitCode(1) }
    }
}
