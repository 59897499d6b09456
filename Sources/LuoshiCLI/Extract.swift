import ArgumentParser
import Foundation
import ReportExtraction
import ReportFiles

/// `luoshi extract FILE|DIR…`: reads reports and prints their outline, quantities and tasks.
struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "读取工作报告，输出提纲、数量和任务。 Read work reports; print their outline, quantities and tasks.",
        discussion: """
            FILE may be plain text (UTF-8, UTF-16 with BOM, GB18030/GBK), a saved web page (HTML), PDF (needs pdftotext \
            from poppler-utils) or DOCX; the kind is told from the content. Use - for standard input. \
            With --recursive, a folder stands for every .txt, .html, .pdf and .docx file under it, in path order.

            Files are read on --jobs cores at once; the output keeps their order. With several files, \
            JSON prints an array of documents (one a file), JSONL records carry a "file" field and a \
            file that cannot be read gives a {"type":"error"} record; CSV writes one table per record \
            type into --output, or the one table --only asks for to standard output. Warnings, a \
            progress line on a terminal and a closing summary go to standard error.

            Exit codes:
              0   every file was read
              1   a file could not be read (missing, empty, binary, corrupt, too large, \
            undecodable); the others were still extracted
              64  the command line is wrong
            """
    )

    @Argument(help: "报告文件或目录；- 表示标准输入。 Report files or folders; - reads standard input.")
    var files: [String]

    @Option(
        name: .long,
        help:
            "输出格式：table | json | jsonl | text | csv（默认：终端上为 table，否则为 jsonl）。 Output format (default: table on a terminal, jsonl otherwise)."
    )
    var format: OutputFormat?

    @Option(name: .long, help: "只输出一类记录：outline | quantities | tasks。 Print only one kind of record.")
    var only: RecordSelection = .all

    @Option(name: .customLong("max-size"), help: "文件大小上限（MB）。 Largest file to read, in MB.")
    var maxSize: Int = 50

    @Flag(name: [.customShort("r"), .long], help: "读取目录下的全部报告（txt、html、pdf、docx）。 Read every report under the folders given.")
    var recursive = false

    @Option(name: [.customShort("j"), .long], help: "同时使用的核数（默认：全部）。 Cores to use at once (default: all).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: [.customShort("o"), .long], help: "CSV 表格写入的目录。 The folder to write the CSV tables into.")
    var output: String?

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("请给出至少一个文件。 Give at least one file.") }
        guard maxSize > 0 else { throw ValidationError("--max-size 必须大于 0。 --max-size must be positive.") }
        guard jobs > 0 else { throw ValidationError("--jobs 必须大于 0。 --jobs must be positive.") }
        guard files.filter({ $0 == "-" }).count <= 1 else {
            throw ValidationError("标准输入（-）只能读一次。 Standard input (-) can be read once only.")
        }
        if format == .csv, output == nil, only == .all {
            throw ValidationError(
                "CSV 每类记录一张表：请用 --output 目录，或用 --only 只输出一张表。 CSV is one table per record type: give --output DIR, or --only for one table."
            )
        }
        if output != nil, format != .csv {
            throw ValidationError("--output 只用于 --format csv。 --output goes with --format csv.")
        }
    }

    func run() async throws {
        let format = self.format ?? (isatty(STDOUT_FILENO) != 0 ? .table : .jsonl)
        AllocatorTuning.keepFreedMemoryForReuse()
        let inputs = ReportFinder.inputs(files, recursive: recursive)
        guard !inputs.isEmpty else {
            StandardError.write(
                "luoshi: 目录中没有报告文件（txt、html、pdf、docx）。 No report files (txt, html, pdf, docx) in the folders given.")
            throw ExitCode(1)
        }
        let several = inputs.count > 1 || recursive
        let rendering: FileExtraction.Rendering =
            switch format {
            case .jsonl: .jsonl(label: several)
            case .json: .json
            case .table: .table(heading: several)
            case .text: .text
            case .csv: .csv
            }
        var tables = try CSVTables(folder: output, selected: RecordTable.selected(only))
        var out = StandardOutput()
        var documents: [[UInt8]] = []
        var tally = RunTally(total: inputs.count)
        let only = self.only, sizeLimit = maxSize * 1_048_576
        // Several files in flight per core keep the cores busy while one waits for its turn.
        await orderedParallelMap(inputs, jobs: jobs, window: jobs * 4) { file in
            FileExtraction(file: file, rendering: rendering, only: only, sizeLimit: sizeLimit)
        } deliver: { _, file in
            if file.error != nil || !file.warnings.isEmpty {
                tally.clearProgress()
                for line in (file.error.map { [$0] } ?? []) + file.warnings { StandardError.write(line) }
            }
            switch format {
            case .json: if file.error == nil { documents.append(file.output) }
            case .csv: tables.write(file.rows, to: &out)
            default: out.write(bytes: file.output)
            }
            out.flush()  // per file: a long run shows its records as it goes
            tally.count(file)
        }
        if format == .json, !documents.isEmpty {
            if documents.count == 1 && !several {
                out.write(bytes: documents[0])
            } else {
                out.write("[\n")
                for (index, document) in documents.enumerated() {
                    out.write(bytes: document)
                    out.write(index + 1 < documents.count ? ",\n" : "\n")
                }
                out.write("]")
            }
            out.write("\n")
        }
        out.flush()
        tables.close()
        if several {
            tally.clearProgress()
            StandardError.write(tally.summary)
        }
        if tally.errors > 0 { throw ExitCode(1) }
    }
}
