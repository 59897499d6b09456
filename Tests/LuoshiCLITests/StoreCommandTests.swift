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
        let json = try ExtractCommandTests.records(
            ExtractCommandTests.luoshi(["import", "--db", db, "--format", "jsonl", corrected]).output)
        #expect(json.first?["outcome"] as? String == "unchanged")
        #expect(json.first?["version"] as? Int == 2)
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

    @Test("department disable refuses it new tasks with a message; enable takes it back")
    func disableAndEnable() throws {
        let db = try Self.database()
        _ = try ExtractCommandTests.luoshi(["import", "--db", db, ExtractCommandTests.fixture])
        _ = try ExtractCommandTests.luoshi(["department", "add", "--db", db, "--jurisdiction", "玉泉区", "区住建局"])
        let tasks = try ExtractCommandTests.records(
            ExtractCommandTests.luoshi(["task", "list", "--db", db, "--jurisdiction", "玉泉区", "--section", "3.5"]).output)
        let id = String(try #require(tasks.first?["id"] as? Int))
        // act
        let disabled = try ExtractCommandTests.luoshi(["department", "disable", "--db", db, "--jurisdiction", "玉泉区", "区住建局"])
        let refused = try ExtractCommandTests.luoshi(["task", "assign", id, "--db", db, "--lead", "区住建局"])
        let enabled = try ExtractCommandTests.luoshi(["department", "enable", "--db", db, "--jurisdiction", "玉泉区", "区住建局"])
        let assigned = try ExtractCommandTests.luoshi(["task", "assign", id, "--db", db, "--lead", "区住建局"])
        // check
        #expect(disabled.status == 0 && disabled.output.contains("已停用 区住建局"))
        #expect(refused.status == 1)
        #expect(refused.error.contains("停用"))
        #expect(enabled.status == 0 && enabled.output.contains("已启用 区住建局"))
        #expect(assigned.status == 0, "\(assigned.error)")
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

    @Test("reports without a title page import without --jurisdiction: the greeting and the headings say it")
    func importWithoutTitlePage() throws {
        // setup: the State Council's 2025 report starts at 各位代表：, a county's names itself in the greeting
        let db = try Self.database()
        let national = ExtractCommandTests.repository.appendingPathComponent("Tests/Fixtures/corpus/china-2025.txt").path
        let county = try ExtractCommandTests.temporaryFile(
            "各位代表：\n现在，我代表涉县人民政府，向大会报告政府工作。\n一、2022年工作回顾\n全县地区生产总值增长5%。\n二、2023年工作安排\n（一）城市建设\n新建公园3处。\n")
        // act
        let first = try ExtractCommandTests.luoshi(["import", "--db", db, "--format", "jsonl", national])
        let second = try ExtractCommandTests.luoshi(["import", "--db", db, "--format", "jsonl", county])
        // check
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.contains(#""jurisdiction":"中国""#) && first.output.contains(#""planYear":2025"#))
        #expect(second.status == 0, "\(second.error)")
        #expect(second.output.contains(#""jurisdiction":"涉县""#) && second.output.contains(#""planYear":2023"#))
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

@Suite("luoshi department")
struct DepartmentCommandTests {
    static let directory = ExtractCommandTests.repository.appendingPathComponent("Sources/DemoData/yuquan-departments.csv")
        .path
    static let leads = ExtractCommandTests.repository.appendingPathComponent(
        "Tests/PlanStoreTests/Fixtures/yuquan-2022-leads.csv"
    ).path

    @Test("import a directory, list it, and measure the lead suggestion against a hand-made assignment")
    func importListSuggest() throws {
        let db = try StoreCommandTests.database()
        _ = try ExtractCommandTests.luoshi(["import", "--db", db, ExtractCommandTests.fixture])
        // act
        let imported = try ExtractCommandTests.luoshi([
            "department", "import", "--db", db, "--jurisdiction", "玉泉区", Self.directory,
        ])
        let listed = try ExtractCommandTests.luoshi([
            "department", "list", "--db", db, "--jurisdiction", "玉泉区", "--format", "jsonl",
        ])
        let checked = try ExtractCommandTests.luoshi(
            ["department", "suggest", "--db", db, "--jurisdiction", "玉泉区", "--check", Self.leads])
        // check
        #expect(imported.status == 0)
        #expect(imported.output.contains("29 created"))
        #expect(try ExtractCommandTests.records(listed.output).count == 29)
        #expect(checked.output.contains("60 of 67"))
    }

    @Test("a directory with a missing column changes nothing and says which column")
    func badDirectory() throws {
        let db = try StoreCommandTests.database()
        let bad = try ExtractCommandTests.temporaryFile("名称,简称\n区教育局,教育局\n")
        let result = try ExtractCommandTests.luoshi(["department", "import", "--db", db, "--jurisdiction", "玉泉区", bad])
        #expect(result.status == 1)
        #expect(result.error.contains("关键词/keywords"))
        let listed = try ExtractCommandTests.luoshi([
            "department", "list", "--db", db, "--jurisdiction", "玉泉区", "--format", "jsonl",
        ])
        #expect(listed.output.isEmpty)
    }

    @Test("renaming from a stale version is refused with a conflict message")
    func staleRename() throws {
        let db = try StoreCommandTests.database()
        _ = try ExtractCommandTests.luoshi(["department", "add", "--db", db, "--jurisdiction", "玉泉区", "区教育局"])
        let first = try ExtractCommandTests.luoshi(
            ["department", "rename", "--db", db, "--jurisdiction", "玉泉区", "--expect-version", "1", "区教育局", "玉泉区教育局"])
        let second = try ExtractCommandTests.luoshi(
            ["department", "rename", "--db", db, "--jurisdiction", "玉泉区", "--expect-version", "1", "玉泉区教育局", "教体局"])
        #expect(first.status == 0)
        #expect(second.status == 1)
        #expect(second.error.contains("changed by someone else"))
    }
}

extension StoreCommandTests {
    /// A new store with the fixture report and the demo directory imported, and the tasks of section 3.5.
    static func fixtureWithDirectory() throws -> (db: String, tasks: [[String: Any]]) {
        let db = try database()
        _ = try ExtractCommandTests.luoshi(["import", "--db", db, ExtractCommandTests.fixture])
        _ = try ExtractCommandTests.luoshi([
            "department", "import", "--db", db, "--jurisdiction", "玉泉区", DepartmentCommandTests.directory,
        ])
        let listed = try ExtractCommandTests.records(
            ExtractCommandTests.luoshi(["task", "list", "--db", db, "--jurisdiction", "玉泉区", "--section", "3.5"]).output)
        return (db, listed)
    }
}

@Suite("luoshi task assign")
struct TaskAssignCommandTests {
    @Test("--lead and --co take a department's short name as the directory lists it; an unknown one exits 1 and changes nothing")
    func shortNames() throws {
        // setup
        let (db, listed) = try StoreCommandTests.fixtureWithDirectory()
        let id = String(try #require(listed.first?["id"] as? Int))
        // act
        let short = try ExtractCommandTests.luoshi(["task", "assign", "--db", db, id, "--lead", "区政府办", "--co", "区住建局"])
        let unknown = try ExtractCommandTests.luoshi(["task", "assign", "--db", db, id, "--lead", "区不存在办"])
        let shown = try ExtractCommandTests.luoshi(["task", "show", "--db", db, id])
        // check
        #expect(short.status == 0, "\(short.error)")
        #expect(shown.output.contains("玉泉区人民政府办公室"))
        #expect(shown.output.contains("玉泉区住房和城乡建设局"))
        #expect(unknown.status == 1)
        #expect(unknown.error.contains("区不存在办"))
    }
}

@Suite("luoshi progress and status")
struct ProgressCommandTests {
    @Test("assign, file progress, see the status table; a wrong unit exits 1 and stores nothing")
    func fileAndStatus() throws {
        // setup
        let (db, listed) = try StoreCommandTests.fixtureWithDirectory()
        let task = try #require(listed.first { $0["text"] as? String == "实施82个老旧小区提升改造工程" })
        let id = String(try #require(task["id"] as? Int))
        _ = try ExtractCommandTests.luoshi(["task", "assign", "--db", db, id, "--lead", "玉泉区住房和城乡建设局"])
        // act
        let wrongUnit = try ExtractCommandTests.luoshi(
            [
                "progress", "file", "--db", db, id, "--department", "玉泉区住房和城乡建设局", "--date", "2022-06-20", "--narrative", "x",
                "--value", "3", "--unit", "户",
            ])
        let filed = try ExtractCommandTests.luoshi(
            [
                "progress", "file", "--db", db, id, "--department", "玉泉区住房和城乡建设局", "--date", "2022-06-20", "--narrative",
                "已开工41个", "--value", "41",
            ])
        let status = try ExtractCommandTests.luoshi(
            ["status", "--db", db, "--jurisdiction", "玉泉区", "--year", "2022", "--as-of", "2022-07-01", "--format", "jsonl"])
        let progress = try ExtractCommandTests.luoshi(["progress", "list", "--db", db, id, "--format", "jsonl"])
        // check
        #expect(wrongUnit.status == 1)
        #expect(wrongUnit.error.contains("the target is in 个"))
        #expect(filed.status == 0)
        #expect(try ExtractCommandTests.records(progress.output).count == 1)
        let rows = try ExtractCommandTests.records(status.output)
        let row = try #require(rows.first { String(describing: $0["task_id"] ?? "") == id })
        #expect(row["light"] as? String == "green")
        #expect(row["actual"] as? String == "50")
        #expect((row["explanation"] as? String)?.contains("应完成 50%") == true)
        // Most behind first: the red ones lead the list.
        #expect(rows.first?["light"] as? String == "red")
    }
}
