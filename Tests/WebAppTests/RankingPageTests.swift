import Foundation
import Hummingbird
import HummingbirdTesting
import PlanStore
import Testing

@testable import WebApp

/// 考核 through the pages: the ranking for the office and leaders, the office's weights, the workbook.
@Suite("Ranking pages")
struct RankingPageTests {
    @Test(
        "leaders and the office see every lead department ranked; the office changes the weights and the scores follow; the XLSX reads back",
        arguments: WebEngine.available)
    func rankAndWeigh(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            let task = fixture.tasks["老旧小区"]!
            _ = try await fixture.store.fileProgress(
                ProgressInput(
                    taskID: task, department: "区住建局", reportedOn: "2022-01-20", narrative: "开工", percent: 5, actor: "住建局"))
            try await fixture.withApp { client in
                var office = try await Browser.signedIn(client, as: "staff")
                var leader = try await Browser.signedIn(client, as: "leader")
                let before = String(buffer: try await office.get("/rankings?as_of=2022-01-31").body)
                let token = try #require(Browser.formToken(before))
                // act
                let saved = try await office.post(
                    "/rankings/weights",
                    form: ["_csrf": token, "on_time_reports": "100", "done_on_time": "0", "red_days": "0", "instructions": "0"])
                let after = String(buffer: try await office.get("/rankings?as_of=2022-01-31&done=weights").body)
                let leaderPage = String(buffer: try await leader.get("/rankings?as_of=2022-01-31").body)
                let xlsx = try await leader.get("/rankings/export.xlsx?as_of=2022-01-31")
                let csv = String(buffer: try await leader.get("/rankings/export.csv?as_of=2022-01-31").body)
                let workbook = try Self.read(xlsx.body)
                // check
                #expect(before.contains("截至 2022-01-31"))
                #expect(before.contains("区住建局"))
                #expect(before.contains("action=\"/rankings/weights\""))
                #expect(saved.status == .seeOther)
                #expect(after.contains("考核权重已保存"))
                #expect(after.contains("name=\"on_time_reports\" min=\"0\" max=\"100\" value=\"100\""))
                // With only on-time reports weighed, 住建局 (January reported by the 25th) is first with 100.
                let first = try #require(after.range(of: "<td>区住建局</td>"))
                #expect(!after[..<first.lowerBound].contains("<td>区卫健委</td>"))
                #expect(leaderPage.contains("区住建局"))
                #expect(!leaderPage.contains("action=\"/rankings/weights\""))
                #expect(xlsx.status == .ok)
                #expect(workbook.first?.first == "名次")
                #expect(workbook.first?.last == "综合得分")
                #expect(workbook.dropFirst().first?[1] == "区住建局")
                #expect(workbook.dropFirst().first?.last == "100")
                #expect(csv.hasPrefix("\u{FEFF}名次,单位"))
            }
        }
    }

    @Test("departments may not see the ranking; weights all zero, over 100, missing or without a form token are refused")
    func refusals() async throws {
        try await WebFixture.run { fixture in
            try await fixture.withApp { client in
                var zhujian = try await Browser.signedIn(client, as: "zhujian")
                var office = try await Browser.signedIn(client, as: "staff")
                let token = try await office.csrf(from: "/rankings")
                let zhujianToken = try await zhujian.csrf(from: "/workspace")
                let weights = ["on_time_reports": "30", "done_on_time": "30", "red_days": "25", "instructions": "15"]
                // act
                let page = try await zhujian.get("/rankings")
                let export = try await zhujian.get("/rankings/export.xlsx")
                let departmentSets = try await zhujian.post(
                    "/rankings/weights", form: weights.merging(["_csrf": zhujianToken]) { $1 })
                let zero = try await office.post(
                    "/rankings/weights",
                    form: ["_csrf": token, "on_time_reports": "0", "done_on_time": "0", "red_days": "0", "instructions": "0"])
                let over = try await office.post(
                    "/rankings/weights", form: weights.merging(["_csrf": token, "red_days": "250"]) { $1 })
                let missing = try await office.post("/rankings/weights", form: ["_csrf": token, "on_time_reports": "30"])
                let words = try await office.post(
                    "/rankings/weights", form: weights.merging(["_csrf": token, "instructions": "十五"]) { $1 })
                let noToken = try await office.post("/rankings/weights", form: weights)
                let kept = try await fixture.store.rankingWeights(jurisdiction: "白水区", planYear: 2022)
                // check
                #expect(page.status == .forbidden)
                #expect(export.status == .forbidden)
                #expect(departmentSets.status == .forbidden)
                #expect(zero.status == .unprocessableContent)
                #expect(String(buffer: zero.body).contains("权重不能全为 0"))
                #expect(over.status == .unprocessableContent)
                #expect(missing.status == .unprocessableContent)
                #expect(words.status == .unprocessableContent)
                #expect(noToken.status == .forbidden)
                #expect(kept == RankingWeights())  // nothing refused was saved
            }
        }
    }

    /// The workbook's cells as text, read by openpyxl.
    static func read(_ body: ByteBuffer) throws -> [[String]] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ranking-\(UUID().uuidString).xlsx")
        try Data(body.readableBytesView).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let reader = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Support/read_xlsx.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", reader, url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let rows = try #require(json["rows"] as? [[Any]])
        return rows.map {
            $0.map { value in
                switch value {
                case let number as NSNumber:
                    return number.doubleValue == number.doubleValue.rounded() ? String(number.intValue) : "\(number)"
                case let text as String: return text
                default: return ""
                }
            }
        }
    }
}
