import ReportExtraction
import Testing

@testable import PlanStore

/// The traffic-light rules on made-up tasks: a pure function, no database.
@Suite("Status rules")
struct StatusRuleTests {
    static func task(target: Double? = 100, comparator: Comparator = .eq, completedOn: String? = nil) -> AllocatedTask {
        AllocatedTask(
            task: TaskRecord(
                id: 7, jurisdictionID: 1, reportID: 1, planYear: 2022, sectionPath: "3.5", horizon: "year",
                text: "改造老旧小区100个", startOffset: 0, endOffset: 10, vague: false, targetValue: target,
                targetUnit: target == nil ? nil : "个", targetComparator: target == nil ? nil : comparator,
                deadline: "2022-12-31", origin: .extracted, state: .active, completedOn: completedOn, rowVersion: 1,
                createdAt: "", updatedAt: ""),
            assignments: [Assignment(department: "区住建局", role: .lead), Assignment(department: "区城管局", role: .co)])
    }

    static func report(
        _ on: String, department: Int = 1, value: Double? = nil, percent: Double? = nil,
        review: ProgressReport.Review = .pending
    ) -> ProgressReport {
        ProgressReport(
            id: 1, taskID: 7, departmentID: department, reportedOn: on, narrative: "进展", value: value, percent: percent,
            evidenceID: nil, evidenceName: nil, completionRequested: false, behindReason: nil, reviewState: review,
            reviewComment: nil, reviewedBy: nil, reviewedOn: nil, createdBy: "x", createdAt: "")
    }

    static func returned(_ report: ProgressReport, on date: String) -> ProgressReport {
        var report = report
        report.reviewedOn = date
        return report
    }

    static func status(_ task: AllocatedTask, _ reports: [ProgressReport], _ date: String) -> TaskStatus {
        StatusRule().status(of: task, reports: reports, leadDepartmentID: 1, asOf: ISODate(date)!)
    }

    @Test(
        "green within 10 points of expected, yellow within 25, red beyond",
        arguments: [(45.0, TaskStatus.Light.green), (30, .yellow), (10, .red)])
    func lights(_ value: Double, _ light: TaskStatus.Light) {
        let status = Self.status(Self.task(), [Self.report("2022-06-25", value: value)], "2022-07-02")
        #expect(status.expected == 50)
        #expect(status.light == light)
    }

    @Test("a percent explains itself: expected, reported, date and light")
    func explanation() {
        let status = Self.status(Self.task(target: nil), [Self.report("2022-07-25", percent: 31)], "2022-07-31")
        #expect(status.light == .red)
        #expect(status.explanation == "应完成 58%，已报 31%（2022-07-25） → ■ 红")
    }

    @Test("past the deadline and not done is red; done needs the office's acceptance, as of its date")
    func overdueAndDone() {
        #expect(Self.status(Self.task(), [Self.report("2022-12-20", value: 100)], "2023-01-05").state == .overdue)
        let done = Self.task(completedOn: "2022-11-30")
        #expect(Self.status(done, [Self.report("2022-11-30", value: 100)], "2022-12-01").state == .done)
        #expect(Self.status(done, [Self.report("2022-11-20", value: 90)], "2022-11-25").state != .done)
    }

    @Test("no report for longer than the reporting period is red; early on, no report is fine")
    func silence() {
        #expect(Self.status(Self.task(), [Self.report("2022-03-01", value: 50)], "2022-07-01").state == .behind)
        #expect(Self.status(Self.task(), [], "2022-01-20").state == .notStarted)
        #expect(Self.status(Self.task(), [], "2022-03-20").light == .red)
    }

    @Test("a report returned later still counts in the picture of a date before its return")
    func laterReturn() {
        var returned = Self.report("2022-06-20", value: 45, review: .returned)
        returned.reviewedOn = "2022-07-15"
        #expect(Self.status(Self.task(), [returned], "2022-07-02").actual == 45)
        #expect(Self.status(Self.task(), [returned], "2022-07-20").actual == nil)
    }

    @Test("co-responsible parts add up toward the target; a returned report does not count")
    func rollUp() {
        let reports = [
            Self.report("2022-06-20", department: 1, value: 30), Self.report("2022-06-25", department: 2, value: 25),
            Self.returned(Self.report("2022-06-28", department: 2, value: 90, review: .returned), on: "2022-06-29"),
        ]
        let status = Self.status(Self.task(), reports, "2022-07-02")
        #expect(status.currentValue == 55)
        #expect(status.actual == 55)
    }

    @Test("a ceiling (lte) target is kept while the value stays under it")
    func ceiling() {
        let kept = Self.status(Self.task(target: 5, comparator: .lte), [Self.report("2022-06-30", value: 4.2)], "2022-07-02")
        let broken = Self.status(Self.task(target: 5, comparator: .lte), [Self.report("2022-06-30", value: 5.6)], "2022-07-02")
        #expect(kept.light == .green)
        #expect(broken.light == .red)
    }

    @Test("dates are checked: 2022-02-30 is not a date, 2024-02-29 is")
    func dates() {
        #expect(ISODate("2022-02-30") == nil)
        #expect(ISODate("2024-02-29") != nil)
        #expect(ISODate("2022-6-30") == nil)
        #expect(ISODate("2022-12-31")!.dayNumber - ISODate("2022-01-01")!.dayNumber == 364)
    }
}
