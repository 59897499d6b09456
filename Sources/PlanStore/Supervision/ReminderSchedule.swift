/// Which reminders a plan owes on a date: a pure function of the rules, the tasks' status and
/// the date. Each occasion has one key; after downtime only the latest occasion of each kind is
/// owed (a fourth urge, not the second, third and fourth at once).
public struct ReminderSchedule: Sendable {
    public var rules: ReminderRules
    /// The plan's year and jurisdiction, which are in every key.
    public var jurisdiction: String
    public var planYear: Int
    /// Department ids by name, for the tasks' lead and co-responsible departments.
    public var departmentIDs: [String: Int]

    public init(rules: ReminderRules, jurisdiction: String, planYear: Int, departmentIDs: [String: Int]) {
        self.rules = rules
        self.jurisdiction = jurisdiction
        self.planYear = planYear
        self.departmentIDs = departmentIDs
    }

    /// The reminders owed on `date` for tasks whose status (as of `date`) is `statuses`.
    public func due(on date: ISODate, statuses: [TaskStatus]) -> [Reminder] {
        let open = statuses.filter { $0.state != .done && $0.state != .dropped }.sorted { $0.taskID < $1.taskID }
        var reminders: [Reminder] = []
        for status in open {
            guard let deadline = ISODate(status.deadline) else { continue }
            if date <= deadline {
                reminders += deadlineSoon(status, deadline: deadline, on: date)
            } else {
                reminders += urges(status, deadline: deadline, on: date)
            }
        }
        reminders += reportsDue(open, on: date)
        return reminders
    }

    private func departments(of status: TaskStatus) -> [(id: Int, name: String)] {
        ([status.lead].compactMap { $0 } + status.coResponsible).compactMap { name in departmentIDs[name].map { ($0, name) } }
    }

    private func deadlineSoon(_ status: TaskStatus, deadline: ISODate, on date: ISODate) -> [Reminder] {
        let notice = deadline.adding(days: -rules.daysBeforeDeadline)
        guard date >= notice else { return [] }
        let left = deadline.dayNumber - date.dayNumber
        return departments(of: status).map { department in
            Reminder(
                kind: .deadlineSoon, audience: .department(id: department.id, name: department.name), taskID: status.taskID,
                dueOn: notice.text, key: "deadline_soon:\(status.taskID):\(deadline.text):\(department.id)",
                subject: "【到期提醒】「\(Self.short(status.text, 16))」将于 \(deadline.text) 到期",
                body: """
                    \(department.name)：任务「\(Self.short(status.text))」将于 \(deadline.text) 到期（\(left == 0 ? "今天到期" : "还有 \(left) 天")），\
                    目前\(status.state.chinese)。请抓紧推进，按期报送完成情况。
                    """)
        }
    }

    /// The n-th urge falls on the working day 1 + (n − 1) × every after the deadline; the lead
    /// department is urged, and from the urge after `escalateAfterUrges` the leaders are told too.
    private func urges(_ status: TaskStatus, deadline: ISODate, on date: ISODate) -> [Reminder] {
        let workingDays = rules.calendar.workingDays(after: deadline, through: date)
        guard !workingDays.isEmpty, let lead = status.lead, let leadID = departmentIDs[lead] else { return [] }
        let count = 1 + (workingDays.count - 1) / rules.urgeEveryWorkingDays
        let dueOn = workingDays[(count - 1) * rules.urgeEveryWorkingDays]
        let late = date.dayNumber - deadline.dayNumber
        let escalated = count > rules.escalateAfterUrges
        let task = Self.short(status.text)
        var reminders = [
            Reminder(
                kind: .overdueUrge, audience: .department(id: leadID, name: lead), taskID: status.taskID, dueOn: dueOn.text,
                key: "overdue_urge:\(status.taskID):\(deadline.text):\(count)",
                subject: "【催办】第 \(count) 次催办：「\(Self.short(status.text, 16))」已逾期 \(late) 天",
                body: """
                    \(lead)：你单位牵头的任务「\(task)」已于 \(deadline.text) 到期，至今未完成（逾期 \(late) 天）。\
                    这是第 \(count) 次催办，请于 \(rules.urgeEveryWorkingDays) 个工作日内报送进展和完成时限。\
                    \(escalated ? "此事已报告领导。" : "")
                    """)
        ]
        if escalated {
            reminders.append(
                Reminder(
                    kind: .escalation, audience: .leaders, taskID: status.taskID, dueOn: dueOn.text,
                    key: "escalation:\(status.taskID):\(deadline.text):\(count)",
                    subject: "【督办升级】「\(Self.short(status.text, 16))」逾期 \(late) 天，经 \(count - 1) 次催办仍未完成",
                    body: """
                        任务「\(task)」（牵头单位：\(lead)）已于 \(deadline.text) 到期，经 \(count - 1) 次催办仍未完成，\
                        逾期 \(late) 天。请领导督办。
                        """))
        }
        return reminders
    }

    /// From `reportNoticeDays` before the report day to the month's end: each department that
    /// leads open tasks not yet reported this month, once a month.
    private func reportsDue(_ open: [TaskStatus], on date: ISODate) -> [Reminder] {
        guard date.year == planYear else { return [] }
        let reportDay = ISODate(year: date.year, month: date.month, day: rules.reportDay)
        let notice = reportDay.adding(days: -rules.reportNoticeDays)
        guard date >= notice else { return [] }
        let monthStart = ISODate(year: date.year, month: date.month, day: 1).text
        let month = String(monthStart.prefix(7))
        var unreported: [Int: (name: String, tasks: [TaskStatus])] = [:]
        for status in open where (status.lastReportedOn ?? "") < monthStart {
            guard let lead = status.lead, let id = departmentIDs[lead], let deadline = ISODate(status.deadline),
                deadline >= notice
            else { continue }
            unreported[id, default: (lead, [])].tasks.append(status)
        }
        return unreported.keys.sorted().map { id in
            let (name, tasks) = unreported[id]!
            let list = tasks.prefix(5).enumerated().map { "\($0.offset + 1). \(Self.short($0.element.text))" }.joined(
                separator: "\n")
            let more = tasks.count > 5 ? "\n……共 \(tasks.count) 项" : ""
            let when = date > reportDay ? "已过本月报送日 \(reportDay.text)，请尽快报送" : "请于 \(reportDay.text) 前报送"
            return Reminder(
                kind: .reportDue, audience: .department(id: id, name: name), taskID: nil, dueOn: notice.text,
                key: "report_due:\(jurisdiction):\(month):\(id)",
                subject: "【报送提醒】\(date.month) 月进展请于 \(rules.reportDay) 日前报送",
                body: "\(name)：\(when)。以下 \(tasks.count) 项牵头任务本月尚未报送进展：\n\(list)\(more)")
        }
    }

    /// A task's words cut to a line.
    /// A task's text cut to `length` characters: enough to recognise it in a subject line or a list.
    static func short(_ text: String, _ length: Int = 40) -> String {
        text.count > length ? String(text.prefix(length)) + "…" : text
    }
}
