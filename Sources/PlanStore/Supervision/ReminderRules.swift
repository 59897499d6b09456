/// When a plan's reminders and urges go out. The defaults are the office's usual practice:
/// a reminder 7 days before a deadline, the monthly report due on the 25th (reminded 3 days
/// before), an overdue task urged every 3 working days, and the leaders told from the fourth urge.
public struct ReminderRules: Sendable, Equatable, Codable {
    public var daysBeforeDeadline: Int
    /// The day of the month the monthly progress report is due (1–28).
    public var reportDay: Int
    /// How many days before `reportDay` departments are reminded.
    public var reportNoticeDays: Int
    public var urgeEveryWorkingDays: Int
    /// After this many urges the leaders are told as well.
    public var escalateAfterUrges: Int
    public var calendar: WorkingCalendar

    public init(
        daysBeforeDeadline: Int = 7, reportDay: Int = 25, reportNoticeDays: Int = 3, urgeEveryWorkingDays: Int = 3,
        escalateAfterUrges: Int = 3, calendar: WorkingCalendar = WorkingCalendar()
    ) {
        self.daysBeforeDeadline = daysBeforeDeadline
        self.reportDay = reportDay
        self.reportNoticeDays = reportNoticeDays
        self.urgeEveryWorkingDays = urgeEveryWorkingDays
        self.escalateAfterUrges = escalateAfterUrges
        self.calendar = calendar
    }

    /// Rules a person typed, checked: each field with what is wrong in it.
    public func validated() throws(StoreError) -> ReminderRules {
        guard (0...90).contains(daysBeforeDeadline) else {
            throw .invalid("到期前提醒天数应在 0–90 之间。 Days before a deadline must be 0–90.")
        }
        guard (1...28).contains(reportDay) else { throw .invalid("月报报送日应在 1–28 日之间。 The report day must be 1–28.") }
        guard (0...20).contains(reportNoticeDays), reportNoticeDays < reportDay else {
            throw .invalid("月报提前提醒天数应在 0–20 之间且早于报送日。 Report notice days must be 0–20 and before the report day.")
        }
        guard (1...30).contains(urgeEveryWorkingDays) else {
            throw .invalid("催办间隔应在 1–30 个工作日之间。 Urge every 1–30 working days.")
        }
        guard (1...20).contains(escalateAfterUrges) else {
            throw .invalid("升级前催办次数应在 1–20 之间。 Escalate after 1–20 urges.")
        }
        return self
    }
}
