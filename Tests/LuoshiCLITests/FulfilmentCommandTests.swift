import Foundation
import Testing

/// `luoshi fulfilment` on a store holding a county's plan and the next year's report.
@Suite("luoshi fulfilment")
struct FulfilmentCommandTests {
    @Test("importing the next report judges the plan; list, decide (a reason to override) and carry over from the command line")
    func listDecideCarry() throws {
        // setup
        let db = try StoreCommandTests.database()
        func luoshi(_ arguments: [String]) throws -> ExtractCommandTests.Result { try ExtractCommandTests.luoshi(arguments) }
        let before = try luoshi(["fulfilment", "list", "--db", db, "--jurisdiction", "青石县", "--year", "2023"])
        #expect(try luoshi(["import", "--db", db, VerdictCommandTests.plan]).status == 0)
        #expect(try luoshi(["import", "--db", db, VerdictCommandTests.review]).status == 0)
        // act
        let listed = try luoshi([
            "fulfilment", "list", "--db", db, "--jurisdiction", "青石县", "--year", "2023", "--format", "jsonl",
        ])
        let rows = try ExtractCommandTests.records(listed.output)
        let toilets = try #require(
            rows.first { ($0["commitment"] as? String) == "完成农村户厕改造2000户" && $0["kind"] as? String == "task" })
        let id = String(try #require(toilets["id"] as? Int))
        let noReason = try luoshi(["fulfilment", "decide", id, "--db", db, "--outcome", "progress", "--expect-version", "1"])
        let decided = try luoshi([
            "fulfilment", "decide", id, "--db", db, "--outcome", "progress", "--reason", "已完成1200户", "--expect-version", "1",
        ])
        let stale = try luoshi([
            "fulfilment", "decide", id, "--db", db, "--outcome", "silent", "--reason", "x", "--expect-version", "1",
        ])
        let carried = try luoshi(["fulfilment", "carry", id, "--db", db, "--accept"])
        let table = try luoshi(["fulfilment", "list", "--db", db, "--jurisdiction", "青石县", "--year", "2023", "--format", "table"])
        let next = try luoshi(["task", "list", "--db", db, "--jurisdiction", "青石县", "--year", "2024", "--format", "jsonl"])
        // check
        #expect(before.status == 1 && before.error.contains("2024"))
        #expect(listed.status == 0)
        #expect(
            Set(rows.compactMap { $0["outcome"] as? String }) == ["reached", "exceeded", "short", "done", "progress", "silent"])
        #expect(toilets["outcome"] as? String == "silent" && toilets["carry_over"] as? String == "proposed")
        #expect(noReason.status == 1 && noReason.error.contains("改判须说明理由"))
        #expect(decided.status == 0 && decided.output.contains("有进展"))
        #expect(stale.status == 1)
        #expect(carried.status == 0 && carried.output.contains("已结转"))
        #expect(table.output.contains("青石县 2023 年计划兑现"))
        #expect(next.output.contains("完成农村户厕改造2000户"))
    }
}
