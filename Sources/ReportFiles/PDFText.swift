import Foundation

/// The text of a PDF, through poppler's `pdftotext` (Debian package poppler-utils).
enum PDFText {
    /// `searchPath` is where to look for `pdftotext` (the PATH by default).
    static func extract(_ data: Data, path: String, searchPath: String? = nil) throws(ReportFileError) -> String {
        guard let tool = executable(named: "pdftotext", searchPath: searchPath) else {
            throw .missingTool(tool: "pdftotext", package: "poppler-utils")
        }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("luoshi-pdf-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("report.pdf")
        let output = directory.appendingPathComponent("report.txt")
        let stderr = Pipe()
        let process = Process()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try data.write(to: input)
            process.executableURL = tool
            process.arguments = ["-enc", "UTF-8", input.path, output.path]
            process.standardError = stderr
            process.standardOutput = FileHandle.nullDevice
            try process.run()
        } catch {
            throw .unreadable(path: path, reason: "pdftotext: \(error.localizedDescription)")
        }
        let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let text = try? String(contentsOf: output, encoding: .utf8) else {
            let detail = message.split(separator: "\n").first.map(String.init) ?? "pdftotext exit \(process.terminationStatus)"
            throw .corruptPDF(path: path, detail: detail)
        }
        return PageFurniture.remove(from: text)
    }

    /// The first executable called `name` on the PATH.
    static func executable(named name: String, searchPath: String? = nil) -> URL? {
        let path = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
