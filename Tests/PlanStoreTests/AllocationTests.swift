import Foundation
import Testing

@testable import PlanStore
@testable import ReportExtraction

@Suite("Allocating a plan")
struct AllocationTests {
    static let report = """
        政府工作报告
        ——2022年1月21日在白水区第十八届人民代表大会第一次会议上
        白水区人民政府区长李明
        三、2022年工作安排
        （一）城市建设
        新建垃圾转运站4座，启动区疾控中心建设，实施82个老旧小区提升改造工程。
        """

    /// A store with the small report and three departments.
    static func prepared(_ engine: TestEngine) async throws -> (TestStore, [TaskRecord]) {
        let test = try await TestStore.make(engine)
        _ = try await test.store.importReport(ReportExtractor.extract(report), sourceText: report)
        _ = try await test.store.importDepartments(
            [
                DepartmentEntry(name: "区城管局", keywords: ["垃圾"]), DepartmentEntry(name: "区卫健委", keywords: ["疾控"]),
                DepartmentEntry(name: "区住建局", keywords: ["老旧小区"]),
            ], jurisdiction: "白水区", actor: "督查室")
        let tasks = try await test.store.tasks(jurisdiction: "白水区")
        return (test, tasks)
    }

    @Test("lead and co-responsible departments are assigned and audited", arguments: TestEngine.available)
    func assign(_ engine: TestEngine) async throws {
        let (test, tasks) = try await Self.prepared(engine)
        // act
        let assigned = try await test.store.assign(
            taskID: tasks[0].id, lead: "区城管局", co: ["区住建局"], change: Change(actor: "督查室", expectedVersion: 1))
        let log = try await test.store.auditLog(jurisdiction: "白水区", entity: "task", id: tasks[0].id)
        await test.finish()
        // check
        #expect(assigned.lead == "区城管局")
        #expect(assigned.coResponsible == ["区住建局"])
        #expect(assigned.task.rowVersion == 2)
        #expect(log.map(\.action) == ["assign"])
        #expect(log[0].afterJSON?.contains("区住建局") == true)
    }

    @Test("an unknown department is refused and nothing changes", arguments: TestEngine.available)
    func unknownDepartment(_ engine: TestEngine) async throws {
        let (test, tasks) = try await Self.prepared(engine)
        await #expect(throws: StoreError.unknownDepartment("区教育局")) {
            try await test.store.assign(taskID: tasks[0].id, lead: "区城管局", co: ["区教育局"], change: Change(actor: "督查室"))
        }
        let after = try await test.store.allocatedTask(tasks[0].id)
        await test.finish()
        #expect(after.assignments.isEmpty)
        #expect(after.task.rowVersion == 1)
    }

    @Test("two people change one task: the second gets a conflict, the first's change stays", arguments: TestEngine.available)
    func concurrentChange(_ engine: TestEngine) async throws {
        let (test, tasks) = try await Self.prepared(engine)
        let read = tasks[1].rowVersion
        // act: both read version 1
        _ = try await test.store.assign(taskID: tasks[1].id, lead: "区卫健委", change: Change(actor: "张三", expectedVersion: read))
        await #expect(throws: StoreError.conflict(what: "任务 task", id: "\(tasks[1].id)", expected: read, found: read + 1)) {
            try await test.store.assign(taskID: tasks[1].id, lead: "区住建局", change: Change(actor: "李四", expectedVersion: read))
        }
        let after = try await test.store.allocatedTask(tasks[1].id)
        await test.finish()
        #expect(after.lead == "区卫健委")
    }

    @Test("deadlines: a real date not before the plan starts", arguments: TestEngine.available)
    func deadlines(_ engine: TestEngine) async throws {
        let (test, tasks) = try await Self.prepared(engine)
        await #expect(throws: StoreError.self) {
            try await test.store.setDeadline(taskID: tasks[0].id, deadline: "2021-12-31", change: Change(actor: "督查室"))
        }
        await #expect(throws: StoreError.self) {
            try await test.store.setDeadline(taskID: tasks[0].id, deadline: "2022-02-30", change: Change(actor: "督查室"))
        }
        let set = try await test.store.setDeadline(taskID: tasks[0].id, deadline: "2022-06-30", change: Change(actor: "督查室"))
        await test.finish()
        #expect(tasks[0].deadline == "2022-12-31")
        #expect(set.task.deadline == "2022-06-30")
    }

    @Test("publishing needs a lead for every task; afterwards a change needs a reason", arguments: TestEngine.available)
    func publishAndAmend(_ engine: TestEngine) async throws {
        let (test, tasks) = try await Self.prepared(engine)
        await #expect(throws: StoreError.unassignedTasks(tasks.map(\.id))) {
            try await test.store.publish(jurisdiction: "白水区", planYear: 2022, actor: "督查室")
        }
        for (task, lead) in zip(tasks, ["区城管局", "区卫健委", "区住建局"]) {
            _ = try await test.store.assign(taskID: task.id, lead: lead, change: Change(actor: "督查室"))
        }
        // act
        let published = try await test.store.publish(jurisdiction: "白水区", planYear: 2022, actor: "督查室")
        await #expect(throws: StoreError.amendmentNeedsReason) {
            try await test.store.setDeadline(taskID: tasks[0].id, deadline: "2022-09-30", change: Change(actor: "督查室"))
        }
        _ = try await test.store.setDeadline(
            taskID: tasks[0].id, deadline: "2022-09-30", change: Change(actor: "督查室", reason: "用地审批延后"))
        let log = try await test.store.auditLog(jurisdiction: "白水区", entity: "task", id: tasks[0].id)
        let isPublished = try await test.store.isPublished(jurisdiction: "白水区", planYear: 2022)
        await test.finish()
        // check
        #expect(published == 3)
        #expect(isPublished)
        #expect(log.last?.action == "deadline")
        #expect(log.last?.reason == "用地审批延后")
    }

    @Test("split, merge, add and drop keep the plan whole", arguments: TestEngine.available)
    func splitMergeAddDrop(_ engine: TestEngine) async throws {
        let (test, tasks) = try await Self.prepared(engine)
        _ = try await test.store.assign(taskID: tasks[2].id, lead: "区住建局", change: Change(actor: "督查室"))
        // act
        let parts = try await test.store.splitTask(
            tasks[2].id, into: ["实施40个老旧小区提升改造工程（一批）", "实施42个老旧小区提升改造工程（二批）"], change: Change(actor: "督查室"))
        let merged = try await test.store.mergeTasks(
            [tasks[0].id, tasks[1].id], text: "新建垃圾转运站4座并启动区疾控中心建设", change: Change(actor: "督查室"))
        let added = try await test.store.addTask(
            jurisdiction: "白水区", planYear: 2022, text: "完成区志编纂", section: "3.1", change: Change(actor: "督查室"))
        let dropped = try await test.store.dropTask(added.task.id, change: Change(actor: "督查室"))
        let active = try await test.store.tasks(jurisdiction: "白水区")
        let all = try await test.store.tasks(jurisdiction: "白水区", includeRemoved: true)
        await test.finish()
        // check
        #expect(parts.map(\.lead) == ["区住建局", "区住建局"])
        #expect(parts.allSatisfy { $0.task.origin == .split })
        #expect(merged.task.origin == .merged)
        #expect(dropped.task.state == .dropped)
        #expect(Set(active.map(\.text)) == Set(parts.map(\.task.text) + [merged.task.text]))
        let expectedCount = 7  // 3 imported, 2 parts, 1 merged, 1 added
        #expect(all.count == expectedCount)
    }
}
