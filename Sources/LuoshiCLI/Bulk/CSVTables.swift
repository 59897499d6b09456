import ArgumentParser
import Foundation

/// Where the CSV tables of a run go: a file per record type in a folder, or the one selected
/// table to standard output.
struct CSVTables {
    private var handles: [RecordTable: FileHandle] = [:]
    private let selected: [RecordTable]
    private var wroteHeader = false

    /// Opens a table file per selected record type in `folder` (made if missing); with no
    /// folder, rows go to standard output.
    init(folder: String?, selected: [RecordTable]) throws {
        self.selected = selected
        guard let folder else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for table in selected {
                let path = (folder as NSString).appendingPathComponent(table.fileName)
                guard FileManager.default.createFile(atPath: path, contents: Data(table.headerLine.utf8)),
                    let handle = FileHandle(forWritingAtPath: path)
                else { throw CocoaError(.fileWriteNoPermission) }
                handle.seekToEndOfFile()
                handles[table] = handle
            }
        } catch {
            StandardError.write(
                "luoshi: 无法写入目录 \(folder)（\(error.localizedDescription)）。 Cannot write to the folder \(folder) (\(error.localizedDescription))."
            )
            throw ExitCode(1)
        }
    }

    /// Appends one file's rows to their tables.
    mutating func write(_ rows: [RecordTable: String], to output: inout StandardOutput) {
        if handles.isEmpty {
            // One table on standard output: the first selected one that is not the error table.
            let table = selected.first { $0 != .error } ?? .error
            if !wroteHeader {
                output.write(table.headerLine)
                wroteHeader = true
            }
            if let text = rows[table] { output.write(text) }
            return
        }
        for (table, text) in rows { handles[table]?.write(Data(text.utf8)) }
    }

    func close() {
        for handle in handles.values { try? handle.close() }
    }
}
