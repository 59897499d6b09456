import Foundation
import Hummingbird
import PlanStore

/// A department's own tasks: what is due, what lags, where to report.
struct WorkspaceModel {
    let department: String
    let asOf: String
    let due: [TaskRow]
    let behind: [TaskRow]
    let rows: [TaskRow]
    let pending: Int
    /// Citizens' comments and tips the office passed on, on this department's tasks.
    let comments: [CommentRow]
}

/// A department's own tasks.
struct WorkspaceController: PageController {
    let services: PageServices
    static let path = "workspace"

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get { request, context in try await workspace(request, context) }
        return routes
    }

    func workspace(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer { $0.user.role == .department }
        let plan = try await snapshot(for: viewer, request: request)
        let mine = plan.statuses.filter { viewer.isAssigned($0) && $0.state != .done && $0.state != .dropped }
        // Due within 30 days of the plan's date, soonest first.
        let horizon = Calendar(identifier: .gregorian).date(byAdding: .day, value: 30, to: plan.asOf.date) ?? plan.asOf.date
        let horizonText = String(horizon.formatted(.iso8601).prefix(10))
        let due = mine.filter { $0.deadline <= horizonText }.sorted { ($0.deadline, $0.taskID) < ($1.deadline, $1.taskID) }
        let behind = mine.filter { $0.light == .red || $0.light == .yellow }
        let all = plan.statuses.filter { viewer.isAssigned($0) }
        let language = context.language
        let model = WorkspaceModel(
            department: viewer.departmentName ?? "", asOf: language.date(plan.asOf.text),
            due: due.map { TaskRow($0, language: language) }, behind: behind.map { TaskRow($0, language: language) },
            rows: all.map { TaskRow($0, language: language) }, pending: all.count,
            comments: try await store.comments(jurisdiction: viewer.user.jurisdiction, department: viewer.departmentName ?? "")
                .filter { $0.planYear == plan.planYear }.map { CommentRow($0, language: language) })
        return renderer.page("workspace", title: language.strings["workspace"]!, model: model, request: request, context: context)
    }
}
