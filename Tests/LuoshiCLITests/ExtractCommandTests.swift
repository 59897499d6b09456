import Foundation
import Testing

/// `luoshi extract` as a user runs it: the built executable, its output and exit codes.
@Suite("luoshi extract")
struct ExtractCommandTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixture = repository.appendingPathComponent("Tests/Fixtures/yuquan-2022.txt").path

    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// Runs the built `luoshi` with arguments and optional standard input.
    static func luoshi(_ arguments: [String], input: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = Bundle.main.bundleURL.appendingPathComponent("luoshi")
        process.arguments = arguments
        let output = Pipe()
        let stdin = Pipe()
        // Standard error goes to a file, so neither pipe can fill up and block the child.
        let errorURL = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        let error = try FileHandle(forWritingTo: errorURL)
        defer { try? FileManager.default.removeItem(at: errorURL) }
        process.standardOutput = output
        process.standardError = error
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(input) }
        try stdin.fileHandleForWriting.close()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try error.close()
        return Result(
            status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
            error: (try? String(contentsOf: errorURL, encoding: .utf8)) ?? "")
    }

    static func records(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    static func temporaryFile(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-cli-\(UUID().uuidString).txt")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test("JSONL when piped: one meta, then sections, terms, quantities and tasks")
    func jsonlByDefaultWhenPiped() throws {
        let result = try Self.luoshi(["extract", Self.fixture])
        #expect(result.status == 0)
        let records = try Self.records(result.output)
        let types = records.compactMap { $0["type"] as? String }
        #expect(types.first == "meta")
        #expect(types.filter { $0 == "meta" }.count == 1)
        #expect(types.filter { $0 == "section" }.count == 23)
        #expect(types.filter { $0 == "term" }.count == 34)
        #expect(types.contains("quantity") && types.contains("task"))
        #expect(records.allSatisfy { $0["file"] == nil })
    }

    @Test("--only picks one kind of record")
    func only() throws {
        let tasks = try Self.records(Self.luoshi(["extract", "--only", "tasks", Self.fixture]).output)
        #expect(!tasks.isEmpty && tasks.allSatisfy { $0["type"] as? String == "task" })
        let outline = try Self.records(Self.luoshi(["extract", "--only", "outline", Self.fixture]).output)
        #expect(Set(outline.compactMap { $0["type"] as? String }) == ["meta", "section", "term"])
    }

    @Test("several files: JSONL records carry a file field, JSON is one document a file")
    func severalFiles() throws {
        let other = try Self.temporaryFile("一、2021年工作回顾\n新建公园3处。\n")
        let jsonl = try Self.records(Self.luoshi(["extract", "--format", "jsonl", Self.fixture, other]).output)
        #expect(Set(jsonl.compactMap { $0["file"] as? String }) == [Self.fixture, other])
        let json = try Self.luoshi(["extract", "--format", "json", Self.fixture, other])
        let documents = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(documents.count == 2)
        #expect(documents.map { $0["file"] as? String } == [Self.fixture, other])
        #expect((documents[1]["quantities"] as? [Any])?.count == 1)
        #expect((documents[0]["meta"] as? [String: Any])?["jurisdiction"] as? String == "玉泉区")
    }

    @Test("- reads standard input")
    func standardInput() throws {
        let result = try Self.luoshi(["extract", "--only", "quantities", "-"], input: Data("一、2021年工作回顾\n新建公园3处。\n".utf8))
        let records = try Self.records(result.output)
        #expect(records.count == 1)
        #expect(records.first?["subject"] as? String == "公园")
    }

    @Test("the table aligns columns, counting a CJK character as two")
    func table() throws {
        let result = try Self.luoshi(["extract", "--format", "table", "--only", "outline", Self.fixture])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        let sectionRows = lines.filter { $0.hasPrefix("3.") }
        #expect(sectionRows.count == 6)
        // The title column starts at the same display column in every row.
        let titleColumns = Set(
            sectionRows.map { row -> Int in
                let prefix = row.components(separatedBy: "（")[0]
                return prefix.unicodeScalars.count
            })
        #expect(titleColumns.count == 1)
    }

    @Test("a missing file: a message on stderr, exit 1, the other files still extracted")
    func missingFile() throws {
        let result = try Self.luoshi(["extract", "/nonexistent/report.txt", Self.fixture])
        #expect(result.status == 1)
        #expect(result.error.contains("/nonexistent/report.txt"))
        #expect(result.output.contains("\"type\":\"meta\""))
    }

    @Test("an empty file and a binary file: exit 1 with a message, no partial output")
    func badFiles() throws {
        let empty = try Self.temporaryFile("")
        let emptyResult = try Self.luoshi(["extract", empty])
        #expect(emptyResult.status == 1)
        #expect(emptyResult.error.contains("空"))
        #expect(emptyResult.output.isEmpty)
        let binaryURL = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-cli-\(UUID().uuidString).bin")
        try Data([0, 1, 2, 3, 0, 255, 254, 0, 7]).write(to: binaryURL)
        let binaryResult = try Self.luoshi(["extract", binaryURL.path])
        #expect(binaryResult.status == 1)
        #expect(binaryResult.output.isEmpty)
    }

    @Test("--max-size limits the file size")
    func maxSize() throws {
        let big = try Self.temporaryFile(String(repeating: "新建公园3处。", count: 100_000))
        let refused = try Self.luoshi(["extract", "--max-size", "1", big])
        #expect(refused.status == 1)
        #expect(refused.error.contains("--max-size"))
        #expect(try Self.luoshi(["extract", "--max-size", "5", "--only", "outline", big]).status == 0)
    }

    @Test("text without report structure gives its quantities with a warning on stderr")
    func unstructured() throws {
        let plain = try Self.temporaryFile("今年全市新建公园5处，改造道路12条。")
        let result = try Self.luoshi(["extract", "--only", "quantities", plain])
        #expect(result.status == 0)
        #expect(try Self.records(result.output).count == 2)
        #expect(result.error.contains("不像一份政府工作报告"))
    }

    @Test("a wrong option is a usage error (exit 64); --help documents the exit codes")
    func usage() throws {
        #expect(try Self.luoshi(["extract", "--format", "xml", Self.fixture]).status == 64)
        #expect(try Self.luoshi(["extract"]).status == 64)
        let help = try Self.luoshi(["extract", "--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("Exit codes"))
        #expect(help.output.contains("--only"))
    }
}

extension ExtractCommandTests {
    @Test("a pipe named as a file (/dev/stdin, a shell's <(…)) is read to its end")
    func pipeAsFile() throws {
        // act
        let result = try Self.luoshi(
            ["extract", "/dev/stdin", "--format", "jsonl", "--only", "outline"],
            input: try Data(contentsOf: URL(fileURLWithPath: Self.fixture)))
        // check
        #expect(result.status == 0, "\(result.error)")
        #expect(try Self.records(result.output).first?["jurisdiction"] as? String == "玉泉区")
    }
}
