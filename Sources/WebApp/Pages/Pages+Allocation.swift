import Foundation
import Hummingbird
import PlanStore

/// The office's allocation editor: the drafted tasks beside the report, departments with the
/// suggestion shown, deadlines, split, merge, add, drop, publish.
struct AllocationModel {
    struct Row {
        let id: Int
        let section: String
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
}

extension Pages {
    func allocation(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer { $0.isOffice }
        let plan = try await snapshot(for: viewer, request: request)
        let tasks = try await store.tasks(jurisdiction: plan.jurisdiction, planYear: plan.planYear).filter { $0.state == "active" }
            .sorted { ($0.startOffset, $0.id) < ($1.startOffset, $1.id) }
        let suggester = LeadSuggester(departments: plan.departments)
        var suggestions = 0
        let rows = tasks.map { task -> AllocationModel.Row in
            let status = plan.statusByTask[task.id]
            let suggestion = status?.lead == nil ? suggester.suggest(for: task.text) : nil
            if suggestion != nil { suggestions += 1 }
            return AllocationModel.Row(
                id: task.id, section: task.sectionPath ?? "", text: task.text, vague: task.vague, lead: status?.lead ?? "",
                co: status?.coResponsible.joined(separator: "、") ?? "", deadline: task.deadline, suggestion: suggestion?.department,
                suggestionWords: suggestion.map { $0.matched.joined(separator: "、") }, version: task.rowVersion)
        }
        let model = AllocationModel(
            year: plan.planYear, published: plan.published, departments: plan.departments.map(\.name), rows: rows,
            unassigned: rows.filter { $0.lead.isEmpty }.count, vague: rows.filter(\.vague).count, suggestions: suggestions,
            hasSuggestions: suggestions > 0, sections: plan.sections.map { TaskListModel.Option(value: $0.path, label: "\($0.path) \($0.title)", selected: false) })
        return renderer.page("allocation", title: context.language.strings["allocation"]!, model: model, request: request, context: context)
    }

    /// One change to one task: `op` = `save` (lead, co-responsible, deadline), `drop` or `split`.
    func changeTask(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer { $0.isOffice }
        let (task, _) = try await readableTask(context, viewer: viewer)
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        let change = Change(actor: viewer.user.displayName, reason: form["reason"], expectedVersion: try form.integer("version", label: "version"))
        switch form["op"] {
        case "save":
            if let lead = form["lead"] {
                let co = DepartmentEntry.splitKeywords(form["co"] ?? "").filter { $0 != lead }
                if lead != task.lead || co != task.coResponsible {
                    _ = try await store.assign(taskID: task.task.id, lead: lead, co: co, change: change)
                }
            }
            if let deadline = form["deadline"], deadline != task.task.deadline {
                // The version moved with the assignment just saved: the deadline follows on from it.
                let current = try await store.allocatedTask(task.task.id)
                let expected = change.expectedVersion.map { _ in current.task.rowVersion }
                _ = try await store.setDeadline(
                    taskID: task.task.id, deadline: deadline, change: Change(actor: change.actor, reason: change.reason, expectedVersion: expected))
            }
        case "drop":
            _ = try await store.dropTask(task.task.id, change: change)
        case "split":
            let parts = (form["parts"] ?? "").split(whereSeparator: \.isNewline).map(String.init)
            _ = try await store.splitTask(task.task.id, into: parts, change: change)
        default:
            throw AppError.invalid("未知的操作。 Unknown operation.")
        }
        return Self.redirect(request, fallback: "/allocation#task-\(task.task.id)", form: form)
    }

    func addTask(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer { $0.isOffice }
        let plan = try await snapshot(for: viewer, request: request)
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        let added = try await store.addTask(
            jurisdiction: plan.jurisdiction, planYear: plan.planYear, text: try form.required("text", label: "任务内容 text"),
            section: form["section"], deadline: form["deadline"], change: Change(actor: viewer.user.displayName, reason: form["reason"]))
        return Response(status: .seeOther, headers: [.location: "/allocation#task-\(added.task.id)"])
    }

    func mergeTasks(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer { $0.isOffice }
        let plan = try await snapshot(for: viewer, request: request)
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        let ids = try (form["ids"] ?? "").split(whereSeparator: { !$0.isNumber }).map { text -> Int in
            guard let id = Int(text) else { throw AppError.invalid("任务编号有误。 Bad task number.") }
            return id
        }
        // Every task merged must be the office's own jurisdiction's.
        for id in ids {
            guard let task = try? await store.allocatedTask(id), task.task.jurisdictionID == plan.report.jurisdictionID else {
                throw AppError.invalid("没有编号为 \(id) 的任务。 No task \(id).")
            }
        }
        let merged = try await store.mergeTasks(
            ids, text: try form.required("text", label: "任务内容 text"), change: Change(actor: viewer.user.displayName, reason: form["reason"]))
        return Response(status: .seeOther, headers: [.location: "/allocation#task-\(merged.task.id)"])
    }

    func publish(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer { $0.isOffice }
        let plan = try await snapshot(for: viewer, request: request)
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        _ = try await store.publish(jurisdiction: plan.jurisdiction, planYear: plan.planYear, actor: viewer.user.displayName)
        return Response(status: .seeOther, headers: [.location: "/allocation"])
    }

    /// Accepts the suggested lead for every task that has none yet.
    func acceptSuggestions(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer { $0.isOffice }
        let plan = try await snapshot(for: viewer, request: request)
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        let suggester = LeadSuggester(departments: plan.departments)
        let leads = plan.statuses.filter { $0.lead == nil }.compactMap { status in
            suggester.suggest(for: status.text).map { (taskID: status.taskID, lead: $0.department) }
        }
        _ = try await store.assignLeads(leads, actor: viewer.user.displayName)
        return Response(status: .seeOther, headers: [.location: "/allocation"])
    }
}
