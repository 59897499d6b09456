import Foundation
import Testing

/// `luoshi ranking` on a real SQLite file.
@Suite("luoshi ranking")
struct RankingCommandTests {
    @Test("the ranking of an allocated plan as a table, as CSV and as a workbook; xlsx without a file is refused")
    func tableCSVAndWorkbook() throws {
        let db = try StoreCommandTests.database()
        let folder = URL(fileURLWithPath: db).deletingLastPathComponent()
        let workbook = folder.appendingPathComponent("考核.xlsx").path
        _ = try ExtractCommandTests.luoshi(["import", "--db", db, ExtractCommandTests.fixture])
        let tasks = try ExtractCommandTests.records(
            ExtractCommandTests.luoshi(["task", "list", "--db", db, "--jurisdiction", "玉泉区", "--section", "3.5"]).output)
        let first = try #require(tasks.first?["id"] as? Int)
        _ = try ExtractCommandTests.luoshi(["department", "add", "--db", db, "--jurisdiction", "玉泉区", "区住建局"])
        let assigned = try ExtractCommandTests.luoshi(
            ["task", "assign", String(first), "--db", db, "--lead", "区住建局"])
        let common = ["ranking", "--db", db, "--jurisdiction", "玉泉区", "--year", "2022", "--as-of", "2022-03-31"]
        // act
        let table = try ExtractCommandTests.luoshi(common)
        let csv = try ExtractCommandTests.luoshi(common + ["--format", "csv"])
        let xlsx = try ExtractCommandTests.luoshi(common + ["--format", "xlsx", "--output", workbook])
        let noFile = try ExtractCommandTests.luoshi(common + ["--format", "xlsx"])
        // check
        #expect(assigned.status == 0, "\(assigned.error)")
        #expect(table.status == 0, "\(table.error)")
        #expect(table.output.contains("截至 2022-03-31"))
        #expect(table.output.contains("区住建局"))
        #expect(csv.output.hasPrefix("\u{FEFF}名次,单位,牵头任务"))
        #expect(csv.output.contains("1,区住建局,1,0/3"))  // never reported: none of three months on time
        #expect(xlsx.status == 0)
        #expect(FileManager.default.contents(atPath: workbook)?.prefix(2) == Data("PK".utf8))
        #expect(noFile.status != 0)
        #expect(noFile.error.contains("--output"))
    }
}
