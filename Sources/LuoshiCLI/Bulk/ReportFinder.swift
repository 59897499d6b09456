import Foundation
import ReportFiles

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The reports named on the command line: files as given, and with `--recursive` every report
/// under a folder (txt, html, pdf, docx), in path order so that a run's output is the same each time.
enum ReportFinder {
    /// File name extensions read as reports under a folder.
    static let extensions: Set<String> = ["txt", "text", "htm", "html", "pdf", "docx"]

    /// The inputs in order: each argument's files, a folder's sorted by path.
    static func inputs(_ arguments: [String], recursive: Bool) -> [String] {
        var inputs: [String] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard recursive, argument != "-", FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory),
                isDirectory.boolValue
            else {
                inputs.append(argument)  // a file, or a path whose error the reading reports
                continue
            }
            inputs += reports(under: argument)
        }
        return inputs
    }

    /// Every report file below `folder`, hidden files and folders skipped, sorted by path.
    ///
    /// The folder is read entry by entry (`readdir`), which names each entry's kind: Foundation's
    /// enumerator asked the file system once more per file: a twentieth of a run over 200 reports,
    /// more of one over thousands of small files.
    /// A folder given through a symbolic link is walked where it points, its files named under
    /// the link; links to folders below it are not followed, so that a loop cannot trap the walk.
    static func reports(under folder: String) -> [String] {
        var found: [String] = []
        var pending = [folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder]
        while let directory = pending.popLast() {
            guard let stream = opendir(directory) else { continue }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
                }
                guard !name.hasPrefix(".") else { continue }  // hidden, and the . and .. entries
                let path = directory + "/" + name
                switch kind(of: entry.pointee.d_type, at: path) {
                case .folder:
                    pending.append(path)
                case .file:
                    if let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased()) {
                        found.append(path)
                    }
                case .other:
                    continue
                }
            }
        }
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    private enum EntryKind { case folder, file, other }

    /// What a directory entry is; a link counts as the file it points to, never as a folder.
    private static func kind(of type: UInt8, at path: String) -> EntryKind {
        switch Int32(type) {
        case Int32(DT_DIR): return .folder
        case Int32(DT_REG): return .file
        case Int32(DT_LNK):
            var status = stat()
            return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG ? .file : .other
        case Int32(DT_UNKNOWN):
            // Some file systems do not fill in the kind: ask.
            var status = stat()
            guard lstat(path, &status) == 0 else { return .other }
            switch status.st_mode & S_IFMT {
            case S_IFDIR: return .folder
            case S_IFREG: return .file
            case S_IFLNK: return kind(of: UInt8(DT_LNK), at: path)
            default: return .other
            }
        default: return .other
        }
    }
}
