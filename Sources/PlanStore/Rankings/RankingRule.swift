/// Scores and ranks the lead departments of a plan, as a pure function of its tasks, their
/// progress reports and the leaders' instructions, from 1 January of the plan year to a date.
struct RankingRule {
    /// Days from `start` to `end` on which the status rules made the task red. Between the days
    /// its inputs change (a report filed or returned, completion, the deadline passed, the
    /// reporting period run out) only expected progress moves, and it only rises: within such a
    /// stretch a task can only get worse. So each stretch needs its last day's light and, if
    /// red, a binary search for its first red day: a few evaluations, not one a day.
    func redDays(_ lead: LeadTask, from start: ISODate, to end: ISODate) -> Int {
        func red(_ day: Int) -> Bool {
            statusRule.status(
                of: lead.task, reports: lead.reports, leadDepartmentID: lead.leadDepartmentID, asOf: ISODate(dayNumber: day)
            )
            .light == .red
        }
        let first = start.dayNumber, last = end.dayNumber
        guard first <= last else { return 0 }
        let period = statusRule.reportingPeriodDays
        var changes: Set<Int> = [first, first + period + 1]
        for report in lead.reports {
            if let day = ISODate(report.reportedOn)?.dayNumber { changes.formUnion([day, day + period + 1]) }
            if let day = report.reviewedOn.flatMap({ ISODate(String($0.prefix(10))) })?.dayNumber { changes.insert(day) }
        }
        if let day = lead.task.task.completedOn.flatMap({ ISODate(String($0.prefix(10))) })?.dayNumber { changes.insert(day) }
        if let day = ISODate(lead.task.task.deadline)?.dayNumber { changes.insert(day + 1) }
        let starts = changes.filter { $0 >= first && $0 <= last }.sorted()
        var count = 0
        for (index, stretchStart) in starts.enumerated() {
            let stretchEnd = index + 1 < starts.count ? starts[index + 1] - 1 : last
            guard red(stretchEnd) else { continue }
            var (low, high) = (stretchStart, stretchEnd)  // the first red day is in low...high
            while low < high {
                let middle = (low + high) / 2
                if red(middle) { high = middle } else { low = middle + 1 }
            }
            count += stretchEnd - low + 1
        }
        return count
    }

    /// The day of the month by which each lead task's monthly report is due.
    var reportDay: Int
    var weights: RankingWeights
    var statusRule = StatusRule()

    /// One task as the ranking reads it.
    struct LeadTask {
        var task: AllocatedTask
        var leadDepartmentID: Int
        /// Its reports, oldest first.
        var reports: [ProgressReport]
    }

    func rank(_ tasks: [LeadTask], instructions: [Instruction], planYear: Int, asOf requested: ISODate) -> [DepartmentRanking] {
        let start = ISODate(year: planYear, month: 1, day: 1)
        let asOf = min(requested, ISODate.endOfYear(planYear))
        var rows: [String: DepartmentRanking] = [:]
        func row(_ department: String) -> DepartmentRanking {
            rows[department]
                ?? DepartmentRanking(
                    rank: 0, department: department, leadTasks: 0, reports: .init(count: 0, of: 0),
                    doneOnTime: .init(count: 0, of: 0),
                    redDays: 0, taskDays: 0, redScore: nil, instructions: .init(count: 0, of: 0), total: nil)
        }
        guard start <= asOf else { return [] }
        // The report days of the months so far: a month counts once its report day has come.
        let reportDays = (1...12).map { ISODate(year: planYear, month: $0, day: reportDay) }.filter { $0 <= asOf }
        for lead in tasks {
            guard let department = lead.task.lead else { continue }
            var line = row(department)
            tally(lead, into: &line, reportDays: reportDays, from: start, to: asOf, planYear: planYear)
            rows[department] = line
        }
        for instruction in instructions {
            let answerBy = ISODate(instruction.answerBy) ?? asOf
            let answered = instruction.answeredAt.flatMap { ISODate(String($0.prefix(10))) }
            guard answered != nil || answerBy < asOf else { continue }
            var line = row(instruction.department)
            let onTime = answered.map { $0 <= answerBy } ?? false
            line.instructions = .init(count: line.instructions.count + (onTime ? 1 : 0), of: line.instructions.of + 1)
            rows[instruction.department] = line
        }
        return Self.ordered(rows.values.map(scored))
    }

    /// Adds one task a department leads to its line: reports on time, done on time, red days.
    private func tally(
        _ lead: LeadTask, into line: inout DepartmentRanking, reportDays: [ISODate], from start: ISODate, to asOf: ISODate,
        planYear: Int
    ) {
        let task = lead.task.task
        line.leadTasks += 1
        let completed = task.completedOn.flatMap { ISODate(String($0.prefix(10))) }
        let byLead = lead.reports.filter { $0.departmentID == lead.leadDepartmentID && $0.reviewState != .returned }

        // Monthly reports: due each month the task was not yet done when the month began.
        var reportsDue = 0
        var reportsOnTime = 0
        for due in reportDays {
            let monthStart = ISODate(year: due.year, month: due.month, day: 1)
            if let completed, completed < monthStart { continue }
            reportsDue += 1
            if byLead.contains(where: { $0.reportedOn >= monthStart.text && $0.reportedOn <= due.text }) {
                reportsOnTime += 1
            }
        }
        line.reports = .init(count: line.reports.count + reportsOnTime, of: line.reports.of + reportsDue)

        // Done on time: judged once the task is done or its deadline has passed.
        let deadline = ISODate(task.deadline) ?? ISODate.endOfYear(planYear)
        if let completed, completed <= asOf {
            line.doneOnTime = .init(count: line.doneOnTime.count + (completed <= deadline ? 1 : 0), of: line.doneOnTime.of + 1)
        } else if deadline < asOf {
            line.doneOnTime = .init(count: line.doneOnTime.count, of: line.doneOnTime.of + 1)
        }

        // Red days: the task's light each day, as the status rules gave it that day.
        line.taskDays += asOf.dayNumber - start.dayNumber + 1
        line.redDays += redDays(lead, from: start, to: asOf)
    }

    /// A line's red-day score and weighted total (the measures with a score and a weight above 0).
    private func scored(_ line: DepartmentRanking) -> DepartmentRanking {
        var line = line
        line.redScore =
            line.taskDays > 0 ? (Double(line.taskDays - line.redDays) / Double(line.taskDays) * 1000).rounded() / 10 : nil
        let parts: [(Int, Double?)] = [
            (weights.onTimeReports, line.reports.score), (weights.doneOnTime, line.doneOnTime.score),
            (weights.redDays, line.redScore), (weights.instructions, line.instructions.score),
        ]
        let counted = parts.compactMap { weight, score in score.map { (Double(weight), $0) } }.filter { $0.0 > 0 }
        let weight = counted.map(\.0).reduce(0, +)
        line.total = weight > 0 ? (counted.map { $0.0 * $0.1 }.reduce(0, +) / weight * 10).rounded() / 10 : nil
        return line
    }

    /// Highest total first (no total last, then by name); equal totals share a rank.
    private static func ordered(_ lines: [DepartmentRanking]) -> [DepartmentRanking] {
        var ranked = lines.sorted { left, right in
            switch (left.total, right.total) {
            case let (l?, r?) where l != r: return l > r
            case (.some, nil): return true
            case (nil, .some): return false
            default: return left.department < right.department
            }
        }
        for index in ranked.indices {
            let tied = index > 0 && ranked[index].total == ranked[index - 1].total
            ranked[index].rank = tied ? ranked[index - 1].rank : index + 1
        }
        return ranked
    }
}
