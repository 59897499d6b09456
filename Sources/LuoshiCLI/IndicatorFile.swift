import ArgumentParser
import ReportExtraction
import ReportFiles

/// The office's indicator list (`--indicators FILE`), read with one clear message when it cannot be.
enum IndicatorFile {
    static func read(_ path: String) throws -> [Indicator] {
        let text = try ReportInput.read { () throws(ReportFileError) in try InputFile.text(path: path) }
        do {
            return try IndicatorList.parse(csv: text)
        } catch {
            StandardError.write("luoshi: \(path)：\(error)")
            throw ExitCode(1)
        }
    }
}
