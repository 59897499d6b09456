import Foundation
import Testing

/// `luoshi import` and `luoshi task list` on a real SQLite file.
@Suite("luoshi import and task list")
struct StoreCommandTests {
    static func database() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-cli-db-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("plan.sqlite").path
    }

    @Test("import, import again, import a corrected text: each says what it did")
    func importTwiceAndCorrect() throws {
        // setup
        let db = try Self.database()
        let corrected = try ExtractCommandTests.temporaryFile(
            try String(contentsOfFile: ExtractCommandTests.fixture, encoding: .utf8)
                .replacingOccurrences(of: "新建垃圾转运站4座", with: "新建垃圾转运站5座"))
        // act
        let first = try ExtractCommandTests.luoshi(["import", "--db", db, ExtractCommandTests.fixture])
        let again = try ExtractCommandTests.luoshi(["import", "--db", db, ExtractCommandTests.fixture])
        let second = try ExtractCommandTests.luoshi(["import", "--db", db, corrected])
        // check
        #expect(first.status == 0)
        #expect(first.output.contains("imported 玉泉区 2022年"))
        #expect(again.status == 0)
        #expect(again.output.contains("nothing changed"))
        #expect(second.status == 0)
        #expect(second.output.contains("version 2"))
        #expect(second.output.contains("+ 新建垃圾转运站5座"))
        #expect(second.output.contains("- 新建垃圾转运站4座"))
        #expect(FileManager.default.fileExists(atPath: db))
    }

    @Test("task list prints JSONL, CSV with a byte-order mark, and filters by section")
    func taskList() throws {
        let db = try Self.database()
        _ = try ExtractCommandTests.luoshi(["import", "--db", db, ExtractCommandTests.fixture])
        // act
        let jsonl = try ExtractCommandTests.luoshi(["task", "list", "--db", db, "--jurisdiction", "玉泉区", "--section", "3.5"])
        let csv = try ExtractCommandTests.luoshi(
            ["task", "list", "--db", db, "--jurisdiction", "玉泉区", "--section", "3.5", "--format", "csv"])
        // check
        let records = try ExtractCommandTests.records(jsonl.output)
        #expect(!records.isEmpty)
        #expect(records.allSatisfy { ($0["section"] as? String)?.hasPrefix("3.5") == true })
        let stations = try #require(records.first { $0["text"] as? String == "新建垃圾转运站4座" })
        #expect(stations["targetValue"] as? Double == 4)
        #expect(csv.output.hasPrefix("\u{FEFF}id,section,horizon"))
        #expect(csv.output.components(separatedBy: "\r\n").count == records.count + 2)
    }

    @Test("a report without a jurisdiction is refused with a message; --jurisdiction imports it")
    func missingJurisdiction() throws {
        let db = try Self.database()
        let plain = try ExtractCommandTests.temporaryFile("三、2022年工作安排\n（一）测试\n新建公园3处。\n")
        let refused = try ExtractCommandTests.luoshi(["import", "--db", db, plain])
        #expect(refused.status == 1)
        #expect(refused.error.contains("--jurisdiction"))
        let accepted = try ExtractCommandTests.luoshi(["import", "--db", db, "--jurisdiction", "白水区", plain])
        #expect(accepted.status == 0)
        let listed = try ExtractCommandTests.luoshi(["task", "list", "--db", db, "--jurisdiction", "白水区"])
        #expect(try ExtractCommandTests.records(listed.output).map { $0["text"] as? String } == ["新建公园3处"])
    }

    @Test("a --db that is neither a path nor a postgres URL is a usage error; an unreachable server exits 1")
    func badDatabase() throws {
        #expect(try ExtractCommandTests.luoshi(["task", "list", "--db", "mysql://x/y", "--jurisdiction", "a"]).status == 64)
        let unreachable = try ExtractCommandTests.luoshi(
            ["task", "list", "--db", "postgres://nobody@127.0.0.1:1/none?tlsmode=disable", "--jurisdiction", "a"])
        #expect(unreachable.status == 1)
        #expect(unreachable.error.contains("无法打开数据库"))
    }
}
