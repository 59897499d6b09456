import Foundation
import ReportExtraction
import SQLKit
import Testing

@testable import PlanStore

@Suite("Leader instructions (批示) in the store")
struct InstructionTests {
    static let jurisdiction = "白水区"

    @Test(
        "an instruction on a task reaches the lead department, is acknowledged and answered; the leaders are told; all of it in the task's history",
        arguments: TestEngine.available)
    func giveAcknowledgeAnswer(_ engine: TestEngine) async throws {
        let (test, tasks) = try await SupervisionTests.published(engine)
        let store = test.store
        let houses = tasks[2]  // led by 区住建局
        // act
        let given = try await store.giveInstruction(
            NewInstruction(taskID: houses.id, text: "请加快老旧小区改造进度，6月底前拿出方案。", answerBy: "2022-07-15", author: "李区长"),
            jurisdiction: Self.jurisdiction, planYear: 2022, today: ISODate("2022-06-20")!)
        let inbox = try await store.inbox(.department("区住建局"), jurisdiction: Self.jurisdiction)
        let stranger = await #expect(throws: StoreError.self) {
            try await store.acknowledgeInstruction(given.id, department: "区卫健委", actor: "卫健委")
        }
        let acknowledged = try await store.acknowledgeInstruction(given.id, department: "区住建局", actor: "住建局 赵科长")
        let again = try await store.acknowledgeInstruction(given.id, department: "区住建局", actor: "住建局 赵科长")
        let stale = await #expect(throws: StoreError.self) {
            try await store.answerInstruction(given.id, department: "区住建局", answer: "已部署", actor: "住建局", expectedVersion: 1)
        }
        let answered = try await store.answerInstruction(
            given.id, department: "区住建局", answer: "已制定方案，7月起每周调度。", actor: "住建局 赵科长", expectedVersion: acknowledged.rowVersion)
        let twice = await #expect(throws: StoreError.self) {
            try await store.answerInstruction(given.id, department: "区住建局", answer: "再答", actor: "住建局")
        }
        let leaders = try await store.inbox(.leaders, jurisdiction: Self.jurisdiction)
        let history = try await store.auditLog(jurisdiction: Self.jurisdiction, entity: "task", id: houses.id).map(\.action)
        let listed = try await store.instructions(jurisdiction: Self.jurisdiction, taskID: houses.id)
        let forDepartment = try await store.instructions(jurisdiction: Self.jurisdiction, department: "区卫健委")
        await test.finish()
        // check
        #expect(given.state == .waiting)
        #expect(given.department == "区住建局")
        #expect(given.taskText == houses.text)
        #expect(inbox.first?.kind == .instruction)
        #expect(inbox.first?.subject.contains("李区长") == true)
        #expect(inbox.first?.body.contains("2022-07-15") == true)
        #expect(stranger?.errorDescription?.contains("批示") == true)
        #expect(acknowledged.state == .acknowledged)
        #expect(again.rowVersion == acknowledged.rowVersion)  // acknowledging twice changes nothing
        #expect(stale != nil)
        #expect(answered.state == .answered)
        #expect(answered.answer == "已制定方案，7月起每周调度。")
        #expect(twice?.errorDescription?.contains("已于") == true)
        #expect(leaders.first?.kind == .instructionAnswered)
        #expect(leaders.first?.body.contains("7月起每周调度") == true)
        #expect(history.suffix(3) == ["instruction", "instruction_acknowledged", "instruction_answered"])
        #expect(listed.map(\.id) == [given.id])
        #expect(forDepartment.isEmpty)
    }

    @Test(
        "an unanswered instruction is urged every 3 working days after its date, once per occasion; answered, no more",
        arguments: TestEngine.available)
    func urged(_ engine: TestEngine) async throws {
        let (test, _) = try await SupervisionTests.published(engine)
        let store = test.store
        let given = try await store.giveInstruction(
            NewInstruction(department: "区卫健委", text: "疾控中心建设要倒排工期。", answerBy: "2022-07-01", author: "李区长"),
            jurisdiction: Self.jurisdiction, planYear: 2022, today: ISODate("2022-06-20")!)
        func urges(_ run: ReminderRun) -> [String] {
            run.reminders.filter { $0.isNew && $0.reminder.kind == .instructionUrge }.map(\.reminder.key)
        }
        // act: 2022-07-01 is a Friday; the first working day after it is Monday 07-04.
        let onTheDay = try await store.runReminders(asOf: ISODate("2022-07-01")!)
        let first = try await store.runReminders(asOf: ISODate("2022-07-04")!)
        let sameDay = try await store.runReminders(asOf: ISODate("2022-07-04")!)
        let between = try await store.runReminders(asOf: ISODate("2022-07-05")!)
        let second = try await store.runReminders(asOf: ISODate("2022-07-07")!)
        _ = try await store.answerInstruction(given.id, department: "区卫健委", answer: "已倒排工期。", actor: "卫健委")
        let afterAnswer = try await store.runReminders(asOf: ISODate("2022-07-12")!)
        let inbox = try await store.inbox(.department("区卫健委"), jurisdiction: Self.jurisdiction)
        await test.finish()
        // check
        #expect(urges(onTheDay).isEmpty)
        #expect(urges(first) == ["instruction_urge:\(given.id):1"])
        #expect(urges(sameDay).isEmpty)
        #expect(urges(between).isEmpty)
        #expect(urges(second) == ["instruction_urge:\(given.id):2"])
        #expect(urges(afterAnswer).isEmpty)
        #expect(inbox.filter { $0.kind == .instructionUrge }.count == 2)
        #expect(inbox.first { $0.kind == .instructionUrge }?.subject.contains("第 2 次") == true)
    }

    @Test(
        "refused: a disabled department, a dropped task, an empty text, a date that is not one or has passed; a disabled unit takes no new task",
        arguments: TestEngine.available)
    func refusals(_ engine: TestEngine) async throws {
        let (test, tasks) = try await SupervisionTests.published(engine)
        let store = test.store
        let today = ISODate("2022-06-20")!
        let give = { @Sendable (new: NewInstruction) async -> StoreError? in
            do throws(StoreError) {
                _ = try await store.giveInstruction(new, jurisdiction: Self.jurisdiction, planYear: 2022, today: today)
                return nil
            } catch {
                return error
            }
        }
        // act
        try await store.setDepartmentDisabled("区卫健委", disabled: true, jurisdiction: Self.jurisdiction, actor: "督查室")
        let disabled = await give(NewInstruction(department: "区卫健委", text: "请办理。", answerBy: "2022-07-01", author: "李区长"))
        let onItsTask = await give(NewInstruction(taskID: tasks[1].id, text: "请办理。", answerBy: "2022-07-01", author: "李区长"))
        let empty = await give(NewInstruction(department: "区住建局", text: "  \n ", answerBy: "2022-07-01", author: "李区长"))
        let badDate = await give(NewInstruction(department: "区住建局", text: "请办理。", answerBy: "7月1日", author: "李区长"))
        let past = await give(NewInstruction(department: "区住建局", text: "请办理。", answerBy: "2022-06-19", author: "李区长"))
        let nobody = await give(NewInstruction(text: "请办理。", answerBy: "2022-07-01", author: "李区长"))
        let unknown = await give(NewInstruction(department: "区不存在局", text: "请办理。", answerBy: "2022-07-01", author: "李区长"))
        let newTask = await #expect(throws: StoreError.self) {
            try await store.assign(taskID: tasks[0].id, lead: "区卫健委", change: Change(actor: "督查室", reason: "调整"))
        }
        // The unit keeps the task it had: changing its co-departments still works.
        let kept = try await store.assign(
            taskID: tasks[1].id, lead: "区卫健委", co: ["区城管局"], change: Change(actor: "督查室", reason: "增加配合单位"))
        try await store.setDepartmentDisabled("区卫健委", disabled: false, jurisdiction: Self.jurisdiction, actor: "督查室")
        let enabled = await give(NewInstruction(department: "区卫健委", text: "请办理。", answerBy: "2022-07-01", author: "李区长"))
        let departmentLog = try await store.auditLog(
            jurisdiction: Self.jurisdiction, entity: "department",
            id: try await store.departments(jurisdiction: Self.jurisdiction).first { $0.name == "区卫健委" }!.id
        ).map(\.action)
        let all = try await store.instructions(jurisdiction: Self.jurisdiction)
        await test.finish()
        // check
        #expect(disabled?.errorDescription?.contains("已停用") == true)
        #expect(onItsTask?.errorDescription?.contains("已停用") == true)
        #expect(empty?.errorDescription?.contains("请填写批示内容") == true)
        #expect(badDate?.errorDescription?.contains("不是有效日期") == true)
        #expect(past?.errorDescription?.contains("已过") == true)
        #expect(nobody?.errorDescription?.contains("请选择") == true)
        #expect(unknown != nil)
        #expect(newTask?.errorDescription?.contains("已停用") == true)
        #expect(kept.coResponsible == ["区城管局"])
        #expect(enabled == nil)
        #expect(departmentLog.filter { $0 == "disable" || $0 == "enable" } == ["disable", "enable"])
        #expect(all.count == 1)
    }

    /// Runs `body`; on an error closes the store and drops its database before passing it on.
    static func closing<T>(_ store: PlanStore, _ location: StoreLocation, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch {
            await store.close()
            await TestStore.drop(location)
            throw error
        }
    }

    @Test(
        "a store of the previous release is upgraded with its reminders, deliveries and read marks kept",
        arguments: TestEngine.available)
    func upgrade(_ engine: TestEngine) async throws {
        let location = try await TestStore.newLocation(engine)
        let old = try await PlanStore.open(location, logger: TestStore.logger, migrations: Array(Migrations.all.prefix(6)))
        let (before, deliveriesBefore, taskID) = try await Self.closing(old, location) {
            let report = AllocationTests.report
            _ = try await old.importReport(ReportExtractor.extract(report), sourceText: report)
            _ = try await old.importDepartments(
                [DepartmentEntry(name: "区城管局", keywords: ["垃圾"])], jurisdiction: Self.jurisdiction, actor: "督查室")
            let task = try await old.tasks(jurisdiction: Self.jurisdiction).first { $0.text.contains("垃圾") }!
            for each in try await old.tasks(jurisdiction: Self.jurisdiction) {
                _ = try await old.assign(taskID: each.id, lead: "区城管局", change: Change(actor: "督查室"))
            }
            _ = try await old.setDeadline(taskID: task.id, deadline: "2022-06-30", change: Change(actor: "督查室"))
            _ = try await old.publish(jurisdiction: Self.jurisdiction, planYear: 2022, actor: "督查室")
            try await old.setChannel(
                NotificationChannel(department: "区城管局", email: "cgj@baishui.gov.cn"), jurisdiction: Self.jurisdiction,
                actor: "督查室", allowHTTP: false)
            // The previous release's urge, e-mail and read mark, in its own table shapes.
            try await old.transaction { database in
                try await database.raw(
                    """
                    INSERT INTO notifications (jurisdiction_id, plan_year, audience, department_id, task_id, kind, dedupe_key, due_on,
                        subject, body, created_at, read_at, read_by)
                    SELECT t.jurisdiction_id, 2022, 'department', a.department_id, t.id, 'overdue_urge',
                        'overdue_urge:' || t.id || ':2022-06-30:1', '2022-07-01', '【催办】第 1 次催办', '请抓紧。', '2022-07-01T01:00:00Z',
                        '2022-07-01T02:00:00Z', '城管局'
                    FROM tasks t JOIN assignments a ON a.task_id = t.id WHERE t.id = \(bind: task.id)
                    """
                ).run()
                try await database.raw(
                    """
                    INSERT INTO deliveries (notification_id, channel, target, state, attempts, next_attempt_at, last_error, created_at)
                    SELECT id, 'email', 'cgj@baishui.gov.cn', 'queued', 1, '2022-07-01T01:01:00Z', 'SMTP down', '2022-07-01T01:00:00Z'
                    FROM notifications
                    """
                ).run()
            }
            return (
                try await old.inbox(.department("区城管局"), jurisdiction: Self.jurisdiction),
                try await old.deliveries(jurisdiction: Self.jurisdiction),
                task.id
            )
        }
        await old.close()
        // act
        let upgraded = try await PlanStore.open(location, logger: TestStore.logger)
        let (after, deliveriesAfter, given, withInstruction, again, migrations) = try await Self.closing(upgraded, location) {
            (
                try await upgraded.inbox(.department("区城管局"), jurisdiction: Self.jurisdiction),
                try await upgraded.deliveries(jurisdiction: Self.jurisdiction),
                try await upgraded.giveInstruction(
                    NewInstruction(taskID: taskID, text: "抓紧。", answerBy: "2022-07-08", author: "李区长"),
                    jurisdiction: Self.jurisdiction, planYear: 2022, today: ISODate("2022-07-01")!),
                try await upgraded.inbox(.department("区城管局"), jurisdiction: Self.jurisdiction),
                try await upgraded.runReminders(asOf: ISODate("2022-07-01")!),
                try await upgraded.appliedMigrations()
            )
        }
        await upgraded.close()
        await TestStore.drop(location)
        // check
        #expect(!before.isEmpty)
        #expect(after == before)
        #expect(deliveriesAfter == deliveriesBefore)
        #expect(withInstruction.first?.kind == .instruction)
        #expect(withInstruction.first?.body.contains("抓紧") == true)
        #expect(given.state == .waiting)
        #expect(withInstruction.count == before.count + 1)
        #expect(again.newCount == 0)
        #expect(migrations.contains("0007_add_instructions"))
    }
}
