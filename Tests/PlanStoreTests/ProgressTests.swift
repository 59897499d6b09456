import Foundation
import Testing

@testable import PlanStore
@testable import ReportExtraction

@Suite("Progress")
struct ProgressTests {
    /// The small plan of AllocationTests with its three tasks assigned.
    static func assigned(_ engine: TestEngine) async throws -> (TestStore, [TaskRecord]) {
        let (test, tasks) = try await AllocationTests.prepared(engine)
        for (task, lead) in zip(tasks, ["区城管局", "区卫健委", "区住建局"]) {
            _ = try await test.store.assign(
                taskID: task.id, lead: lead, co: lead == "区住建局" ? ["区城管局"] : [], change: Change(actor: "督查室"))
        }
        return (test, tasks)
    }

    @Test("a department files progress on its task; the status reflects it", arguments: TestEngine.available)
    func fileAndStatus(_ engine: TestEngine) async throws {
        let (test, tasks) = try await Self.assigned(engine)
        let houses = tasks[2]  // 实施82个老旧小区提升改造工程, target 82 个
        // act
        _ = try await test.store.fileProgress(
            ProgressInput(
                taskID: houses.id, department: "区住建局", reportedOn: "2022-06-20", narrative: "已开工30个", value: 30, unit: "个",
                actor: "住建局王五"))
        _ = try await test.store.fileProgress(
            ProgressInput(
                taskID: houses.id, department: "区城管局", reportedOn: "2022-06-25", narrative: "配合完成11个", value: 11, actor: "城管局"))
        let statuses = try await test.store.status(jurisdiction: "白水区", planYear: 2022, asOf: ISODate("2022-07-01")!)
        let mine = try await test.store.status(
            jurisdiction: "白水区", planYear: 2022, asOf: ISODate("2022-07-01")!, department: "区城管局")
        await test.finish()
        // check
        let status = try #require(statuses.first { $0.taskID == houses.id })
        #expect(status.currentValue == 41)
        #expect(status.actual == 50)
        #expect(status.light == .green)
        #expect(Set(mine.map(\.taskID)) == [tasks[0].id, houses.id])
    }

    @Test("bad progress is refused and nothing is stored", arguments: TestEngine.available)
    func badInput(_ engine: TestEngine) async throws {
        let (test, tasks) = try await Self.assigned(engine)
        let houses = tasks[2]
        await #expect(throws: StoreError.notAssigned(department: "区卫健委", taskID: houses.id)) {
            try await test.store.fileProgress(
                ProgressInput(taskID: houses.id, department: "区卫健委", reportedOn: "2022-06-20", narrative: "x", actor: "a"))
        }
        await #expect(throws: StoreError.wrongUnit(given: "户", expected: "个")) {
            try await test.store.fileProgress(
                ProgressInput(
                    taskID: houses.id, department: "区住建局", reportedOn: "2022-06-20", narrative: "x", value: 3, unit: "户",
                    actor: "a"))
        }
        await #expect(throws: StoreError.evidenceTooLarge(bytes: Evidence.sizeLimit + 1, limit: Evidence.sizeLimit)) {
            try await test.store.fileProgress(
                ProgressInput(
                    taskID: houses.id, department: "区住建局", reportedOn: "2022-06-20", narrative: "x",
                    evidence: Evidence(name: "photo.jpg", bytes: [UInt8](repeating: 1, count: Evidence.sizeLimit + 1)), actor: "a"
                ))
        }
        await #expect(throws: StoreError.evidenceType("exe")) {
            try await test.store.fileProgress(
                ProgressInput(
                    taskID: houses.id, department: "区住建局", reportedOn: "2022-06-20", narrative: "x",
                    evidence: Evidence(name: "tool.exe", bytes: [1, 2, 3]), actor: "a"))
        }
        await #expect(throws: StoreError.self) {
            try await test.store.fileProgress(
                ProgressInput(taskID: houses.id, department: "区住建局", reportedOn: "2021-12-01", narrative: "x", actor: "a"))
        }
        await #expect(throws: StoreError.self) {  // a program renamed to look like a photo
            try await test.store.fileProgress(
                ProgressInput(
                    taskID: houses.id, department: "区住建局", reportedOn: "2022-06-20", narrative: "x",
                    evidence: Evidence(name: "photo.jpg", bytes: Array("MZ\u{90}\0 this program cannot be run".utf8)), actor: "a")
            )
        }
        await #expect(throws: StoreError.self) {  // dated after today
            try await test.store.fileProgress(
                ProgressInput(taskID: houses.id, department: "区住建局", reportedOn: "2099-01-01", narrative: "x", actor: "a"))
        }
        let reports = try await test.store.progressReports(taskID: houses.id)
        await test.finish()
        #expect(reports.isEmpty)
    }

    @Test("evidence is stored once by content and comes back byte for byte", arguments: TestEngine.available)
    func evidence(_ engine: TestEngine) async throws {
        let (test, tasks) = try await Self.assigned(engine)
        let bytes = [0xFF, 0xD8, 0xFF, 0xE0] + (0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let file = Evidence(name: "现场照片.JPG", bytes: bytes)
        // act
        let first = try await test.store.fileProgress(
            ProgressInput(
                taskID: tasks[1].id, department: "区卫健委", reportedOn: "2022-05-01", narrative: "开工", percent: 20, evidence: file,
                actor: "a"))
        let second = try await test.store.fileProgress(
            ProgressInput(
                taskID: tasks[1].id, department: "区卫健委", reportedOn: "2022-06-01", narrative: "主体", percent: 40, evidence: file,
                actor: "a"))
        let stored = try await test.store.evidence(id: try #require(first.evidenceID))
        await test.finish()
        // check
        #expect(first.evidenceID == second.evidenceID)
        #expect(stored.bytes == bytes)
        #expect(stored.contentType == "image/jpeg")
    }

    @Test("reasons for being behind are counted by plan year from each task's latest report", arguments: TestEngine.available)
    func reasons(_ engine: TestEngine) async throws {
        let (test, tasks) = try await Self.assigned(engine)
        _ = try await test.store.fileProgress([
            ProgressInput(
                taskID: tasks[0].id, department: "区城管局", reportedOn: "2022-04-01", narrative: "选址未定", percent: 5,
                behindReason: .land, actor: "a"),
            ProgressInput(
                taskID: tasks[0].id, department: "区城管局", reportedOn: "2022-05-01", narrative: "资金未到", percent: 10,
                behindReason: .funding, actor: "a"),
            ProgressInput(
                taskID: tasks[1].id, department: "区卫健委", reportedOn: "2022-05-01", narrative: "资金未到", percent: 10,
                behindReason: .funding, actor: "a"),
            ProgressInput(
                taskID: tasks[2].id, department: "区住建局", reportedOn: "2022-05-01", narrative: "正常", value: 30, actor: "a"),
        ])
        // act
        let counts = try await test.store.behindReasons(jurisdiction: "白水区")
        await test.finish()
        // check: the first task's land problem was overtaken by a later report.
        #expect(counts == [BehindReasonCount(planYear: 2022, reason: .funding, tasks: 2)])
    }

    @Test("the kept latest reports and the reports themselves give the same picture", arguments: TestEngine.available)
    func keptLatestAgrees(_ engine: TestEngine) async throws {
        let (test, tasks) = try await Self.assigned(engine)
        let houses = tasks[2]
        _ = try await test.store.fileProgress([
            ProgressInput(
                taskID: houses.id, department: "区住建局", reportedOn: "2022-05-20", narrative: "20个", value: 20, actor: "a"),
            ProgressInput(
                taskID: houses.id, department: "区住建局", reportedOn: "2022-06-20", narrative: "35个", value: 35, actor: "a"),
            ProgressInput(taskID: houses.id, department: "区城管局", reportedOn: "2022-06-25", narrative: "6个", value: 6, actor: "a"),
            ProgressInput(
                taskID: tasks[1].id, department: "区卫健委", reportedOn: "2022-06-01", narrative: "40%", percent: 40, actor: "a"),
        ])
        let wrong = try await test.store.fileProgress(
            ProgressInput(
                taskID: houses.id, department: "区住建局", reportedOn: "2022-07-01", narrative: "80个", value: 80, actor: "a"))
        _ = try await test.store.review(reportID: wrong.id, accept: false, comment: "数字有误", actor: "督查室")
        // act
        let far = ISODate("2099-12-31")!
        let kept = try await test.store.status(
            jurisdictions: ["白水区"], planYear: 2022, asOf: far, department: nil, rule: StatusRule(reportingPeriodDays: 100_000),
            keptLatest: true)
        let read = try await test.store.status(
            jurisdictions: ["白水区"], planYear: 2022, asOf: far, department: nil, rule: StatusRule(reportingPeriodDays: 100_000),
            keptLatest: false)
        await test.finish()
        // check
        #expect(kept == read)
        #expect(kept.first { $0.taskID == houses.id }?.currentValue == 41)
    }

    @Test("a task or department with separators in its name comes through the status whole", arguments: TestEngine.available)
    func separatorsInText(_ engine: TestEngine) async throws {
        let (test, _) = try await Self.assigned(engine)
        _ = try await test.store.createDepartment(DepartmentEntry(name: "区发改委|统计局"), jurisdiction: "白水区", actor: "督查室")
        let odd = "完成A|B两个片区改造\u{1E}（含附属设施）"
        let added = try await test.store.addTask(
            jurisdiction: "白水区", planYear: 2022, text: odd, section: nil, change: Change(actor: "督查室"))
        _ = try await test.store.assign(taskID: added.task.id, lead: "区发改委|统计局", co: [], change: Change(actor: "督查室"))
        // act
        let statuses = try await test.store.status(jurisdiction: "白水区", planYear: 2022, asOf: ISODate("2022-07-01")!)
        await test.finish()
        // check: the separator the status read packs rows with is dropped, the text is otherwise whole.
        let status = try #require(statuses.first { $0.taskID == added.task.id })
        #expect(status.text == "完成A|B两个片区改造（含附属设施）")
        #expect(status.lead == "区发改委|统计局")
        #expect(statuses.count == 4)
    }

    @Test(
        "an accepted completion makes the task done from its date on; the past stays as it was", arguments: TestEngine.available)
    func completionAndPastPicture(_ engine: TestEngine) async throws {
        let (test, tasks) = try await Self.assigned(engine)
        let clinic = tasks[1]
        _ = try await test.store.fileProgress(
            ProgressInput(
                taskID: clinic.id, department: "区卫健委", reportedOn: "2022-06-15", narrative: "主体完工", percent: 60, actor: "a"))
        let june = try await test.store.status(jurisdiction: "白水区", planYear: 2022, asOf: ISODate("2022-06-30")!)
        // act
        let request = try await test.store.fileProgress(
            ProgressInput(
                taskID: clinic.id, department: "区卫健委", reportedOn: "2022-09-10", narrative: "已建成", percent: 100,
                completionRequested: true, actor: "a"))
        await #expect(throws: StoreError.self) {
            try await test.store.review(reportID: request.id, accept: false, actor: "督查室")  // returning needs a comment
        }
        _ = try await test.store.review(reportID: request.id, accept: true, comment: "同意", actor: "督查室", on: "2022-09-20")
        let september = try await test.store.status(jurisdiction: "白水区", planYear: 2022, asOf: ISODate("2022-09-15")!)
        let juneAgain = try await test.store.status(jurisdiction: "白水区", planYear: 2022, asOf: ISODate("2022-06-30")!)
        let october = try await test.store.status(jurisdiction: "白水区", planYear: 2022, asOf: ISODate("2022-10-01")!)
        await test.finish()
        // check
        #expect(juneAgain == june)
        #expect(october.first { $0.taskID == clinic.id }?.state == .done)
        // Reported done on 9-10, accepted on 9-20: not done on 9-15.
        #expect(september.first { $0.taskID == clinic.id }?.state != .done)
        #expect(june.first { $0.taskID == clinic.id }?.state != .done)
    }
}
