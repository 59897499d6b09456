import Foundation
import Testing

@testable import PlanStore
@testable import ReportExtraction

/// Verdicts kept with a plan: computed when the next year's report comes in, set beside the
/// tracked record, decided by the office, and unfinished tasks carried into the next plan.
@Suite("Verdicts in the store")
struct VerdictTests {
    static let plan = """
        白水区2022年政府工作报告
        ——2022年1月21日在白水区第十八届人民代表大会第一次会议上
        白水区人民政府区长李明
        一、2021年工作回顾
        过去一年，全区新建口袋公园6处。
        二、2022年工作安排
        （一）城市建设
        新建垃圾转运站4座，启动区疾控中心建设，实施82个老旧小区提升改造工程。新建口袋公园10处。
        """

    static let review = """
        白水区2023年政府工作报告
        ——2023年1月12日在白水区第十八届人民代表大会第二次会议上
        白水区人民政府区长李明
        一、2022年工作回顾
        城市功能持续完善。建成垃圾转运站4座，完成82个老旧小区提升改造。
        二、2023年工作安排
        （一）城市建设
        新建口袋公园5处。
        """

    /// A store with both reports (in the order given) and departments for every task.
    static func prepared(_ engine: TestEngine, reviewFirst: Bool = false) async throws -> TestStore {
        let test = try await TestStore.make(engine)
        for text in reviewFirst ? [review, plan] : [plan, review] {
            _ = try await test.store.importReport(ReportExtractor.extract(text), sourceText: text)
        }
        _ = try await test.store.importDepartments(
            [
                DepartmentEntry(name: "区城管局", keywords: ["垃圾", "公园"]), DepartmentEntry(name: "区卫健委", keywords: ["疾控"]),
                DepartmentEntry(name: "区住建局", keywords: ["老旧小区"]),
            ], jurisdiction: "白水区", actor: "督查室")
        for task in try await test.store.tasks(jurisdiction: "白水区", planYear: 2022) {
            let lead = task.text.contains("疾控") ? "区卫健委" : task.text.contains("老旧小区") ? "区住建局" : "区城管局"
            _ = try await test.store.assign(taskID: task.id, lead: lead, change: Change(actor: "督查室"))
        }
        return test
    }

    static func entry(_ book: VerdictBook, _ quote: String) throws -> VerdictEntry {
        try #require(book.entries.first { $0.verdict.targetQuote.contains(quote) && $0.verdict.targetKind == .task }, "\(quote)")
    }

    @Test("importing the next year's report judges the plan, in either order", arguments: TestEngine.available)
    func judgedOnImport(_ engine: TestEngine) async throws {
        for reviewFirst in [false, true] {
            // setup
            let test = try await Self.prepared(engine, reviewFirst: reviewFirst)
            // act
            let book = try await test.store.verdictBook(jurisdiction: "白水区", planYear: 2022)
            let later = try await test.store.verdictBook(jurisdiction: "白水区", planYear: 2023)
            await test.finish()
            // check
            #expect(try Self.entry(book, "垃圾转运站").verdict.outcome == .reached)
            #expect(try Self.entry(book, "垃圾转运站").verdict.evidenceQuote?.contains("建成垃圾转运站4座") == true)
            #expect(try Self.entry(book, "老旧小区").verdict.outcome == .reached)
            #expect(try Self.entry(book, "疾控中心").verdict.outcome == .silent)
            #expect(try Self.entry(book, "口袋公园").verdict.outcome == .silent)
            #expect(book.entries.allSatisfy { $0.verdict.decision == .proposed && $0.verdict.taskID != nil })
            #expect(try Self.entry(book, "疾控中心").lead == "区卫健委")
            #expect(later.entries.isEmpty)  // nothing reviews 2023 yet
        }
    }

    @Test(
        "a claim the record does not back, and a record the report does not claim, are flagged", arguments: TestEngine.available)
    func discrepancies(_ engine: TestEngine) async throws {
        // setup: the houses and the parks are done in the record; the transfer stations are not
        let test = try await Self.prepared(engine)
        let tasks = try await test.store.tasks(jurisdiction: "白水区", planYear: 2022)
        for task in tasks where task.text.contains("老旧小区") || task.text.contains("口袋公园") {
            let lead = task.text.contains("老旧小区") ? "区住建局" : "区城管局"
            let request = try await test.store.fileProgress(
                ProgressInput(
                    taskID: task.id, department: lead, reportedOn: "2022-11-20", narrative: "已完成", completionRequested: true,
                    actor: "a"))
            _ = try await test.store.review(reportID: request.id, accept: true, comment: "同意", actor: "督查室", on: "2022-11-25")
        }
        // act
        let book = try await test.store.verdictBook(jurisdiction: "白水区", planYear: 2022)
        await test.finish()
        // check
        #expect(try Self.entry(book, "垃圾转运站").discrepancy == .claimedNotTracked)
        #expect(try Self.entry(book, "老旧小区").discrepancy == nil)
        #expect(try Self.entry(book, "口袋公园").trackedState == .done)
        #expect(try Self.entry(book, "口袋公园").discrepancy == .trackedNotClaimed)
        #expect(try Self.entry(book, "疾控中心").discrepancy == nil)
    }

    @Test(
        "the office confirms or overrides with a reason; audited; a stale version is a conflict", arguments: TestEngine.available)
    func decide(_ engine: TestEngine) async throws {
        // setup
        let test = try await Self.prepared(engine)
        let book = try await test.store.verdictBook(jurisdiction: "白水区", planYear: 2022)
        let stations = try Self.entry(book, "垃圾转运站").verdict
        let clinic = try Self.entry(book, "疾控中心").verdict
        // act
        let confirmed = try await test.store.decideVerdict(
            stations.id, outcome: .reached, reason: nil, actor: "督查室", expectedVersion: 1)
        await #expect(throws: StoreError.self) {
            try await test.store.decideVerdict(clinic.id, outcome: .progress, reason: "  ", actor: "督查室", expectedVersion: 1)
        }
        let overridden = try await test.store.decideVerdict(
            clinic.id, outcome: .progress, reason: "主体已开工，报告漏写", actor: "督查室", expectedVersion: 1)
        await #expect(throws: StoreError.conflict(what: "评判 verdict", id: "\(clinic.id)", expected: 1, found: 2)) {
            try await test.store.decideVerdict(clinic.id, outcome: .silent, reason: "x", actor: "另一人", expectedVersion: 1)
        }
        let log = try await test.store.auditLog(jurisdiction: "白水区", entity: "verdict", id: clinic.id)
        // a corrected review report is judged again; the decisions stay
        let corrected = Self.review.replacingOccurrences(of: "城市功能持续完善。", with: "城市功能不断完善。")
        _ = try await test.store.importReport(ReportExtractor.extract(corrected), sourceText: corrected)
        let after = try await test.store.verdictBook(jurisdiction: "白水区", planYear: 2022)
        await test.finish()
        // check
        #expect(confirmed.decision == .confirmed && confirmed.decidedOutcome == nil)
        #expect(overridden.decision == .overridden && overridden.effectiveOutcome == .progress && overridden.outcome == .silent)
        #expect(log.map(\.action) == ["override"])
        #expect(log.first?.reason == "主体已开工，报告漏写")
        #expect(try Self.entry(after, "疾控中心").verdict.effectiveOutcome == .progress)
        #expect(try Self.entry(after, "垃圾转运站").verdict.decision == .confirmed)
        #expect(after.entries.count == book.entries.count)
    }

    @Test(
        "unfinished tasks are proposed for the next plan; accepting carries the text and departments over",
        arguments: TestEngine.available)
    func carryOver(_ engine: TestEngine) async throws {
        // setup
        let test = try await Self.prepared(engine)
        let book = try await test.store.verdictBook(jurisdiction: "白水区", planYear: 2022)
        let clinic = try Self.entry(book, "疾控中心")
        let parks = try Self.entry(book, "口袋公园")
        let stations = try Self.entry(book, "垃圾转运站")
        // act
        let accepted = try await test.store.decideCarryOver(verdictID: clinic.verdict.id, accept: true, reason: nil, actor: "督查室")
        let dropped = try await test.store.decideCarryOver(
            verdictID: parks.verdict.id, accept: false, reason: "已并入新任务", actor: "督查室")
        await #expect(throws: StoreError.self) {
            try await test.store.decideCarryOver(verdictID: clinic.verdict.id, accept: true, reason: nil, actor: "督查室")
        }
        await #expect(throws: StoreError.self) {
            try await test.store.decideCarryOver(verdictID: stations.verdict.id, accept: true, reason: nil, actor: "督查室")
        }
        let after = try await test.store.verdictBook(jurisdiction: "白水区", planYear: 2022)
        let next = try await test.store.tasks(jurisdiction: "白水区", planYear: 2023)
        let carried = try #require(next.first { $0.text == clinic.verdict.targetQuote })
        let allocated = try await test.store.allocatedTask(carried.id)
        let origin = try await test.store.carriedFrom(taskID: carried.id)
        await test.finish()
        // check
        #expect(clinic.carryOver == .proposed && parks.carryOver == .proposed && stations.carryOver == nil)
        #expect(accepted == .accepted && dropped == .dropped)
        #expect(try Self.entry(after, "疾控中心").carryOver == .accepted)
        #expect(try Self.entry(after, "疾控中心").carriedTaskID == carried.id)
        #expect(try Self.entry(after, "疾控中心").verdict.decision == .confirmed)
        #expect(try Self.entry(after, "口袋公园").carryOver == .dropped)
        #expect(allocated.lead == "区卫健委")
        #expect(origin?.taskID == clinic.verdict.taskID && origin?.planYear == 2022 && origin?.outcome == .silent)
    }
}
