import DemoData
import Foundation
import PlanStore
import ReportExtraction

/// A store filled for a demonstration: the fixture report imported, a department directory, the
/// allocation drafted from the suggestions and published, progress over the year so far (some
/// tasks done, some behind, some silent), reviews, a deadline request, one user per role, and
/// the next year's report, whose review judges the plan.
///
/// The report is imported as this year's plan, whatever year its text names, so that the demo is
/// live: what a user files and the office accepts today shows on the dashboard at once.
public enum DemoPlan {
    /// The password of every demo user.
    public static let password = "luoshi-demo"

    /// The demo users: login, name, role, department.
    public static let users: [(login: String, name: String, role: User.Role, department: String?)] = [
        ("office", "督查室 王主任", .officeAdmin, nil),
        ("staff", "督查室 李干事", .officeStaff, nil),
        ("leader", "张区长", .leader, nil),
        ("zhujian", "住建局 赵科长", .department, "玉泉区住房和城乡建设局"),
        ("jiaoyu", "教育局 钱科长", .department, "玉泉区教育局"),
    ]

    /// The demo report compiled into the program: the 2022 work report of 玉泉区.
    public static let report = DemoTexts.report

    /// The next year's report compiled into the program: made up in the style of the demo
    /// report, its review judges the demo plan so that every outcome of a verdict shows.
    public static let nextReport = DemoTexts.nextReport

    /// The demo department directory compiled into the program (CSV: 名称,简称,上级,关键词).
    public static let departments = DemoTexts.departments

    /// Fills `store` (expected empty) from a report's text and a department directory (CSV);
    /// returns the jurisdiction. By default, the demo data compiled into the program.
    @discardableResult
    public static func load(
        into store: PlanStore, report text: String = report, departments directory: String = departments, hasher: PasswordHasher
    )
        async throws -> String
    {
        let today = ISODate.today
        let imported = try await store.importReport(text: text, planYear: today.year)
        let jurisdiction = imported.jurisdiction
        let year = imported.planYear
        let entries = try DepartmentDirectory.entries(directory)
        _ = try await store.importDepartments(entries, jurisdiction: jurisdiction, actor: "演示")
        let allocated = try await allocate(store: store, jurisdiction: jurisdiction, year: year)

        // Monthly reports on the 25th up to today, reviewed two days later; the latest month's wait for review.
        let lastMonth = today.day >= 25 ? today.month : today.month - 1
        let (inputs, completions) = monthlyReports(allocated, year: year, through: lastMonth)
        let reports = try await store.fileProgress(inputs)
        let latest = String(format: "%04d-%02d", year, lastMonth)
        for report in reports where !report.reportedOn.hasPrefix(latest) {
            let day = String(report.reportedOn.prefix(8)) + "27"
            _ = try await store.review(reportID: report.id, accept: true, actor: "督查室 李干事", on: day)
        }

        let hashed = try await hasher.hash(password)
        for user in users {
            _ = try await store.createUser(
                NewUser(
                    login: user.login, displayName: user.name, role: user.role, department: user.department, passwordHash: hashed),
                jurisdiction: jurisdiction, actor: "演示")
        }
        // The next year's report: its review judges this plan (the 年度兑现 page); its own plan
        // waits, unpublished, for next year. Only with the built-in report, which it reviews.
        if text == report { try await judgeByNextYear(store: store, jurisdiction: jurisdiction, year: year) }
        // One request waiting for the office.
        if let open = allocated.first(where: { $0.lead == "玉泉区住房和城乡建设局" && !completions.contains($0.task.id) }) {
            _ = try await store.requestDeadlineChange(
                taskID: open.task.id, department: "玉泉区住房和城乡建设局", requestedDeadline: "\(year + 1)-06-30",
                reason: "冬季停工，部分工程顺延至次年。", actor: "住建局 赵科长")
        }
        // A slow task of the housing bureau, not done: the one the office brought forward and urges.
        let urged = allocated.first {
            $0.lead == "玉泉区住房和城乡建设局" && !completions.contains($0.task.id)
                && [.slow, .stalled].contains(Pace(taskID: $0.task.id).kind)
        }
        try await superviseRecentWeeks(store: store, jurisdiction: jurisdiction, year: year, today: today, overdue: urged)
        let done = allocated.first { completions.contains($0.task.id) }
        try await commentOnPortal(store: store, jurisdiction: jurisdiction, year: year, overdue: urged, done: done)
        return jurisdiction
    }

    /// The draft allocation, published: the suggested lead, else the government office; finance
    /// shares every seventh task.
    private static func allocate(store: PlanStore, jurisdiction: String, year: Int) async throws -> [AllocatedTask] {
        let departments = try await store.departments(jurisdiction: jurisdiction)
        let suggester = LeadSuggester(departments: departments)
        let fallback = departments.first { $0.name.hasSuffix("人民政府办公室") }?.name ?? departments[0].name
        let tasks = try await store.tasks(jurisdiction: jurisdiction, planYear: year)
        _ = try await store.assignLeads(
            tasks.map { ($0.id, suggester.suggest(for: $0.text)?.department ?? fallback) }, actor: "督查室")
        let finance = departments.first { $0.name.hasSuffix("财政局") }?.name
        for task in tasks where task.id % 7 == 0 {
            if let finance, let lead = try await store.allocatedTask(task.id).lead, lead != finance {
                _ = try await store.assign(taskID: task.id, lead: lead, co: [finance], change: Change(actor: "督查室"))
            }
        }
        _ = try await store.publish(jurisdiction: jurisdiction, planYear: year, actor: "督查室")
        return await tasks.asyncCompactMap { try? await store.allocatedTask($0.id) }
    }

    /// Each lead's report on the 25th of every month through `lastMonth`, at the task's pace,
    /// until it is done; and the tasks done.
    private static func monthlyReports(_ allocated: [AllocatedTask], year: Int, through lastMonth: Int)
        -> (inputs: [ProgressInput], completions: Set<Int>)
    {
        var inputs: [ProgressInput] = []
        var completions: Set<Int> = []
        for task in allocated {
            guard let lead = task.lead else { continue }
            let pace = Pace(taskID: task.task.id)
            for month in stride(from: 1, through: lastMonth, by: 1) {
                guard let fraction = pace.fraction(month: month) else { break }
                let done = fraction >= 1
                let date = String(format: "%04d-%02d-25", year, month)
                let narrative = done ? "已全部完成，申请验收。" : pace.narrative(month: month)
                if let target = task.task.targetValue, task.task.targetUnit != nil {
                    inputs.append(
                        ProgressInput(
                            taskID: task.task.id, department: lead, reportedOn: date, narrative: narrative,
                            // Whole targets (8个, 30条) are counted in whole units.
                            value: target == target.rounded()
                                ? (target * min(1, fraction)).rounded(.down) : (target * min(1, fraction) * 10).rounded() / 10,
                            unit: task.task.targetUnit, completionRequested: done,
                            behindReason: pace.reason, actor: "演示"))
                } else {
                    inputs.append(
                        ProgressInput(
                            taskID: task.task.id, department: lead, reportedOn: date, narrative: narrative,
                            percent: (min(1, fraction) * 100).rounded(), completionRequested: done, behindReason: pace.reason,
                            actor: "演示"))
                }
                if done {
                    completions.insert(task.task.id)
                    break
                }
            }
        }
        return (inputs, completions)
    }

    /// The next year's report imported: its review judges this plan; the office has confirmed
    /// the verdicts settled by a figure (and so made them public).
    private static func judgeByNextYear(store: PlanStore, jurisdiction: String, year: Int) async throws {
        _ = try await store.importReport(text: nextReport, planYear: year + 1)
        for entry in try await store.verdictBook(jurisdiction: jurisdiction, planYear: year).entries
        where entry.verdict.actualValue != nil {
            _ = try await store.decideVerdict(
                entry.verdict.id, outcome: entry.verdict.outcome, reason: nil, actor: "督查室",
                expectedVersion: entry.verdict.rowVersion)
        }
    }

    /// How a task moves over the demo year, fixed by its id so every demo is the same.
    struct Pace {
        enum Kind { case steady, fast, slow, stalled, silent }
        let kind: Kind
        let jitter: Double

        init(taskID: Int) {
            let hash = (taskID &* 2_654_435_761) & 0xFFFF
            switch hash % 100 {
            case 0..<50: kind = .steady
            case 50..<72: kind = .fast
            case 72..<87: kind = .slow
            case 87..<96: kind = .stalled
            default: kind = .silent
            }
            jitter = Double((hash / 100) % 21 - 10) / 100
        }

        /// The share done by the end of `month`; nil when no report is filed that month.
        func fraction(month: Int) -> Double? {
            let even = Double(month) / 12
            switch kind {
            case .steady: return min(1, even * (1.0 + jitter))
            // Done somewhere between May and September.
            case .fast: return min(1, even * (1.35 + (jitter + 0.1) * 5))
            case .slow: return even * (0.78 + jitter)
            case .stalled: return month <= 5 ? even * 0.8 : nil
            case .silent: return nil
            }
        }

        var reason: BehindReason? {
            switch kind {
            case .slow: return [.funding, .approvals, .land, .contractor, .weather][Int((jitter + 0.1) * 100) % 5]
            case .stalled: return .policy
            default: return nil
            }
        }

        func narrative(month: Int) -> String {
            switch kind {
            case .slow: return "按计划推进，但受\(reason?.chinese ?? "多方")因素影响进度偏慢。"
            case .stalled: return "前期工作已启动，后续安排待定。"
            default: return "\(month)月按计划推进，各项工作有序开展。"
            }
        }
    }
}
