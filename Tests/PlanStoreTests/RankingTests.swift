import Foundation
import Testing

@testable import PlanStore

/// The year-end ranking (考核): the measures on made-up tasks, then the store on both engines.
@Suite("Rankings (考核)")
struct RankingTests {
    static func lead(
        _ id: Int, _ department: String, departmentID: Int, deadline: String, completedOn: String? = nil,
        reports: [ProgressReport] = []
    )
        -> RankingRule.LeadTask
    {
        RankingRule.LeadTask(
            task: AllocatedTask(
                task: TaskRecord(
                    id: id, jurisdictionID: 1, reportID: 1, planYear: 2022, sectionPath: nil, horizon: "year", text: "任务\(id)",
                    startOffset: id, endOffset: id + 1, vague: false, targetValue: nil, targetUnit: nil, targetComparator: nil,
                    deadline: deadline, origin: .extracted, state: .active, completedOn: completedOn, rowVersion: 1,
                    createdAt: "", updatedAt: ""),
                assignments: [Assignment(department: department, role: .lead)]),
            leadDepartmentID: departmentID, reports: reports)
    }

    static func report(_ taskID: Int, by department: Int, on date: String, percent: Double) -> ProgressReport {
        ProgressReport(
            id: taskID * 100, taskID: taskID, departmentID: department, reportedOn: date, narrative: "进展", value: nil,
            percent: percent,
            evidenceID: nil, evidenceName: nil, completionRequested: false, behindReason: nil, reviewState: .pending,
            reviewComment: nil, reviewedBy: nil, reviewedOn: nil, createdBy: "x", createdAt: "")
    }

    static func instruction(_ department: String, answerBy: String, answeredOn: String? = nil) -> Instruction {
        Instruction(
            id: 1, planYear: 2022, taskID: nil, taskText: nil, department: department, author: "李区长", text: "请抓紧。",
            answerBy: answerBy,
            createdAt: "2022-01-02T08:00:00Z", acknowledgedAt: nil, acknowledgedBy: nil, answer: answeredOn.map { _ in "已办" },
            answeredAt: answeredOn.map { $0 + "T09:00:00Z" }, answeredBy: nil, rowVersion: 1)
    }

    /// January 2022, report day the 25th: A and F report on time and are never red; B's task is
    /// overdue from the 11th and never reported, but B answered its instruction early; C finished
    /// early and left an instruction unanswered; D answered late; E's instruction is not yet due.
    static let january: ([RankingRule.LeadTask], [Instruction]) = (
        [
            lead(1, "A", departmentID: 1, deadline: "2022-12-31", reports: [report(1, by: 1, on: "2022-01-20", percent: 10)]),
            lead(2, "B", departmentID: 2, deadline: "2022-01-10"),
            lead(
                3, "C", departmentID: 3, deadline: "2022-06-30", completedOn: "2022-01-15",
                reports: [report(3, by: 3, on: "2022-01-14", percent: 100)]),
            lead(4, "F", departmentID: 6, deadline: "2022-12-31", reports: [report(4, by: 6, on: "2022-01-20", percent: 10)]),
            // A report by a co-responsible department is not the lead's report.
            lead(5, "B", departmentID: 2, deadline: "2022-12-31", reports: [report(5, by: 9, on: "2022-01-20", percent: 10)]),
        ],
        [
            instruction("B", answerBy: "2022-01-15", answeredOn: "2022-01-14"),
            instruction("C", answerBy: "2022-01-20"),
            instruction("D", answerBy: "2022-01-10", answeredOn: "2022-01-12"),
            instruction("E", answerBy: "2022-02-10"),
        ]
    )

    @Test(
        "each measure counts what it says; the weighted total uses only the measures a department has; equal totals share a place"
    )
    func measures() {
        let (tasks, instructions) = Self.january
        // act
        let rows = RankingRule(reportDay: 25, weights: RankingWeights()).rank(
            tasks, instructions: instructions, planYear: 2022, asOf: ISODate("2022-01-31")!)
        let byName = Dictionary(uniqueKeysWithValues: rows.map { ($0.department, $0) })
        // check
        #expect(rows.map(\.department) == ["A", "F", "C", "B", "D"])
        #expect(rows.map(\.rank) == [1, 1, 3, 4, 5])
        let a = try! #require(byName["A"])
        #expect(a.reports == .init(count: 1, of: 1))
        #expect(a.doneOnTime.of == 0 && a.doneOnTime.score == nil)  // nothing due yet
        #expect(a.redDays == 0 && a.taskDays == 31)
        #expect(a.total == 100)  // (30·100 + 25·100) / 55
        let b = try! #require(byName["B"])
        #expect(b.leadTasks == 2)
        #expect(b.reports == .init(count: 0, of: 2))
        #expect(b.doneOnTime == .init(count: 0, of: 1))
        #expect(b.redDays == 21)  // overdue from 11 January
        #expect(b.taskDays == 62)
        #expect(b.redScore == 66.1)  // 41 of 62 days not red
        #expect(b.instructions == .init(count: 1, of: 1))
        #expect(b.total == 31.5)  // (30·0 + 30·0 + 25·66.1 + 15·100) / 100
        let c = try! #require(byName["C"])
        #expect(c.reports == .init(count: 1, of: 1))
        #expect(c.doneOnTime == .init(count: 1, of: 1))
        #expect(c.instructions == .init(count: 0, of: 1))
        #expect(c.total == 85)
        #expect(byName["D"]?.leadTasks == 0)
        #expect(byName["D"]?.total == 0)
        #expect(byName["E"] == nil)
    }

    @Test("red days counted stretch by stretch equal the light of every single day, on many made-up tasks")
    func redDaysAgreeWithEveryDay() {
        var generator = SystemRandomNumberGenerator()
        let rule = RankingRule(reportDay: 25, weights: RankingWeights())
        let start = ISODate("2022-01-01")!, end = ISODate("2022-12-31")!
        for id in 1...60 {
            let deadline = ISODate(dayNumber: start.dayNumber + Int.random(in: 20...400, using: &generator))
            var reports: [ProgressReport] = []
            var day = start.dayNumber + Int.random(in: 0...60, using: &generator)
            var percent = 0.0
            while day <= end.dayNumber, reports.count < 12 {
                percent = min(100, percent + Double.random(in: 0...20, using: &generator))
                var report = Self.report(id, by: 1, on: ISODate(dayNumber: day).text, percent: percent)
                if Int.random(in: 0..<8, using: &generator) == 0 {
                    report.reviewState = .returned
                    report.reviewedOn = ISODate(dayNumber: day + 5).text
                }
                reports.append(report)
                day += Int.random(in: 10...70, using: &generator)
            }
            let completed =
                Bool.random(using: &generator)
                ? ISODate(dayNumber: start.dayNumber + Int.random(in: 30...360, using: &generator)).text : nil
            let task = Self.lead(id, "A", departmentID: 1, deadline: deadline.text, completedOn: completed, reports: reports)
            // act
            let counted = rule.redDays(task, from: start, to: end)
            let daily = (start.dayNumber...end.dayNumber).filter {
                StatusRule().status(of: task.task, reports: reports, leadDepartmentID: 1, asOf: ISODate(dayNumber: $0)).light
                    == .red
            }.count
            // check
            #expect(
                counted == daily, "task \(id): deadline \(deadline.text), completed \(completed ?? "-"), \(reports.count) reports"
            )
        }
    }

    @Test("weights decide: with only instructions weighed, those without any are ranked last, unscored")
    func weightsDecide() {
        let (tasks, instructions) = Self.january
        // act
        let rows = RankingRule(
            reportDay: 25, weights: RankingWeights(onTimeReports: 0, doneOnTime: 0, redDays: 0, instructions: 100)
        )
        .rank(tasks, instructions: instructions, planYear: 2022, asOf: ISODate("2022-01-31")!)
        // check
        #expect(rows.map(\.department) == ["B", "C", "D", "A", "F"])
        #expect(rows.map(\.total) == [100, 0, 0, nil, nil])
        #expect(rows.map(\.rank) == [1, 2, 2, 4, 4])
    }

    @Test(
        "in the store: reports, completions and instructions are counted; red days agree with the status of each day; weights are kept and audited",
        arguments: TestEngine.available)
    func inTheStore(_ engine: TestEngine) async throws {
        let (test, tasks) = try await ProgressTests.assigned(engine)
        let store = test.store
        _ = try await store.publish(jurisdiction: "白水区", planYear: 2022, actor: "督查室")
        let (waste, clinic, houses) = (tasks[0], tasks[1], tasks[2])  // 区城管局, 区卫健委, 区住建局
        for date in ["2022-01-20", "2022-02-24", "2022-03-20"] {
            _ = try await store.fileProgress(
                ProgressInput(taskID: waste.id, department: "区城管局", reportedOn: date, narrative: "推进中", value: 1, actor: "城管局"))
        }
        _ = try await store.fileProgress(
            ProgressInput(
                taskID: clinic.id, department: "区卫健委", reportedOn: "2022-01-28", narrative: "选址", percent: 5, actor: "卫健委"))
        _ = try await store.fileProgress(
            ProgressInput(
                taskID: clinic.id, department: "区卫健委", reportedOn: "2022-03-10", narrative: "设计", percent: 10, actor: "卫健委"))
        let done = try await store.fileProgress(
            ProgressInput(
                taskID: houses.id, department: "区住建局", reportedOn: "2022-02-10", narrative: "全部完成", value: 82,
                completionRequested: true, actor: "住建局"))
        _ = try await store.review(reportID: done.id, accept: true, comment: "同意", actor: "督查室", on: "2022-02-15")
        _ = try await store.giveInstruction(
            NewInstruction(department: "区卫健委", text: "加快疾控中心前期工作。", answerBy: "2022-03-10", author: "李区长"),
            jurisdiction: "白水区", planYear: 2022, today: ISODate("2022-03-01")!)
        let asOf = ISODate("2022-03-31")!
        // act
        let ranking = try await store.ranking(jurisdiction: "白水区", planYear: 2022, asOf: asOf)
        var redOracle: [Int: Int] = [:]
        for day in ISODate("2022-01-01")!.dayNumber...asOf.dayNumber {
            for status in try await store.status(jurisdiction: "白水区", planYear: 2022, asOf: ISODate(dayNumber: day))
            where status.light == .red {
                redOracle[status.taskID, default: 0] += 1
            }
        }
        let defaults = try await store.rankingWeights(jurisdiction: "白水区", planYear: 2022)
        let allZero = await #expect(throws: StoreError.self) {
            try await store.setRankingWeights(
                .init(onTimeReports: 0, doneOnTime: 0, redDays: 0, instructions: 0), jurisdiction: "白水区", planYear: 2022,
                actor: "督查室")
        }
        let tooBig = await #expect(throws: StoreError.self) {
            try await store.setRankingWeights(.init(onTimeReports: 101), jurisdiction: "白水区", planYear: 2022, actor: "督查室")
        }
        try await store.setRankingWeights(
            .init(onTimeReports: 50, doneOnTime: 50, redDays: 0, instructions: 0), jurisdiction: "白水区", planYear: 2022,
            actor: "督查室")
        let reweighed = try await store.ranking(jurisdiction: "白水区", planYear: 2022, asOf: asOf)
        let log = try await store.auditLog(jurisdiction: "白水区", entity: "ranking_weights", id: 2022)
        let later = try await store.ranking(jurisdiction: "白水区", planYear: 2022, asOf: ISODate("2023-05-01")!)
        await test.finish()
        // check
        let rows = Dictionary(uniqueKeysWithValues: ranking.rows.map { ($0.department, $0) })
        let waster = try #require(rows["区城管局"])
        let health = try #require(rows["区卫健委"])
        let housing = try #require(rows["区住建局"])
        #expect(waster.reports == .init(count: 3, of: 3))
        #expect(health.reports == .init(count: 1, of: 3))  // January late, none in February
        #expect(housing.reports == .init(count: 1, of: 2))  // done in February: not due in March
        #expect(housing.doneOnTime == .init(count: 1, of: 1))
        #expect(health.instructions == .init(count: 0, of: 1))
        #expect(waster.instructions.of == 0)
        #expect(waster.redDays == redOracle[waste.id, default: 0])
        #expect(health.redDays == redOracle[clinic.id, default: 0])
        #expect(housing.redDays == redOracle[houses.id, default: 0])
        #expect(waster.taskDays == 90)
        #expect(ranking.rows.map(\.department) == ["区城管局", "区住建局", "区卫健委"])  // all reports on time, never red, first
        #expect(defaults == RankingWeights())
        #expect(allZero?.errorDescription?.contains("不能全为 0") == true)
        #expect(tooBig?.errorDescription?.contains("0–100") == true)
        #expect(reweighed.weights.onTimeReports == 50)
        // Only reports and completions weigh now: 住建局 (50 and 100) leads, 城管局 has reports alone.
        #expect(reweighed.rows.first { $0.department == "区住建局" }?.total == 75)
        #expect(reweighed.rows.first { $0.department == "区城管局" }?.total == 100)
        #expect(log.count == 1)
        #expect(later.asOf == "2022-12-31")
    }
}
