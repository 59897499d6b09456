import Foundation
import Hummingbird
import HummingbirdTesting
import PlanStore
import ReportExtraction
import Testing

@testable import WebApp

/// The 年度兑现 page: the fixture's 2022 plan judged by a 2023 report, as the office, a leader
/// and a department see it; decisions and carry-over through its forms; its exports.
@Suite("年度兑现 page")
struct FulfilmentPageTests {
    static let review = """
        白水区2023年政府工作报告
        ——2023年1月12日在白水区第十八届人民代表大会第二次会议上
        白水区人民政府区长李明
        一、2022年工作回顾
        城市功能持续完善。建成垃圾转运站4座，完成82个老旧小区提升改造。新建幼儿园2所。
        二、2023年工作安排
        （一）城市建设
        新建口袋公园5处。
        """

    static func withReview(
        _ engine: WebEngine, _ body: @escaping @Sendable (WebFixture, any TestClientProtocol) async throws -> Void
    ) async throws {
        try await WebFixture.run(engine) { fixture in
            _ = try await fixture.store.importReport(ReportExtractor.extract(review), sourceText: review)
            try await fixture.withApp { client in try await body(fixture, client) }
        }
    }

    static func verdict(_ fixture: WebFixture, _ word: String) async throws -> VerdictRecord {
        let book = try await fixture.store.verdictBook(jurisdiction: "白水区", planYear: 2022)
        return try #require(
            book.entries.first { $0.verdict.targetKind == .task && $0.verdict.targetQuote.contains(word) }?.verdict)
    }

    @Test(
        "the office sees each promise beside the review's words, counted by outcome; a leader reads it; a department may not",
        arguments: WebEngine.available)
    func page(_ engine: WebEngine) async throws {
        try await Self.withReview(engine) { fixture, client in
            var office = try await Browser.signedIn(client, as: "staff")
            let page = try await office.get("/fulfilment")
            let html = String(buffer: page.body)
            #expect(page.status == .ok)
            #expect(html.contains("年度兑现"))
            #expect(html.contains("白水区 2022"))
            #expect(html.contains("新建垃圾转运站4座") && html.contains("<q>建成垃圾转运站4座</q>"))
            #expect(html.contains(#"<span class="outcome outcome-reached">达到</span>"#))
            #expect(html.contains(#"<span class="outcome outcome-short">未达到</span>"#))  // 2 kindergartens of 3
            #expect(html.contains(#"<span class="outcome outcome-silent">未提及</span>"#))  // the disease control centre
            #expect(html.contains("2所"))
            #expect(html.contains(#"action="/fulfilment/verdicts/"#))
            // filters: only the short ones
            let short = String(buffer: try await office.get("/fulfilment?year=2022&outcome=short").body)
            #expect(short.contains("新建幼儿园3所") && !short.contains("新建垃圾转运站4座"))
            // by lead department, and an unknown kind is no filter (a link edited by hand shows everything)
            let byLead = String(
                buffer: try await office.get("/fulfilment?year=2022&department=%E5%8C%BA%E5%9F%8E%E7%AE%A1%E5%B1%80").body)
            #expect(byLead.contains("新建垃圾转运站4座") && !byLead.contains("新建幼儿园3所"))
            let anyKind = String(buffer: try await office.get("/fulfilment?year=2022&kind=everything").body)
            #expect(anyKind.contains("新建垃圾转运站4座") && anyKind.contains("新建幼儿园3所"))

            var leader = try await Browser.signedIn(client, as: "leader")
            let leaderPage = String(buffer: try await leader.get("/fulfilment").body)
            #expect(leaderPage.contains("新建垃圾转运站4座"))
            #expect(!leaderPage.contains(#"action="/fulfilment/verdicts/"#))
            var department = try await Browser.signedIn(client, as: "zhujian")
            #expect(try await department.get("/fulfilment").status == .forbidden)
        }
    }

    @Test(
        "the office confirms and overrides with a reason (the portal then shows it); no reason, a stale form or another's form is refused",
        arguments: WebEngine.available)
    func decide(_ engine: WebEngine) async throws {
        try await Self.withReview(engine) { fixture, client in
            let clinic = try await Self.verdict(fixture, "疾控")
            let stations = try await Self.verdict(fixture, "垃圾")
            var office = try await Browser.signedIn(client, as: "staff")
            let token = try await office.csrf(from: "/fulfilment")
            let confirmed = try await office.post(
                "/fulfilment/verdicts/\(stations.id)",
                form: ["_csrf": token, "outcome": "reached", "version": "1", "back": "/fulfilment"])
            #expect(confirmed.status == .seeOther)
            let noReason = try await office.post(
                "/fulfilment/verdicts/\(clinic.id)", form: ["_csrf": token, "outcome": "progress", "version": "1"])
            #expect(noReason.status == .unprocessableContent)
            #expect(String(buffer: noReason.body).contains("改判须说明理由"))
            let overridden = try await office.post(
                "/fulfilment/verdicts/\(clinic.id)",
                form: ["_csrf": token, "outcome": "progress", "version": "1", "reason": "已开工，报告未写"])
            #expect(overridden.status == .seeOther)
            let stale = try await office.post(
                "/fulfilment/verdicts/\(clinic.id)", form: ["_csrf": token, "outcome": "silent", "version": "1", "reason": "x"])
            #expect(stale.status == .conflict)
            let forged = try await office.post(
                "/fulfilment/verdicts/\(clinic.id)", form: ["_csrf": "forged", "outcome": "done", "version": "2", "reason": "x"])
            #expect(forged.status == .forbidden)
            var leader = try await Browser.signedIn(client, as: "leader")
            let leaderToken = try await leader.csrf(from: "/tasks")
            #expect(
                try await leader.post(
                    "/fulfilment/verdicts/\(clinic.id)",
                    form: ["_csrf": leaderToken, "outcome": "done", "version": "2", "reason": "x"]
                ).status == .forbidden)
            #expect(
                try await office.post(
                    "/fulfilment/verdicts/999999", form: ["_csrf": token, "outcome": "done", "version": "1", "reason": "x"]
                ).status == .notFound)

            let after = try await Self.verdict(fixture, "疾控")
            #expect(after.effectiveOutcome == .progress && after.decision == .overridden && after.reason == "已开工，报告未写")
            #expect(try await Self.verdict(fixture, "垃圾").decision == .confirmed)
            let page = String(buffer: try await office.get("/fulfilment").body)
            #expect(page.contains("已改判") && page.contains("已开工，报告未写"))
            // The public sees the verdicts the office decided, on each commitment; not the others.
            var visitor = Browser(client)
            let portal = String(buffer: try await visitor.get("/portal").body)
            let stationsRow = try #require(
                portal.components(separatedBy: "<tr id=\"task-\(stations.taskID!)\"").dropFirst().first?.components(
                    separatedBy: "</tr>"
                ).first)
            #expect(stationsRow.contains("年度兑现：<span class=\"outcome outcome-reached\">达到</span>"))
            let kindergartenID = try #require(try await Self.verdict(fixture, "幼儿园").taskID)
            let kindergartenRow = try #require(
                portal.components(separatedBy: "<tr id=\"task-\(kindergartenID)\"").dropFirst().first?.components(
                    separatedBy: "</tr>"
                ).first)
            #expect(!kindergartenRow.contains("年度兑现"))
        }
    }

    @Test(
        "an unfinished task is proposed on 年度兑现 and in the next plan's editor, and carried over with its lead and a link back",
        arguments: WebEngine.available)
    func carryOver(_ engine: WebEngine) async throws {
        try await Self.withReview(engine) { fixture, client in
            let clinic = try await Self.verdict(fixture, "疾控")
            var office = try await Browser.signedIn(client, as: "admin")
            let page = String(buffer: try await office.get("/fulfilment").body)
            #expect(page.contains(#"action="/fulfilment/verdicts/\#(clinic.id)/carry""#))
            // The allocation editor of the 2023 plan proposes last year's unfinished tasks too.
            let editor = String(buffer: try await office.get("/allocation").body)
            #expect(editor.contains("上一年度未完成任务的结转建议") && editor.contains(#"id="carry-\#(clinic.id)""#))
            let token = try await office.csrf(from: "/allocation")
            let carried = try await office.post(
                "/fulfilment/verdicts/\(clinic.id)/carry", form: ["_csrf": token, "decision": "accept", "back": "/allocation"])
            #expect(carried.status == .seeOther && carried.headers[.location] == "/allocation")
            let editorAfter = String(buffer: try await office.get("/allocation").body)
            #expect(!editorAfter.contains(#"id="carry-\#(clinic.id)""#))
            let again = try await office.post(
                "/fulfilment/verdicts/\(clinic.id)/carry", form: ["_csrf": token, "decision": "accept"])
            #expect(again.status == .conflict)
            let next = try await fixture.store.tasks(jurisdiction: "白水区", planYear: 2023)
            let task = try #require(next.first { $0.text == clinic.targetQuote })
            #expect(try await fixture.store.allocatedTask(task.id).lead == "区卫健委")
            let after = String(buffer: try await office.get("/fulfilment").body)
            #expect(after.contains("已结转") && after.contains("/tasks/\(task.id)"))
            // The carried task says where it came from.
            let taskPage = String(buffer: try await office.get("/tasks/\(task.id)").body)
            #expect(
                taskPage.contains("结转自")
                    && taskPage.contains(#"<a href="/tasks/\#(clinic.taskID!)">2022 #\#(clinic.taskID!)（未提及）</a>"#))
        }
    }

    @Test("the verdicts export as a workbook and as CSV for Excel", arguments: WebEngine.available)
    func export(_ engine: WebEngine) async throws {
        try await Self.withReview(engine) { _, client in
            var leader = try await Browser.signedIn(client, as: "leader")
            let xlsx = try await leader.get("/fulfilment/export.xlsx?year=2022")
            #expect(xlsx.status == .ok)
            #expect(Array(buffer: xlsx.body).prefix(2) == [0x50, 0x4B])  // a ZIP package
            let csv = try await leader.get("/fulfilment/export.csv?year=2022")
            let text = String(buffer: csv.body)
            #expect(text.hasPrefix("\u{FEFF}编号,类别,章节,承诺（计划原文）"))
            #expect(text.contains("新建垃圾转运站4座") && text.contains("达到"))
            #expect(try await leader.get("/fulfilment/export.csv").status == .unprocessableContent)
        }
    }
}
