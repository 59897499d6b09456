import Foundation
import Hummingbird
import PlanActions
import PlanStore
import ReportExtraction

/// The office's allocation editor: the drafted tasks beside the report, departments with the
/// suggestion shown, deadlines, split, merge, add, drop, publish.
struct AllocationModel {
    struct Row {
        let id: Int
        let section: String
        /// The report around the task, so the office reads the drafted task beside its source.
        var before: String = ""
        var after: String = ""
        let start: Int
        let end: Int
        let reportID: Int
        let text: String
        let vague: Bool
        let lead: String
        let co: String
        let deadline: String
        let suggestion: String?
        let suggestionWords: String?
        let version: Int
    }

    let year: Int
    let published: Bool
    let departments: [String]
    let rows: [Row]
    let unassigned: Int
    let vague: Int
    let suggestions: Int
    let hasSuggestions: Bool
    let sections: [TaskListModel.Option]
    let shows: [TaskListModel.Option]
    let total: Int
    let page: Int
    let pages: Int
    let previous: String?
    let next: String?
    let back: String
    /// Tasks of last year's plan judged short, under way or silent, proposed for this plan.
    let carryOvers: [CarryOver]
    /// Mustache sees stored properties only.
    let hasCarryOvers: Bool

    struct CarryOver {
        let verdictID: Int
        let taskLink: String
        let text: String
        let outcome: String
        let outcomeLabel: String
        let lead: String?
        let fromYear: Int
    }

    /// Rows a page: the editor carries a form a row, and a district plan has hundreds of tasks.
    static let perPage = 40
}

/// The office allocates the plan: leads, co-responsible departments, deadlines, added, merged and dropped tasks, publication.
struct AllocationController: PageController {
    let services: PageServices
    static let path = "allocation"

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get { request, context in try await allocation(request, context) }
        routes.post("tasks/:id") { request, context in try await changeTask(request, context) }
        routes.post("tasks") { request, context in try await addTask(request, context) }
        routes.post("merge") { request, context in try await mergeTasks(request, context) }
        routes.post("publish") { request, context in try await publish(request, context) }
        routes.post("accept-suggestions") { request, context in try await acceptSuggestions(request, context) }
        return routes
    }

    func allocation(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer { $0.isOffice }
        let plan = try await snapshot(for: viewer, request: request)
        let strings = context.language.strings
        let section = request.uri.queryParameters["section"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        let show = request.uri.queryParameters["show"].map(String.init) ?? "all"
        let tasks = try await store.tasks(jurisdiction: plan.jurisdiction, planYear: plan.planYear).filter {
            $0.state == .active
        }
        .sorted { ($0.startOffset, $0.id) < ($1.startOffset, $1.id) }
        let suggester = LeadSuggester(departments: plan.departments)
        let all = tasks.map { task -> AllocationModel.Row in
            let status = plan.statusByTask[task.id]
            let suggestion = status?.lead == nil ? suggester.suggest(for: task.text) : nil
            return AllocationModel.Row(
                id: task.id, section: task.sectionPath ?? "", start: task.startOffset, end: task.endOffset,
                reportID: task.reportID, text: task.text, vague: task.vague, lead: status?.lead ?? "",
                co: status?.coResponsible.joined(separator: "、") ?? "", deadline: task.deadline,
                suggestion: suggestion?.department,
                suggestionWords: suggestion.map { $0.matched.joined(separator: "、") }, version: task.rowVersion)
        }
        let shown = all.filter { row in
            if let section, !SectionPath.section(row.section, isWithin: section) { return false }
            switch show {
            case "unassigned": return row.lead.isEmpty
            case "vague": return row.vague
            default: return true
            }
        }
        let paging = Paging(
            count: shown.count, perPage: AllocationModel.perPage,
            requested: request.uri.queryParameters["page"].flatMap { Int(String($0)) } ?? 1)
        func link(_ page: Int) -> String {
            "/allocation?section=\(section ?? "")&show=\(show)&page=\(page)"
        }
        let suggestions = all.filter { $0.suggestion != nil }.count
        var rows = Array(paging.items(shown))
        let text = ScalarText(try await store.reportText(reportID: plan.report.id).normalized)
        for index in rows.indices where rows[index].reportID == plan.report.id && rows[index].end > rows[index].start {
            rows[index].before = "…" + text.slice(rows[index].start - 40, rows[index].start)
            rows[index].after = text.slice(rows[index].end, rows[index].end + 40) + "…"
        }
        // Last year's unfinished tasks, proposed for this plan (the office decides here or on 年度兑现).
        let carryOvers = try await store.verdictBook(jurisdiction: plan.jurisdiction, planYear: plan.planYear - 1).entries
            .filter { $0.carryOver == .proposed && $0.verdict.targetKind == .task }
            .map { entry in
                AllocationModel.CarryOver(
                    verdictID: entry.verdict.id, taskLink: entry.verdict.taskID.map { "/tasks/\($0)" } ?? "#",
                    text: entry.verdict.targetQuote, outcome: entry.verdict.effectiveOutcome.rawValue,
                    outcomeLabel: strings["outcome_" + entry.verdict.effectiveOutcome.rawValue]
                        ?? entry.verdict.effectiveOutcome.label,
                    lead: entry.lead, fromYear: plan.planYear - 1)
            }
        let model = AllocationModel(
            year: plan.planYear, published: plan.published, departments: plan.departments.map(\.name),
            rows: rows,
            unassigned: all.filter { $0.lead.isEmpty }.count, vague: all.filter(\.vague).count, suggestions: suggestions,
            hasSuggestions: suggestions > 0,
            sections: plan.sections.filter { SectionPath.depth(of: $0.path) <= 2 }.map {
                TaskListModel.Option(value: $0.path, label: "\($0.path) \($0.title)", selected: $0.path == section)
            },
            shows: ["all", "unassigned", "vague"].map {
                TaskListModel.Option(value: $0, label: strings["allocation_show_" + $0] ?? $0, selected: $0 == show)
            },
            total: shown.count, page: paging.page, pages: paging.pages, previous: paging.previous.map(link),
            next: paging.next.map(link),
            back: link(paging.page),
            carryOvers: carryOvers, hasCarryOvers: !carryOvers.isEmpty)
        return renderer.page("allocation", title: strings["allocation"]!, model: model, request: request, context: context)
    }

    /// One change to one task: `op` = `save` (lead, co-responsible, deadline), `drop` or `split`.
    func changeTask(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        let taskID = try Pages.id(context)
        let actions = AllocationActions(store: store)
        let version = try form.integer("version", label: "version")
        switch form["op"] {
        case "save":
            let lead = form["lead"]
            let allocation = AllocationActions.Allocation(
                lead: lead, coResponsible: DepartmentEntry.splitKeywords(form["co"] ?? ""), deadline: form["deadline"])
            do {
                _ = try await actions.allocate(
                    taskID: taskID, allocation, reason: form["reason"], expectedVersion: version, by: viewer.acting)
            } catch {
                let refusal: ActionError = error
                guard refusal.isConflict else { throw AppError(refusal) }
                // Say what the other person saved, so the office can decide without reloading blind.
                let now = try await store.allocatedTask(taskID)
                let lead = now.lead ?? "—", deadline = now.task.deadline
                throw AppError(
                    .conflict, code: "conflict",
                    message: (refusal.errorDescription ?? "")
                        + " 现在：牵头单位 \(lead)，期限 \(deadline)。 Now: lead \(lead), deadline \(deadline).")
            }
        case "drop":
            _ = try await actions.drop(taskID: taskID, reason: form["reason"], expectedVersion: version, by: viewer.acting)
        case "split":
            let parts = (form["parts"] ?? "").split(whereSeparator: \.isNewline).map(String.init)
            _ = try await actions.split(
                taskID: taskID, into: parts, reason: form["reason"], expectedVersion: version, by: viewer.acting)
        default:
            throw AppError.invalid("未知的操作。 Unknown operation.")
        }
        return Pages.redirect(fallback: "/allocation#task-\(taskID)", form: form)
    }

    func addTask(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let plan = try await snapshot(for: viewer, request: request)
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        let added = try await AllocationActions(store: store).add(
            text: try form.required("text", label: "任务内容 text"), section: form["section"], deadline: form["deadline"],
            planYear: plan.planYear, reason: form["reason"], by: viewer.acting)
        return Response(status: .seeOther, headers: [.location: "/allocation#task-\(added.task.id)"])
    }

    func mergeTasks(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        let ids = try (form["ids"] ?? "").split(whereSeparator: { !$0.isNumber }).map { text -> Int in
            guard let id = Int(text) else { throw AppError.invalid("任务编号有误。 Bad task number.") }
            return id
        }
        let merged = try await AllocationActions(store: store).merge(
            taskIDs: ids, text: try form.required("text", label: "任务内容 text"), reason: form["reason"], by: viewer.acting)
        return Response(status: .seeOther, headers: [.location: "/allocation#task-\(merged.task.id)"])
    }

    func publish(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let plan = try await snapshot(for: viewer, request: request)
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        _ = try await AllocationActions(store: store).publish(planYear: plan.planYear, by: viewer.acting)
        return Response(status: .seeOther, headers: [.location: "/allocation"])
    }

    /// Accepts the suggested lead for every task that has none yet.
    func acceptSuggestions(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        let plan = try await snapshot(for: viewer, request: request)
        let suggester = LeadSuggester(departments: plan.departments)
        let leads = plan.statuses.filter { $0.lead == nil }.compactMap { status in
            suggester.suggest(for: status.text).map { (taskID: status.taskID, lead: $0.department) }
        }
        _ = try await AllocationActions(store: store).assignLeads(leads, by: viewer.acting)
        return Response(status: .seeOther, headers: [.location: "/allocation"])
    }
}
