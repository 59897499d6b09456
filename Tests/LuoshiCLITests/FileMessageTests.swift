import Foundation
import Testing

/// A file named on the command line that is missing, or a folder, gets one clear message — each
/// language once — and exit status 1, in every command that reads one.
@Suite("Files that cannot be read")
struct FileMessageTests {
    /// Each command with `PATH` where the file goes.
    static func commands(db: String) -> [(name: String, arguments: [String])] {
        [
            ("extract", ["extract", "PATH"]),
            ("verdict (plan)", ["verdict", "PATH", ExtractCommandTests.fixture]),
            ("verdict (review)", ["verdict", ExtractCommandTests.fixture, "PATH"]),
            ("import", ["import", "--db", db, "PATH"]),
            ("department import", ["department", "import", "--db", db, "--jurisdiction", "玉泉区", "PATH"]),
            ("department suggest --check", ["department", "suggest", "--db", db, "--jurisdiction", "玉泉区", "--check", "PATH"]),
            ("serve --demo-report", ["serve", "--demo", "--port", "0", "--demo-report", "PATH"]),
            ("serve --demo-departments", ["serve", "--demo", "--port", "0", "--demo-departments", "PATH"]),
            (
                "progress file --evidence",
                ["progress", "file", "1", "--db", db, "--department", "x", "--narrative", "x", "--evidence", "PATH"]
            ),
            ("bench", ["bench", "PATH", "--iterations", "1"]),
            ("compare --indicators", ["compare", "--indicator", "GDP", ExtractCommandTests.fixture, "--indicators", "PATH"]),
            ("serve --indicators", ["serve", "--db", db, "--port", "0", "--indicators", "PATH"]),
        ]
    }

    static func occurrences(of part: String, in text: String) -> Int { text.components(separatedBy: part).count - 1 }

    @Test("a missing file: one line, 找不到文件 once and No such file once")
    func missing() throws {
        // setup
        let db = try StoreCommandTests.database()
        _ = try ExtractCommandTests.luoshi(["import", "--db", db, ExtractCommandTests.fixture])
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-missing-\(UUID().uuidString)/报告.txt")
            .path
        for command in Self.commands(db: db) {
            // act
            let result = try ExtractCommandTests.luoshi(command.arguments.map { $0 == "PATH" ? path : $0 })
            // check
            let lines = result.error.split(separator: "\n")
            #expect(result.status == 1, "\(command.name)")
            #expect(lines.count == 1, "\(command.name): \(result.error)")
            #expect(Self.occurrences(of: "找不到文件", in: result.error) == 1, "\(command.name): \(result.error)")
            #expect(Self.occurrences(of: "No such file", in: result.error) == 1, "\(command.name): \(result.error)")
            #expect(Self.occurrences(of: path, in: result.error) == 2, "\(command.name): \(result.error)")
        }
    }

    @Test("a folder where a file goes: one line saying it is a folder, in each language once")
    func folder() throws {
        let db = try StoreCommandTests.database()
        _ = try ExtractCommandTests.luoshi(["import", "--db", db, ExtractCommandTests.fixture])
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-folder-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for command in Self.commands(db: db) {
            let result = try ExtractCommandTests.luoshi(command.arguments.map { $0 == "PATH" ? path : $0 })
            #expect(result.status == 1, "\(command.name)")
            #expect(result.error.split(separator: "\n").count == 1, "\(command.name): \(result.error)")
            #expect(Self.occurrences(of: "是一个目录", in: result.error) == 1, "\(command.name): \(result.error)")
            #expect(Self.occurrences(of: "is a directory", in: result.error) == 1, "\(command.name): \(result.error)")
            #expect(result.error.contains("--recursive") == (command.name == "extract"), "\(command.name): \(result.error)")
        }
    }

    @Test("a department directory saved as GBK by a spreadsheet program is read")
    func gbkDirectory() throws {
        // setup: iconv, as Excel on a Chinese system saves CSV
        let db = try StoreCommandTests.database()
        _ = try ExtractCommandTests.luoshi(["import", "--db", db, ExtractCommandTests.fixture])
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-gbk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let utf8 = directory.appendingPathComponent("utf8.csv")
        try "名称,简称,上级,关键词\n玉泉区教育局,区教育局,,学校、幼儿园\n".write(to: utf8, atomically: true, encoding: .utf8)
        let gbk = directory.appendingPathComponent("gbk.csv").path
        let iconv = Process()
        iconv.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        iconv.arguments = ["iconv", "-f", "UTF-8", "-t", "GBK", utf8.path, "-o", gbk]
        try iconv.run()
        iconv.waitUntilExit()
        try #require(iconv.terminationStatus == 0)
        // act
        let result = try ExtractCommandTests.luoshi(["department", "import", "--db", db, "--jurisdiction", "玉泉区", gbk])
        let listed = try ExtractCommandTests.luoshi(["department", "list", "--db", db, "--jurisdiction", "玉泉区"])
        // check
        #expect(result.status == 0, "\(result.error)")
        #expect(listed.output.contains("玉泉区教育局"))
    }
}
