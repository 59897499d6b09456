import Foundation
import ReportFiles

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
    static func reports(under folder: String) -> [String] {
        // A folder given through a symbolic link is walked where the link points.
        let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath()
        guard let walker = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var found: [String] = []
        for case let url as URL in walker where extensions.contains(url.pathExtension.lowercased()) {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            // The path as the user would write it: the folder they gave, then the rest.
            let path = url.path.hasPrefix(root.path) ? url.path : url.resolvingSymlinksInPath().path
            guard path.hasPrefix(root.path) else { continue }
            let relative = path.dropFirst(root.path.count)
            found.append((folder.hasSuffix("/") ? String(folder.dropLast()) : folder) + relative)
        }
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
