import Foundation
import Testing

@testable import PlanStore

@Suite("Supervision loop in the store")
struct SupervisionTests {
    /// The small plan, published, with the first task (区城管局) due 2022-06-30.
    static func published(_ engine: TestEngine) async throws -> (TestStore, [TaskRecord]) {
        let (test, tasks) = try await ProgressTests.assigned(engine)
        _ = try await test.store.setDeadline(taskID: tasks[0].id, deadline: "2022-06-30", change: Change(actor: "督查室"))
        _ = try await test.store.publish(jurisdiction: "白水区", planYear: 2022, actor: "督查室")
        return (test, tasks)
    }

    static func keys(_ run: ReminderRun) -> [String] { run.reminders.filter(\.isNew).map(\.reminder.key) }

    @Test("each reminder is created once: run again, restarted, or by two processes at once", arguments: TestEngine.available)
    func noDuplicates(_ engine: TestEngine) async throws {
        let (test, tasks) = try await Self.published(engine)
        // act
        let dry = try await test.store.runReminders(asOf: ISODate("2022-07-01")!, dryRun: true)
        let afterDry = try await test.store.inbox(.department("区城管局"), jurisdiction: "白水区")
        let first = try await test.store.runReminders(asOf: ISODate("2022-07-01")!)
        let again = try await test.store.runReminders(asOf: ISODate("2022-07-01")!)
        let restarted = try await test.reopen()
        let afterRestart = try await restarted.runReminders(asOf: ISODate("2022-07-01")!)
        // Two processes on the day of the second urge.
        let day = ISODate("2022-07-06")!
        async let one = test.store.runReminders(asOf: day)
        async let other = restarted.runReminders(asOf: day)
        let both = try await [one, other]
        let inbox = try await test.store.inbox(.department("区城管局"), jurisdiction: "白水区")
        await restarted.close()
        await test.finish()
        // check
        #expect(Self.keys(dry) == ["overdue_urge:\(tasks[0].id):2022-06-30:1"])
        #expect(afterDry.isEmpty)
        #expect(Self.keys(first) == Self.keys(dry))
        #expect(Self.keys(again).isEmpty)
        #expect(again.reminders.count == 1)
        #expect(Self.keys(afterRestart).isEmpty)
        #expect(both[0].newCount + both[1].newCount == 1)
        #expect(inbox.map(\.subject).filter { $0.contains("催办") }.count == 2)
        #expect(inbox.first?.subject.contains("第 2 次") == true)
    }

    @Test("after downtime the latest urge is sent, and past the third the leaders' inbox has it", arguments: TestEngine.available)
    func downtimeAndEscalation(_ engine: TestEngine) async throws {
        let (test, tasks) = try await Self.published(engine)
        // act
        _ = try await test.store.runReminders(asOf: ISODate("2022-07-01")!)
        let late = try await test.store.runReminders(asOf: ISODate("2022-07-12")!)
        let escalated = try await test.store.runReminders(asOf: ISODate("2022-07-14")!)
        let leaders = try await test.store.inbox(.leaders, jurisdiction: "白水区")
        let department = try await test.store.inbox(.department("区城管局"), jurisdiction: "白水区")
        await test.finish()
        // check
        #expect(Self.keys(late) == ["overdue_urge:\(tasks[0].id):2022-06-30:3"])
        #expect(
            Set(Self.keys(escalated)) == ["overdue_urge:\(tasks[0].id):2022-06-30:4", "escalation:\(tasks[0].id):2022-06-30:4"])
        #expect(leaders.count == 1)
        #expect(leaders[0].kind == .escalation)
        #expect(leaders[0].taskID == tasks[0].id)
        #expect(department.filter { $0.kind == .overdueUrge }.count == 3)
    }

    @Test("a day with nothing due makes nothing, and marking no messages marks none", arguments: TestEngine.available)
    func quietDay(_ engine: TestEngine) async throws {
        let (test, _) = try await Self.published(engine)
        // act: early March, far from the June deadline and the 25th
        let run = try await test.store.runReminders(asOf: ISODate("2022-03-02")!)
        let marked = try await test.store.markRead(.department("区城管局"), jurisdiction: "白水区", ids: [], reader: "城管局")
        let inbox = try await test.store.inbox(.department("区城管局"), jurisdiction: "白水区")
        await test.finish()
        // check
        #expect(run.reminders.isEmpty)
        #expect(run.newCount == 0)
        #expect(marked == 0)
        #expect(inbox.isEmpty)
    }

    @Test("an inbox counts its unread messages and marks only its own read", arguments: TestEngine.available)
    func inboxRead(_ engine: TestEngine) async throws {
        let (test, _) = try await Self.published(engine)
        _ = try await test.store.runReminders(asOf: ISODate("2022-06-23")!)
        // act
        let unreadBefore = try await test.store.unreadCount(.department("区城管局"), jurisdiction: "白水区")
        let otherBefore = try await test.store.unreadCount(.department("区住建局"), jurisdiction: "白水区")
        let mine = try await test.store.inbox(.department("区城管局"), jurisdiction: "白水区")
        let others = try await test.store.inbox(.department("区住建局"), jurisdiction: "白水区")
        let strangers = try await test.store.markRead(
            .department("区城管局"), jurisdiction: "白水区", ids: others.map(\.id), reader: "城管局")
        let marked = try await test.store.markRead(.department("区城管局"), jurisdiction: "白水区", ids: nil, reader: "城管局")
        let unreadAfter = try await test.store.unreadCount(.department("区城管局"), jurisdiction: "白水区")
        let otherAfter = try await test.store.unreadCount(.department("区住建局"), jurisdiction: "白水区")
        await test.finish()
        // check: a deadline reminder for 区城管局's task and the June report reminders
        #expect(unreadBefore == mine.count)
        #expect(mine.contains { $0.kind == .deadlineSoon })
        #expect(mine.contains { $0.kind == .reportDue })
        #expect(otherBefore == others.count && otherBefore > 0)
        #expect(strangers == 0)
        #expect(marked == unreadBefore)
        #expect(unreadAfter == 0)
        #expect(otherAfter == otherBefore)
    }

    @Test("the office's rules change the schedule; the change is audited", arguments: TestEngine.available)
    func rules(_ engine: TestEngine) async throws {
        let (test, _) = try await Self.published(engine)
        var rules = ReminderRules()
        rules.urgeEveryWorkingDays = 1
        rules.escalateAfterUrges = 1
        // act
        try await test.store.setReminderRules(rules, jurisdiction: "白水区", planYear: 2022, actor: "督查室")
        let stored = try await test.store.reminderRules(jurisdiction: "白水区", planYear: 2022)
        let run = try await test.store.runReminders(asOf: ISODate("2022-07-04")!)
        let log = try await test.store.auditLog(jurisdiction: "白水区", entity: "reminder_rules", id: 2022)
        await #expect(throws: StoreError.self) {
            try await test.store.setReminderRules(ReminderRules(reportDay: 30), jurisdiction: "白水区", planYear: 2022, actor: "督查室")
        }
        await test.finish()
        // check: the second working day after the deadline is the second urge, told to the leaders
        #expect(stored == rules)
        #expect(run.reminders.map(\.reminder.kind).filter { $0 != .reportDue } == [.overdueUrge, .escalation])
        #expect(log.count == 1)
    }

    @Test(
        "a department's e-mail and webhook get a delivery each, retried with back-off, then failed for good",
        arguments: TestEngine.available)
    func deliveries(_ engine: TestEngine) async throws {
        let (test, _) = try await Self.published(engine)
        try await test.store.setChannel(
            NotificationChannel(
                department: "区城管局", email: "cgj@baishui.gov.cn", webhookURL: "https://hooks.example.cn/luoshi",
                webhookSecret: "s3cret"),
            jurisdiction: "白水区", actor: "督查室", allowHTTP: false)
        _ = try await test.store.runReminders(asOf: ISODate("2022-07-01")!)
        let now = Date.now + 1
        // act
        let claimed = try await test.store.claimDueDeliveries(now: now)
        let claimedTwice = try await test.store.claimDueDeliveries(now: now)
        let email = try #require(claimed.first { $0.channel == .email })
        let webhook = try #require(claimed.first { $0.channel == .webhook })
        try await test.store.recordDelivery(id: webhook.id, error: nil, now: now)
        try await test.store.recordDelivery(id: email.id, error: "SMTP down", now: now)
        let tooSoon = try await test.store.claimDueDeliveries(now: now + 30)
        var retried: [Delivery] = []
        var moment = now
        for wait in Delivery.backOff {
            moment += wait + 1
            let batch = try await test.store.claimDueDeliveries(now: moment)
            retried += batch
            for delivery in batch { try await test.store.recordDelivery(id: delivery.id, error: "SMTP down", now: moment) }
        }
        let afterLast = try await test.store.claimDueDeliveries(now: moment + 86_400)
        let log = try await test.store.deliveries(jurisdiction: "白水区")
        let inbox = try await test.store.inbox(.department("区城管局"), jurisdiction: "白水区")
        await test.finish()
        // check
        #expect(claimed.count == 2)
        #expect(claimedTwice.isEmpty)
        #expect(email.target == "cgj@baishui.gov.cn")
        #expect(webhook.webhookSecret == "s3cret")
        #expect(email.subject.contains("催办"))
        #expect(tooSoon.isEmpty)
        #expect(retried.count == Delivery.backOff.count)
        #expect(retried.allSatisfy { $0.id == email.id })
        #expect(afterLast.isEmpty)
        let finalEmail = try #require(log.first { $0.id == email.id })
        #expect(finalEmail.state == .failed)
        #expect(finalEmail.attempts == Delivery.backOff.count + 1)
        #expect(finalEmail.lastError == "SMTP down")
        #expect(log.first { $0.id == webhook.id }?.state == .sent)
        #expect(inbox.first?.deliveries.sorted { $0.rawValue < $1.rawValue } == [.failed, .sent])
    }

    @Test("a delivery whose sender died mid-send is taken again after its lease", arguments: TestEngine.available)
    func lease(_ engine: TestEngine) async throws {
        let (test, _) = try await Self.published(engine)
        try await test.store.setChannel(
            NotificationChannel(department: "区城管局", email: "cgj@baishui.gov.cn"), jurisdiction: "白水区", actor: "督查室",
            allowHTTP: false)
        _ = try await test.store.runReminders(asOf: ISODate("2022-07-01")!)
        let now = Date.now + 1
        // act
        let first = try await test.store.claimDueDeliveries(now: now)
        let during = try await test.store.claimDueDeliveries(now: now + 60)
        let after = try await test.store.claimDueDeliveries(now: now + 301)
        await test.finish()
        // check
        #expect(first.count == 1)
        #expect(during.isEmpty)
        #expect(after.map(\.id) == first.map(\.id))
    }

    @Test(
        "channels: http refused unless allowed, a bad address refused, the secret kept out of the audit log",
        arguments: TestEngine.available)
    func channels(_ engine: TestEngine) async throws {
        let (test, _) = try await Self.published(engine)
        let plain = NotificationChannel(department: "区城管局", webhookURL: "http://10.0.0.8/hook")
        // act
        var refusal = ""
        do {
            try await test.store.setChannel(plain, jurisdiction: "白水区", actor: "督查室", allowHTTP: false)
        } catch {
            refusal = error.localizedDescription
        }
        try await test.store.setChannel(plain, jurisdiction: "白水区", actor: "督查室", allowHTTP: true)
        for bad in ["not-an-address", "a@b.cn\r\nBcc: x@y.cn", "a@b"] {
            await #expect(throws: StoreError.self) {
                try await test.store.setChannel(
                    NotificationChannel(department: "区城管局", email: bad), jurisdiction: "白水区", actor: "督查室", allowHTTP: false)
            }
        }
        await #expect(throws: StoreError.self) {
            try await test.store.setChannel(
                NotificationChannel(department: "区不存在局", email: "a@b.cn"), jurisdiction: "白水区", actor: "督查室", allowHTTP: false)
        }
        try await test.store.setChannel(
            NotificationChannel(
                department: nil, webhookURL: "https://oapi.dingtalk.com/robot/send?access_token=abc", webhookKind: .dingtalk,
                webhookSecret: "SECabc"),
            jurisdiction: "白水区", actor: "督查室", allowHTTP: false)
        let channels = try await test.store.channels(jurisdiction: "白水区")
        let log = try await test.store.changes(jurisdiction: "白水区", since: "2000-01-01")
        await test.finish()
        // check
        #expect(refusal.contains("https"))
        #expect(channels.count == 2)
        #expect(channels.first { $0.department == nil }?.webhookKind == .dingtalk)
        #expect(channels.first { $0.department == "区城管局" }?.webhookURL == "http://10.0.0.8/hook")
        let audited = log.filter { $0.entity == "notification_channel" }
        #expect(audited.count == 2)
        #expect(!audited.contains { ($0.afterJSON ?? "").contains("SECabc") })
    }
}
