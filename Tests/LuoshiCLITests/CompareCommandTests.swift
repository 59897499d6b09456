import Foundation
import Testing

/// `luoshi compare` over a folder of reports and over the store.
@Suite("luoshi compare")
struct CompareCommandTests {
    static let corpus = ExtractCommandTests.repository.appendingPathComponent("Tests/Fixtures/corpus").path

    @Test("a folder of reports: target and actual per year, as a table, CSV, JSON Lines and an SVG chart")
    func folder() throws {
        // act
        let table = try ExtractCommandTests.luoshi(["compare", "--indicator", "GDP", Self.corpus])
        let jsonl = try ExtractCommandTests.luoshi([
            "compare", "--indicator", "国内生产总值", Self.corpus, "--format", "jsonl", "--jobs", "1",
        ])
        let csv = try ExtractCommandTests.luoshi(["compare", "--indicator", "地区生产总值", Self.corpus, "--format", "csv"])
        let svg = try ExtractCommandTests.luoshi(["compare", "--indicator", "GDP", Self.corpus, "--format", "svg"])
        // check
        #expect(table.status == 0 && table.output.contains("地区生产总值（%）"))
        let rows = try ExtractCommandTests.records(jsonl.output)
        let row2022 = try #require(rows.first { $0["year"] as? Int == 2022 })
        #expect(
            row2022["target"] as? Double == 5.5 && row2022["actual"] as? Double == 3 && row2022["outcome"] as? String == "short")
        // What a report does not state is null, not "".
        #expect(row2022["target_max"] is NSNull)
        #expect(!jsonl.output.contains(#":"""#))
        #expect(jsonl.error.contains("Read 9 reports (0 failed)"))
        #expect(csv.output.hasPrefix("\u{FEFF}jurisdiction,year,target"))
        #expect(svg.output.hasPrefix("<svg") && svg.output.contains("<style>") && svg.output.contains("实际 3%"))
    }

    @Test("the store's reports, a list kept by the office, and an unknown indicator or a broken list")
    func storeAndList() throws {
        // setup
        let db = try StoreCommandTests.database()
        #expect(try ExtractCommandTests.luoshi(["import", "--db", db, VerdictCommandTests.plan]).status == 0)
        #expect(try ExtractCommandTests.luoshi(["import", "--db", db, VerdictCommandTests.review]).status == 0)
        let list = try ExtractCommandTests.temporaryFile("名称,单位,同义词\n经济总量增速,%,地区生产总值、GDP\n")
        let broken = try ExtractCommandTests.temporaryFile("名称,单位\n只有名称\n")
        // act
        let stored = try ExtractCommandTests.luoshi([
            "compare", "--indicator", "经济总量增速", "--db", db, "--indicators", list, "--format", "jsonl",
        ])
        let unknown = try ExtractCommandTests.luoshi(["compare", "--indicator", "幸福指数", Self.corpus])
        let bad = try ExtractCommandTests.luoshi(["compare", "--indicator", "GDP", Self.corpus, "--indicators", broken])
        let both = try ExtractCommandTests.luoshi(["compare", "--indicator", "GDP", Self.corpus, "--db", db])
        // check
        let rows = try ExtractCommandTests.records(stored.output)
        let row2023 = try #require(rows.first { $0["jurisdiction"] as? String == "青石县" && $0["year"] as? Int == 2023 })
        #expect(
            row2023["target"] as? Double == 6 && row2023["actual"] as? Double == 6.3
                && row2023["outcome"] as? String == "exceeded")
        #expect(unknown.status == 64 && unknown.error.contains("幸福指数"))
        #expect(bad.status == 1 && bad.error.contains("第 2 行"))
        #expect(both.status == 64)
    }
}
