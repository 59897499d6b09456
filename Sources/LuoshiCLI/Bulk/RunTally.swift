import Foundation

/// What a run of `luoshi extract` has done so far: files, errors, bytes, records; shown as a
/// progress line on a terminal and as a summary at the end.
struct RunTally {
    let total: Int
    let started = ContinuousClock.now
    private(set) var files = 0
    private(set) var errors = 0
    private(set) var bytes = 0
    private(set) var records = 0
    private var lastShown = ContinuousClock.now
    /// Whether standard error is a terminal (a progress line is drawn there, else nothing).
    private let showsProgress = isatty(STDERR_FILENO) != 0

    init(total: Int) {
        self.total = total
    }

    mutating func count(_ file: FileExtraction) {
        files += 1
        bytes += file.bytesRead
        records += file.records
        if file.error != nil { errors += 1 }
        let now = ContinuousClock.now
        if showsProgress, total > 1, now - lastShown > .milliseconds(100) || files == total {
            lastShown = now
            FileHandle.standardError.write(Data("\r\u{1B}[K\(progress)".utf8))
        }
    }

    var seconds: Double {
        let elapsed = ContinuousClock.now - started
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0 }

    /// `[#####-----] 120/300 文件 files  14.2 MB/s  1 错误 errors`.
    var progress: String {
        let width = 24
        let filled = total > 0 ? width * files / total : width
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
            + "\(files)/\(total) 文件 files  " + String(format: "%.1f MB/s", megabytesPerSecond) + "  \(errors) 错误 errors"
    }

    /// The last line of a run.
    var summary: String {
        let size = String(format: "%.1f", Double(bytes) / 1_000_000), time = String(format: "%.2f", seconds)
        let speed = String(format: "%.1f", megabytesPerSecond)
        return "已读 \(files) 个文件（\(files - errors) 个成功，\(errors) 个出错），\(size) MB，\(records) 条记录，用时 \(time) 秒（\(speed) MB/s）。 "
            + "Read \(files) files (\(files - errors) extracted, \(errors) failed), \(size) MB, \(records) records in \(time) s (\(speed) MB/s)."
    }

    /// Clears the progress line before other lines go to standard error.
    func clearProgress() {
        if showsProgress, total > 1 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
