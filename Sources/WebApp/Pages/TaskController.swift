import Documents
import Foundation
import Hummingbird
import PlanActions
import PlanStore
import ReportExtraction

/// One task: its sentence in the report, target, assignment, deadline, progress, evidence and history.
struct TaskPageModel {
    struct ProgressRow {
        let date: String
        let department: String
        let amount: String
        let narrative: String
        let evidenceLink: String?
        let evidenceName: String?
        let completion: Bool
        let reason: String?
        let review: String
        let comment: String?

        /// A department's report as the task page lists it, its amount in the target's unit.
        init(_ report: ProgressReport, department: String, unit: String?, language: Language) {
            let strings = language.strings
            date = language.date(report.reportedOn)
            self.department = department
            amount = report.value.map { Format.number($0) + (unit ?? "") } ?? report.percent.map { Format.percent($0) } ?? ""
            narrative = report.narrative
            evidenceLink = report.evidenceID.map { _ in EvidenceController.evidencePath(report.id) }
            evidenceName = report.evidenceName
            completion = report.completionRequested
            reason = report.behindReason.map { strings["reason_" + $0.rawValue] ?? $0.chinese }
            review = strings["review_" + report.reviewState.rawValue] ?? report.reviewState.rawValue
            comment = report.reviewComment
        }
    }

    struct AuditRow {
        let at: String
        let actor: String
        let action: String
        let reason: String?
    }

    struct RequestRow {
        let from: String
        let to: String
        let reason: String
        let state: String
        let comment: String?
    }

    struct ReasonOption {
        let value: String
        let label: String
    }

    let id: Int
    let text: String
    let section: String?
    let before: String
    let quote: String
    let after: String
    let status: TaskRow?
    let lead: String
    let co: String
    let deadline: String
    let target: String?
    let unit: String?
    let vague: Bool
    let dropped: Bool
    let chart: String?
    let progress: [ProgressRow]
    let requests: [RequestRow]
    let audit: [AuditRow]
    let mayReport: Bool
    let mayAllocate: Bool
    let today: String
    let reasons: [ReasonOption]
    let version: Int
    /// The task of last year's plan this one was carried over from (年度兑现), with its verdict.
    let carriedFrom: CarriedFrom?
    /// Leaders' instructions on this task; leaders and the office may give one.
    let instructions: [InstructionRow]
    let mayInstruct: Bool
    let defaultAnswerBy: String
    /// Where the instruction forms return to.
    let back: String

    struct CarriedFrom {
        let link: String
        let label: String
    }
}

/// Tasks: the list with its filters, one task's page, and the forms on it (progress, a deadline request).
struct TaskController: PageController {
    let services: PageServices
    static let path = "tasks"

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get { request, context in try await taskList(request, context) }
        routes.get(":id") { request, context in try await taskPage(request, context) }
        routes.post(":id/progress") { request, context in try await fileProgress(request, context) }
        routes.post(":id/deadline-request") { request, context in try await requestDeadline(request, context) }
        return routes
    }

    /// The task of the path if the viewer may see it; not found otherwise.
    func readableTask(_ context: AppRequestContext, viewer: Viewer) async throws -> (AllocatedTask, PlanSnapshot) {
        try await ReadableTask.find(context, viewer: viewer, store: store, snapshots: snapshots)
    }

    func taskPage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let (allocated, _) = try await readableTask(context, viewer: viewer)
        let plan = try await snapshot(for: viewer, request: request)
        let task = allocated.task
        let language = context.language
        let strings = language.strings
        let text = ScalarText(try await store.reportText(reportID: task.reportID).normalized)
        let hasQuote = task.endOffset > task.startOffset
        let departments = Dictionary(uniqueKeysWithValues: plan.departments.map { ($0.id, $0.name) })
        let reports = try await store.progressReports(taskID: task.id)
        // A department user sees its own department's reports; the office and leaders see all.
        let visible = reports.filter { viewer.readsWholePlan || departments[$0.departmentID] == viewer.departmentName }
        let progress = visible.reversed().map {
            TaskPageModel.ProgressRow(
                $0, department: departments[$0.departmentID] ?? "", unit: task.targetUnit, language: language)
        }
        let chart = Self.progressChart(task, reports: reports, language: language)
        let requests = try await store.deadlineRequests(taskID: task.id).map {
            TaskPageModel.RequestRow(
                from: language.date($0.currentDeadline), to: language.date($0.requestedDeadline), reason: $0.reason,
                state: strings["review_" + $0.state.rawValue] ?? $0.state.rawValue, comment: $0.reviewComment)
        }
        // The audit trail names people: the office and leaders see it, departments their own actions' effects via progress.
        let audit =
            viewer.readsWholePlan
            ? try await store.auditLog(jurisdiction: viewer.user.jurisdiction, entity: "task", id: task.id).reversed().map {
                TaskPageModel.AuditRow(
                    at: String($0.at.replacingOccurrences(of: "T", with: " ").prefix(16)), actor: $0.actor,
                    action: strings["audit_task_\($0.action)"] ?? $0.action, reason: $0.reason)
            } : []
        let status = plan.statusByTask[task.id]
        let model = TaskPageModel(
            id: task.id, text: task.text, section: plan.sectionTitle(task.sectionPath).map { "\(task.sectionPath ?? "") \($0)" },
            before: hasQuote ? text.slice(task.startOffset - 120, task.startOffset) : "",
            quote: hasQuote ? text.slice(task.startOffset, task.endOffset) : task.text,
            after: hasQuote ? text.slice(task.endOffset, task.endOffset + 120) : "",
            status: status.map { TaskRow($0, language: language) }, lead: allocated.lead ?? strings["unassigned"]!,
            co: allocated.coResponsible.joined(separator: "、"), deadline: language.date(task.deadline),
            target: task.targetValue.map {
                (task.targetComparator.map { strings["comparator_" + $0.rawValue] ?? "" } ?? "") + Format.number($0)
                    + (task.targetUnit ?? "")
            },
            unit: task.targetUnit, vague: task.vague, dropped: task.state != .active, chart: chart, progress: Array(progress),
            requests: requests, audit: audit,
            mayReport: viewer.user.role == .department && viewer.isAssigned(allocated) && task.state == .active,
            mayAllocate: viewer.isOffice, today: ISODate.today.text,
            reasons: BehindReason.allCases.map {
                TaskPageModel.ReasonOption(value: $0.rawValue, label: strings["reason_" + $0.rawValue] ?? $0.chinese)
            },
            version: task.rowVersion,
            carriedFrom: try await store.carriedFrom(taskID: task.id).map { origin in
                TaskPageModel.CarriedFrom(
                    link: "/tasks/\(origin.taskID)",
                    label:
                        "\(origin.planYear) #\(origin.taskID)（\(strings["outcome_" + origin.outcome.rawValue] ?? origin.outcome.label)）"
                )
            },
            instructions: try await store.instructions(jurisdiction: viewer.user.jurisdiction, taskID: task.id)
                .map { InstructionRow($0, viewer: viewer, language: language) },
            mayInstruct: viewer.mayInstruct, defaultAnswerBy: ISODate.today.adding(days: 7).text, back: "/tasks/\(task.id)")
        return renderer.page("task", title: "\(strings["task"]!) \(task.id)", model: model, request: request, context: context)
    }

    /// Each department's latest value on a day, added up against the target: the lead's view of
    /// the parts; nil without a target or a value reported.
    static func progressChart(_ task: TaskRecord, reports: [ProgressReport], language: Language) -> String? {
        guard let target = task.targetValue, target > 0 else { return nil }
        var latest: [Int: Double] = [:]
        var points: [(day: Int, value: Double)] = []
        for report in reports.filter({ $0.reviewState != .returned }) {
            guard let value = report.value, let date = ISODate(report.reportedOn) else { continue }
            latest[report.departmentID] = value
            points.append((Self.dayOfYear(date, planYear: task.planYear), latest.values.reduce(0, +)))
        }
        guard !points.isEmpty else { return nil }
        return Charts.progressLine(
            points: points, target: target, title: language.strings["task_chart"]!,
            monthLabel: { language == .chinese ? "\($0)月" : String($0) })
    }

    /// A department files progress on one of its tasks (multipart: the evidence file is optional).
    func fileProgress(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        let taskID = try Pages.id(context)
        _ = try await ProgressActions(store: store).file(try Self.progressDraft(form), taskID: taskID, by: viewer.acting)
        return Pages.redirect(fallback: "/tasks/\(taskID)", form: form)
    }

    /// The progress report a form describes.
    static func progressDraft(_ form: FormFields) throws -> ProgressDraft {
        ProgressDraft(
            reportedOn: form["reported_on"] ?? ISODate.today.text,
            narrative: try form.required("narrative", label: "进展情况 narrative"),
            value: try form.number("value", label: "数值 value"), unit: form["unit"],
            percent: try form.number("percent", label: "百分比 percent"),
            evidence: form.upload("evidence").map { Evidence(name: $0.filename, bytes: $0.bytes) },
            completionRequested: form["completion"] != nil, behindReason: try ProgressDraft.behindReason(form["behind_reason"]))
    }

    /// A department asks to move a task's deadline.
    func requestDeadline(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        let taskID = try Pages.id(context)
        _ = try await DeadlineActions(store: store).request(
            taskID: taskID, deadline: try form.required("deadline", label: "新期限 deadline"),
            reason: try form.required("reason", label: "理由 reason"), by: viewer.acting)
        return Pages.redirect(fallback: "/tasks/\(taskID)", form: form)
    }

    /// A progress report's evidence file, under the name that report gave it. Whether the viewer
    /// may reach the report is decided before this runs (`RecordScope`).
    static func dayOfYear(_ date: ISODate, planYear: Int) -> Int {
        guard date.year == planYear else { return date.year < planYear ? 0 : 365 }
        let cumulative = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
        return cumulative[date.month - 1] + date.day
    }
}

extension Sequence {
    func asyncCompactMap<T>(_ transform: (Element) async throws -> T?) async rethrows -> [T] {
        var out: [T] = []
        for element in self { if let value = try await transform(element) { out.append(value) } }
        return out
    }
}
