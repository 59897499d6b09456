import Foundation

/// `luoshi serve` started as a user starts it, in a working directory of the test's choosing,
/// until the test stops it.
final class RunningServer {
    let process = Process()
    /// Where the server listens: `http://127.0.0.1:PORT`.
    private(set) var address = ""
    /// What it printed on standard output up to the line saying it runs.
    private(set) var output = ""
    private let errorURL = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-serve-\(UUID().uuidString)")

    /// Starts `luoshi ARGUMENTS` in `directory` and waits (at most two minutes) until it says it runs.
    init(_ arguments: [String], in directory: URL) throws {
        process.executableURL = Bundle.main.bundleURL.appendingPathComponent("luoshi")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let stdout = Pipe()
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        process.standardOutput = stdout
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
        let watchdog = DispatchWorkItem { [process] in if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        defer { watchdog.cancel() }
        var bytes = Data()
        while !String(decoding: bytes, as: UTF8.self).contains("Luoshi is running: http://") || bytes.last != 0x0A {
            let chunk = stdout.fileHandleForReading.availableData
            if chunk.isEmpty { break }  // the server ended
            bytes += chunk
        }
        output = String(decoding: bytes, as: UTF8.self)
        if let range = output.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) {
            address = String(output[range])
        }
    }

    /// What it printed on standard error so far.
    var error: String { (try? String(contentsOf: errorURL, encoding: .utf8)) ?? "" }

    func stop() {
        if process.isRunning {
            process.interrupt()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: errorURL)
    }

    /// `curl` with a cookie jar of its own, as a browser would keep one; returns the body.
    func fetch(_ path: String, form: [String: String]? = nil, cookies: URL) throws -> String {
        var arguments = ["curl", "-s", "-L", "-b", cookies.path, "-c", cookies.path]
        for (name, value) in form ?? [:] { arguments += ["--data-urlencode", "\(name)=\(value)"] }
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        curl.arguments = arguments + [address + path]
        let pipe = Pipe()
        curl.standardOutput = pipe
        try curl.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        curl.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
