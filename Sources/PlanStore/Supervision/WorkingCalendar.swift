/// Which days the offices work: Monday to Friday, less public holidays, plus the weekend days
/// worked to make up for them (调休). Urging counts working days, not calendar days.
public struct WorkingCalendar: Sendable, Equatable, Codable {
    /// Weekdays off (`2022-10-03`).
    public var holidays: Set<String>
    /// Weekend days worked (`2022-10-08`).
    public var makeUpWorkdays: Set<String>

    public init(holidays: Set<String> = [], makeUpWorkdays: Set<String> = []) {
        self.holidays = holidays
        self.makeUpWorkdays = makeUpWorkdays
    }

    public func isWorkingDay(_ date: ISODate) -> Bool {
        if makeUpWorkdays.contains(date.text) { return true }
        if holidays.contains(date.text) { return false }
        return date.weekday <= 5
    }

    /// The working days after `start` up to and including `end`, in order.
    public func workingDays(after start: ISODate, through end: ISODate) -> [ISODate] {
        guard start < end else { return [] }
        return (start.dayNumber + 1...end.dayNumber).map(ISODate.init(dayNumber:)).filter(isWorkingDay)
    }
}

extension ISODate {
    /// 1 for Monday … 7 for Sunday (1970-01-01 was a Thursday).
    public var weekday: Int {
        let days = dayNumber
        return ((days % 7 + 7) % 7 + 3) % 7 + 1
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        // Inverse of `dayNumber` (Howard Hinnant's civil_from_days).
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> ISODate { ISODate(dayNumber: dayNumber + days) }
}
