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
        actual = actual.map { ($0 * 10).rounded() / 10 }
        var state: TaskStatus.State
        var light: TaskStatus.Light
        var why: TaskStatus.Why
        if record.state != .active {
            (state, light, why) = (.dropped, .none, .dropped)
        } else if let completed = record.completedOn, completed <= today {
            (state, light, why) = (.done, .green, .done(on: completed))
        } else if date > deadline {
            (state, light, why) = (.overdue, .red, .overdue(deadline: record.deadline))
        } else if let last, date.dayNumber - (ISODate(last.reportedOn)?.dayNumber ?? 0) > reportingPeriodDays {
            (state, light, why) = (.behind, .red, .silent(since: last.reportedOn, days: reportingPeriodDays))
        } else if last == nil {
            if elapsed > reportingPeriodDays {
                (state, light, why) = (.behind, .red, .neverReported(days: elapsed))
            } else {
                (state, light, why) = (.notStarted, .green, .notYetDue)
            }
        } else {
            let gap = expected - (actual ?? 0)
            if gap <= 10 {
                (state, light) = (.onTrack, .green)
            } else if gap <= 25 {
                (state, light) = (.atRisk, .yellow)
            } else {
                (state, light) = (.behind, .red)
            }
            why = .progress
        }
        return TaskStatus(
            taskID: record.id, section: record.sectionPath, text: record.text, lead: task.lead,
            coResponsible: task.coResponsible, deadline: record.deadline, targetValue: record.targetValue,
            targetUnit: record.targetUnit, expected: expected, actual: actual, currentValue: currentValue,
            lastReportedOn: last?.reportedOn, behindReason: last?.behindReason, state: state, light: light, why: why)
    }

}
