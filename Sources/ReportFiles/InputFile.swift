import Foundation

/// A file a user names — a report, a department directory, an evidence file — read with one
/// clear error for each way it can fail (missing, a directory, unreadable, too large, empty).
public enum InputFile {
    /// The bytes of the file at `path` (`-` for standard input), at most `sizeLimit` of them.
    public static func bytes(path: String, sizeLimit: Int) throws(ReportFileError) -> Data {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= sizeLimit else { throw .tooLarge(path: path, bytes: data.count, limit: sizeLimit) }
            return data
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path: path) }
        guard !isDirectory.boolValue else { throw .isDirectory(path: path) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= sizeLimit else { throw .tooLarge(path: path, bytes: size, limit: sizeLimit) }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
    }

    /// The file at `path` as plain text: UTF-8 (with or without BOM), UTF-16 with BOM or
    /// GB18030/GBK, as a spreadsheet program saves a CSV file on a Chinese system.
    public static func text(path: String, sizeLimit: Int = ReportFile.defaultSizeLimit) throws(ReportFileError) -> String {
        let data = try bytes(path: path, sizeLimit: sizeLimit)
        guard !data.isEmpty else { throw .empty(path: path) }
        return try TextEncoding.decode(data, path: path).text
    }
}
