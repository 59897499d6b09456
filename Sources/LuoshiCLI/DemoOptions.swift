import ArgumentParser
import Foundation
import ReportFiles
import WebApp

/// `--demo-report` and `--demo-departments`: the demo data compiled into the program unless a
/// file is given.
struct DemoOptions: ParsableArguments {
    @Option(help: "演示报告文件（默认：程序自带的玉泉区 2022 年报告）。 The demo report (default: the built-in 玉泉区 2022 report).")
    var demoReport: String?

    @Option(help: "演示单位目录 CSV（默认：程序自带）。 The demo department directory (default: built in).")
    var demoDepartments: String?

    /// The report's text and the directory's CSV, or one message on standard error and exit 1.
    func load() throws -> (report: String, departments: String) {
        (try ReportInput.text(demoReport), try ReportInput.directory(demoDepartments))
    }
}

/// Files named on the command line, read with one clear message when they cannot be.
enum ReportInput {
    /// The text of the report at `path`, or the built-in demo report when there is none.
    static func text(_ path: String?, sizeLimit: Int = ReportFile.defaultSizeLimit) throws -> String {
        guard let path else { return DemoPlan.report }
        return try read { () throws(ReportFileError) in try ReportFile.read(path: path, sizeLimit: sizeLimit).text }
    }

    /// The CSV department directory at `path`, or the built-in demo directory when there is none.
    static func directory(_ path: String?) throws -> String {
        guard let path else { return DemoPlan.departments }
        return try read { () throws(ReportFileError) in try InputFile.text(path: path) }
    }

    /// Runs `body`; a file error becomes its message on standard error and exit status 1.
    static func read<T>(_ body: () throws(ReportFileError) -> T) throws -> T {
        do throws(ReportFileError) {
            return try body()
        } catch {
            StandardError.write(message(error))
            throw ExitCode(1)
        }
    }

    /// The line to print for a file error (it names the file); a size refusal names the option
    /// that raises the limit, and a folder the option that reads it, where the command has one.
    static func message(_ error: ReportFileError, limitOption: String? = nil, folderOption: String? = nil) -> String {
        var line = "luoshi: \(error.localizedDescription)"
        if case .tooLarge = error, let limitOption {
            line += " 需要时用 \(limitOption) 调高上限。 Raise it with \(limitOption)."
        }
        if case .isDirectory = error, let folderOption {
            line += " 读取整个目录请加 \(folderOption)。 Add \(folderOption) to read a folder."
        }
        return line
    }
}
