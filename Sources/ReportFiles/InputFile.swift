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
        // One open, one fstat, whole reads: a corpus is thousands of files, and FileManager's
        // existence, attribute and permission queries cost as much as reading a report.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            switch code {
            case ENOENT, ENOTDIR: throw .notFound(path: path)
            case EACCES, EPERM: throw .unreadable(path: path, reason: "permission denied")
            default: throw .unreadable(path: path, reason: String(cString: strerror(code)))
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        guard (status.st_mode & S_IFMT) != S_IFDIR else { throw .isDirectory(path: path) }
        // A pipe or a device (`<(…)`, /dev/stdin) has no size: read it to its end.
        guard (status.st_mode & S_IFMT) == S_IFREG else { return try readToEnd(descriptor, path: path, sizeLimit: sizeLimit) }
        let size = Int(status.st_size)
        guard size <= sizeLimit else { throw .tooLarge(path: path, bytes: size, limit: sizeLimit) }
        var data = Data(count: size)
        var filled = 0
        while filled < size {
            let count = data.withUnsafeMutableBytes { buffer in read(descriptor, buffer.baseAddress! + filled, size - filled) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
            if count == 0 { break }  // the file shrank while read
            filled += count
        }
        if filled < size { data.removeSubrange(filled..<size) }
        return data
    }

    private static func readToEnd(_ descriptor: Int32, path: String, sizeLimit: Int) throws(ReportFileError) -> Data {
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
            if count == 0 { return data }
            data.append(contentsOf: chunk[0..<count])
            guard data.count <= sizeLimit else { throw .tooLarge(path: path, bytes: data.count, limit: sizeLimit) }
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
