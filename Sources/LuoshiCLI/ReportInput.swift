import ArgumentParser
import DemoData
import Foundation
import ReportFiles

/// Files named on the command line, read with one clear message when they cannot be.
enum ReportInput {
    /// The text of the report at `path`, or the built-in demo report when there is none.
    static func text(_ path: String?, sizeLimit: Int = ReportFile.defaultSizeLimit) throws -> String {
        guard let path else { return DemoTexts.report }
        return try read { () throws(ReportFileError) in try ReportFile.read(path: path, sizeLimit: sizeLimit).text }
    }

    /// The CSV department directory at `path`, or the built-in demo directory when there is none.
    static func directory(_ path: String?) throws -> String {
        guard let path else { return DemoTexts.departments }
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
