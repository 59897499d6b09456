import Foundation
import Testing

@testable import PlanStore

@Suite("Reminder schedule")
struct ReminderScheduleTests {
    static func task(
        _ id: Int, deadline: String, state: TaskStatus.State = .onTrack, lead: String? = "区城管局", co: [String] = [],
        lastReported: String? = nil
    ) -> TaskStatus {
        TaskStatus(
            taskID: id, section: nil, text: "新建垃圾转运站4座", lead: lead, coResponsible: co, deadline: deadline, targetValue: nil,
            targetUnit: nil, expected: 50, actual: nil, currentValue: nil, lastReportedOn: lastReported, behindReason: nil,
            state: state,
            light: .green, why: .progress)
    }

    static let schedule = ReminderSchedule(
        rules: ReminderRules(), jurisdiction: "白水区", planYear: 2022, departmentIDs: ["区城管局": 1, "区住建局": 2])

    static func due(_ statuses: [TaskStatus], on date: String, schedule: ReminderSchedule = schedule) -> [Reminder] {
        schedule.due(on: ISODate(date)!, statuses: statuses)
    }

    @Test("weekdays and dates by day number agree with the calendar")
    func calendar() {
        #expect(ISODate("2022-06-30")!.weekday == 4)
        #expect(ISODate("2022-10-01")!.weekday == 6)
        #expect(ISODate("1970-01-01")!.weekday == 4)
        #expect(ISODate("2024-02-28")!.adding(days: 2).text == "2024-03-01")
        #expect(ISODate("2023-01-01")!.adding(days: -1).text == "2022-12-31")
        let national = WorkingCalendar(holidays: ["2022-10-03"], makeUpWorkdays: ["2022-10-08"])
        #expect(!national.isWorkingDay(ISODate("2022-10-01")!))
        #expect(!national.isWorkingDay(ISODate("2022-10-03")!))
        #expect(national.isWorkingDay(ISODate("2022-10-08")!))
        #expect(
            national.workingDays(after: ISODate("2022-09-30")!, through: ISODate("2022-10-09")!).map(\.text) == [
                "2022-10-04", "2022-10-05", "2022-10-06", "2022-10-07", "2022-10-08",
            ])
    }

    @Test("a deadline is reminded from seven days before, to the lead and co-responsible departments")
    func deadlineSoon() {
        let task = Self.task(7, deadline: "2022-06-30", co: ["区住建局"], lastReported: "2022-06-05")
        #expect(Self.due([task], on: "2022-06-22").isEmpty)
        let owed = Self.due([task], on: "2022-06-23")
        #expect(owed.map(\.kind) == [.deadlineSoon, .deadlineSoon])
        #expect(owed.map(\.audience) == [.department(id: 1, name: "区城管局"), .department(id: 2, name: "区住建局")])
        #expect(owed[0].subject.contains("2022-06-30"))
        #expect(owed[0].body.contains("还有 7 天"))
        // Same occasion, same key, whichever day it is computed on; a moved deadline is a new occasion.
        #expect(Self.due([task], on: "2022-06-29").map(\.key) == owed.map(\.key))
        #expect(
            Self.due([Self.task(7, deadline: "2022-07-05", lastReported: "2022-06-05")], on: "2022-06-29")[0].key != owed[0].key)
        #expect(Self.due([Self.task(7, deadline: "2022-06-30", state: .done)], on: "2022-06-29").isEmpty)
        #expect(Self.due([Self.task(7, deadline: "2022-06-30", state: .dropped)], on: "2022-06-29").isEmpty)
    }

    @Test("an overdue task is urged on working days 1, 4, 7…; from the fourth urge the leaders are told")
    func urges() {
        // Due Thursday 2022-06-30: working days after are Fri 07-01, Mon 07-04, 07-05, 07-06, …
        let task = Self.task(7, deadline: "2022-06-30", state: .overdue)
        #expect(Self.due([task], on: "2022-06-30").filter { $0.kind == .overdueUrge }.isEmpty)
        let first = Self.due([task], on: "2022-07-01")
        #expect(first.map(\.kind) == [.overdueUrge])
        #expect(first[0].audience == .department(id: 1, name: "区城管局"))
        #expect(first[0].subject.contains("第 1 次"))
        // The weekend adds no urge; the fourth working day brings the second.
        #expect(Self.due([task], on: "2022-07-03").map(\.key) == first.map(\.key))
        #expect(Self.due([task], on: "2022-07-05").map(\.key) == first.map(\.key))
        let second = Self.due([task], on: "2022-07-06")
        #expect(second[0].subject.contains("第 2 次"))
        #expect(second[0].dueOn == "2022-07-06")
        // Third urge on 07-11; the fourth (07-14) goes to the leaders too.
        #expect(Self.due([task], on: "2022-07-13").map(\.kind) == [.overdueUrge])
        let fourth = Self.due([task], on: "2022-07-14")
        #expect(fourth.map(\.kind) == [.overdueUrge, .escalation])
        #expect(fourth[1].audience == .leaders)
        #expect(fourth[1].subject.contains("经 3 次催办"))
        #expect(fourth[0].body.contains("已报告领导"))
    }

    @Test("after downtime only the latest urge is owed, not every one missed")
    func catchUp() {
        let task = Self.task(7, deadline: "2022-06-30", state: .overdue)
        let owed = Self.due([task], on: "2022-07-12")
        #expect(owed.count == 1)
        #expect(owed[0].key == "overdue_urge:7:2022-06-30:3")
        #expect(owed[0].dueOn == "2022-07-11")
    }

    @Test("holidays are not working days: urging waits for the office to be open")
    func holidays() {
        var rules = ReminderRules()
        rules.calendar = WorkingCalendar(
            holidays: ["2022-10-03", "2022-10-04", "2022-10-05", "2022-10-06", "2022-10-07"],
            makeUpWorkdays: ["2022-10-08", "2022-10-09"])
        let schedule = ReminderSchedule(rules: rules, jurisdiction: "白水区", planYear: 2022, departmentIDs: ["区城管局": 1])
        let task = Self.task(7, deadline: "2022-09-30", state: .overdue)
        #expect(Self.due([task], on: "2022-10-07", schedule: schedule).isEmpty)
        #expect(Self.due([task], on: "2022-10-08", schedule: schedule).map(\.key) == ["overdue_urge:7:2022-09-30:1"])
    }

    @Test("the monthly report is reminded from three days before the 25th, to departments that have not reported this month")
    func reportDue() {
        let silent = Self.task(1, deadline: "2022-12-31")
        let reported = Self.task(2, deadline: "2022-12-31", lead: "区住建局", lastReported: "2022-06-10")
        let lastMonth = Self.task(3, deadline: "2022-12-31", lead: "区住建局", lastReported: "2022-05-25")
        #expect(Self.due([silent, reported], on: "2022-06-21").isEmpty)
        let owed = Self.due([silent, reported], on: "2022-06-22")
        #expect(owed.map(\.kind) == [.reportDue])
        #expect(owed[0].audience == .department(id: 1, name: "区城管局"))
        #expect(owed[0].subject.contains("6 月"))
        // One reminder per department and month, listing its tasks.
        let both = Self.due([silent, reported, lastMonth], on: "2022-06-27")
        #expect(both.count == 2)
        #expect(both[1].body.contains("已过本月报送日"))
        #expect(Set(both.map(\.key)).count == 2)
        #expect(Self.due([silent], on: "2022-07-22")[0].key != owed[0].key)
        // Outside the plan year there is no monthly report.
        #expect(Self.due([silent], on: "2023-01-23").filter { $0.kind == .reportDue }.isEmpty)
    }

    @Test("rules out of range are refused with what is wrong")
    func invalidRules() {
        #expect(throws: StoreError.self) { try ReminderRules(reportDay: 31).validated() }
        #expect(throws: StoreError.self) { try ReminderRules(urgeEveryWorkingDays: 0).validated() }
        #expect(throws: StoreError.self) { try ReminderRules(daysBeforeDeadline: -1).validated() }
        #expect((try? ReminderRules(urgeEveryWorkingDays: 2).validated()) != nil)
    }
}
