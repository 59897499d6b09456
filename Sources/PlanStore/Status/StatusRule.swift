/// The traffic-light rules of DESIGN.md, as a pure function of a task, its progress reports
/// and a date.
///
/// Expected progress at d for a task due at D that started at S is (d − S) / (D − S). Actual
/// progress is value / target for a numeric target (`lte`: kept while under it), else the
/// percent last reported. Green: actual ≥ expected − 10 points; yellow: within 25; red: behind
/// more, past due and not done, or no report for longer than the reporting period. Done only
/// from the day the office accepted the completion.
import ReportExtraction

public struct StatusRule: Sendable {
    /// How long a department may go without reporting before the task turns red.
    public var reportingPeriodDays: Int

    public init(reportingPeriodDays: Int = 31) {
        self.reportingPeriodDays = reportingPeriodDays
    }

    public func status(
        of task: AllocatedTask, reports: [ProgressReport], leadDepartmentID: Int?, asOf date: ISODate
    ) -> TaskStatus {
        let record = task.task
        let today = date.text
        let start = ISODate(year: record.planYear, month: 1, day: 1)
        let deadline = ISODate(record.deadline) ?? ISODate(year: record.planYear, month: 12, day: 31)
        let span = max(deadline.dayNumber - start.dayNumber, 1)
        let elapsed = min(max(date.dayNumber - start.dayNumber, 0), span)
        let expected = (Double(elapsed) / Double(span) * 100).rounded()
        // Reports count once filed on or before the date, unless the office had returned them
        // by then: a later return does not rewrite an earlier picture.
        let counted = reports.filter {
            $0.reportedOn <= today && ($0.reviewState != .returned || ($0.reviewedOn ?? "") > today)
        }
        // Each department's latest report (reports come oldest first); usually one or two.
        var latestByDepartment: [(department: Int, report: ProgressReport)] = []
        for report in counted {
            if let index = latestByDepartment.firstIndex(where: { $0.department == report.departmentID }) {
                latestByDepartment[index].report = report
            } else {
                latestByDepartment.append((report.departmentID, report))
            }
        }
        let last = counted.last
        let (actual, currentValue) = progress(of: record, latestByDepartment, leadDepartmentID: leadDepartmentID)
        let (state, light, why) = judge(
            record, asOf: date, deadline: deadline, last: last, elapsed: elapsed, expected: expected, actual: actual)
        return TaskStatus(
            taskID: record.id, section: record.sectionPath, text: record.text, lead: task.lead,
            coResponsible: task.coResponsible, deadline: record.deadline, targetValue: record.targetValue,
            targetUnit: record.targetUnit, expected: expected, actual: actual, currentValue: currentValue,
            lastReportedOn: last?.reportedOn, behindReason: last?.behindReason, state: state, light: light, why: why)
    }

    /// How far a task is, in percent to one decimal: against its target, the departments' latest
    /// values added up (and that total); without one, the lead's latest percent, else the mean
    /// of the departments'.
    private func progress(
        of record: TaskRecord, _ latestByDepartment: [(department: Int, report: ProgressReport)], leadDepartmentID: Int?
    ) -> (actual: Double?, currentValue: Double?) {
        var actual: Double?
        var currentValue: Double?
        if let target = record.targetValue, target > 0 {
            let values = latestByDepartment.compactMap(\.report.value)
            if !values.isEmpty {
                let total = values.reduce(0, +)
                currentValue = total
                actual = record.targetComparator == .lte ? (total <= target ? 100 : 0) : min(total / target * 100, 100)
            }
        }
        if actual == nil {
            let percents = latestByDepartment.compactMap { entry in entry.report.percent.map { (entry.department, $0) } }
            if let lead = percents.first(where: { $0.0 == leadDepartmentID }) {
                actual = lead.1
            } else if !percents.isEmpty {
                actual = percents.map(\.1).reduce(0, +) / Double(percents.count)
            }
        }
        // Percent to one decimal: 30 + 25 of 100 is 55%, not 55.00000000000001%.
        return (actual.map { ($0 * 10).rounded() / 10 }, currentValue)
    }

    /// The state, light and reason, in the rules' order: dropped, done, overdue, silent too
    /// long, never reported, else how far progress lags the time gone.
    private func judge(
        _ record: TaskRecord, asOf date: ISODate, deadline: ISODate, last: ProgressReport?, elapsed: Int, expected: Double,
        actual: Double?
    ) -> (TaskStatus.State, TaskStatus.Light, TaskStatus.Why) {
        if record.state != .active { return (.dropped, .none, .dropped) }
        if let completed = record.completedOn, completed <= date.text { return (.done, .green, .done(on: completed)) }
        if date > deadline { return (.overdue, .red, .overdue(deadline: record.deadline)) }
        if let last, date.dayNumber - (ISODate(last.reportedOn)?.dayNumber ?? 0) > reportingPeriodDays {
            return (.behind, .red, .silent(since: last.reportedOn, days: reportingPeriodDays))
        }
        if last == nil {
            return elapsed > reportingPeriodDays
                ? (.behind, .red, .neverReported(days: elapsed)) : (.notStarted, .green, .notYetDue)
        }
        let gap = expected - (actual ?? 0)
        if gap <= 10 { return (.onTrack, .green, .progress) }
        if gap <= 25 { return (.atRisk, .yellow, .progress) }
        return (.behind, .red, .progress)
    }

}
