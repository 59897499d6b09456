import Foundation

/// Buffered standard output: a report has thousands of records.
struct StandardOutput {
    private var buffer = ""

    mutating func write(_ string: String) {
        buffer += string
        if buffer.utf8.count > 1 << 16 { flush() }
    }

    mutating func flush() {
        FileHandle.standardOutput.write(Data(buffer.utf8))
        buffer = ""
    }
}

/// Messages for the user on standard error.
enum StandardError {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
