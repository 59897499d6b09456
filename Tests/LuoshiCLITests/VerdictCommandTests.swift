import Foundation
import Testing

/// `luoshi verdict PLAN REVIEW` as a user runs it, on the made-up county pair.
@Suite("luoshi verdict")
struct VerdictCommandTests {
    static let folder = ExtractCommandTests.repository.appendingPathComponent("Tests/Fixtures/verdicts")
    static let plan = folder.appendingPathComponent("qingshi-2023.txt").path
    static let review = folder.appendingPathComponent("qingshi-2024.txt").path

    @Test("JSONL when piped: a pair record, then one verdict per target and task with the spec's fields")
    func jsonl() throws {
        // act
        let result = try ExtractCommandTests.luoshi(["verdict", Self.plan, Self.review])
        // check
        #expect(result.status == 0, "\(result.error)")
        let records = try ExtractCommandTests.records(result.output)
        let pair = try #require(records.first)
        #expect(pair["type"] as? String == "pair")
        #expect(pair["jurisdiction"] as? String == "青石县")
        #expect(pair["planYear"] as? Int == 2023 && pair["reviewYear"] as? Int == 2024)
        let verdicts = records.dropFirst()
        #expect(verdicts.count >= 20)
        #expect(verdicts.allSatisfy { $0["type"] as? String == "verdict" })
        let parks = try #require(verdicts.first { ($0["target"] as? [String: Any])?["quote"] as? String == "新建口袋公园12处" })
        #expect(parks["outcome"] as? String == "reached")
        #expect((parks["actual"] as? [String: Any])?["unit"] as? String == "处")
        #expect((parks["evidence"] as? [String: Any])?["quote"] as? String == "建成口袋公园12处")
        let outcomes = Set(verdicts.compactMap { $0["outcome"] as? String })
        #expect(outcomes == ["reached", "exceeded", "short", "done", "progress", "silent"])
        #expect(result.error.isEmpty)
    }

    @Test("CSV opens in Excel (BOM, CRLF) with one row per verdict; the table has the counts")
    func csvAndTable() throws {
        // act
        let csv = try ExtractCommandTests.luoshi(["verdict", Self.plan, Self.review, "--format", "csv"])
        let table = try ExtractCommandTests.luoshi(["verdict", Self.plan, Self.review, "--format", "table"])
        let jsonl = try ExtractCommandTests.luoshi(["verdict", Self.plan, Self.review, "--format", "jsonl"])
        // check
        #expect(csv.status == 0 && table.status == 0)
        #expect(csv.output.hasPrefix("\u{FEFF}类别 kind,"))
        let rows = csv.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == jsonl.output.split(separator: "\n").count)  // header + verdicts = pair + verdicts
        #expect(rows.contains { $0.contains("新建口袋公园12处") && $0.contains("达到 reached") })
        #expect(table.output.contains("青石县 2023 → 2024"))
        #expect(table.output.contains("未提及 silent"))
    }

    @Test("reports that do not pair up are said so on standard error, and still judged")
    func wrongPair() throws {
        // act: the plan judged by itself (a report of the same year)
        let result = try ExtractCommandTests.luoshi(["verdict", Self.plan, Self.plan, "--format", "jsonl"])
        // check
        #expect(result.status == 0)
        #expect(result.error.contains("2024"), "\(result.error)")
        #expect(try ExtractCommandTests.records(result.output).count > 1)
    }

    @Test("a binary file is refused with a message and exit status 1")
    func binary() throws {
        // setup
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-binary-\(UUID().uuidString).txt").path
        try Data((0..<2048).map { UInt8($0 % 256) }).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        // act
        let result = try ExtractCommandTests.luoshi(["verdict", Self.plan, path])
        // check
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.error.contains(path))
    }
}
