import Foundation
import Hummingbird
import PlanStore
import ReportExtraction

/// The task list: filters, search, sort and pages over the tasks the viewer may see.
struct TaskListModel {
    struct Option {
        let value: String
        let label: String
        let selected: Bool
    }

    let asOf: String
    let asOfISO: String
    let search: String
    let sections: [Option]
    let departments: [Option]
    let lights: [Option]
    let states: [Option]
    let sorts: [Option]
    let overdue: Bool
    let hasTarget: Bool
    let rows: [TaskRow]
    let total: Int
    let page: Int
    let pages: Int
    let previous: String?
    let next: String?

    static func make(_ plan: PlanSnapshot, query: TaskQuery, viewer: Viewer, language: Language) -> TaskListModel {
        let strings = language.strings
        let matches = query.matches(plan, viewer: viewer)
        let paging = Paging(count: matches.count, perPage: query.perPage, requested: query.page)
        let rows = paging.items(matches).map { TaskRow($0, language: language) }
        let sectionOptions = plan.sections.filter { SectionPath.depth(of: $0.path) <= 2 }.map {
            Option(
                value: $0.path,
                label: String(repeating: "　", count: SectionPath.depth(of: $0.path) - 1) + $0.marker + $0.title,
                selected: $0.path == query.section)
        }
        let visibleDepartments = viewer.readsWholePlan ? plan.departments.map(\.name) : [viewer.departmentName].compactMap { $0 }
        return TaskListModel(
            asOf: language.date(plan.asOf.text), asOfISO: plan.asOf.text, search: query.search ?? "",
            sections: sectionOptions,
            departments: visibleDepartments.map { Option(value: $0, label: $0, selected: $0 == query.department) },
            lights: [TaskStatus.Light.red, .yellow, .green].map {
                Option(value: $0.rawValue, label: TaskRow.lightLabel($0, language: language), selected: $0 == query.light)
            },
            states: TaskStatus.State.allCases.map {
                Option(value: $0.rawValue, label: strings["state_" + $0.rawValue] ?? $0.chinese, selected: $0 == query.state)
            },
            sorts: TaskQuery.Sort.allCases.map {
                Option(value: $0.rawValue, label: strings["sort_" + $0.rawValue] ?? $0.rawValue, selected: $0 == query.sort)
            },
            overdue: query.overdue, hasTarget: query.hasTarget, rows: Array(rows), total: matches.count, page: paging.page,
            pages: paging.pages,
            previous: paging.previous.map { "/tasks?" + query.queryString(page: $0) },
            next: paging.next.map { "/tasks?" + query.queryString(page: $0) })
    }
}

extension TaskController {
    func taskList(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let plan = try await snapshot(for: viewer, request: request)
        let query = try TaskQuery(request: request)
        let key = "tasks|\(plan.jurisdiction)|\(plan.planYear)|\(plan.asOf.text)|\(viewer.scope)|\(query.queryString())"
        return try await cachedPage(
            key, plan: plan, title: context.language.strings["tasks"]!, request: request, context: context
        ) {
            renderer.content(
                "tasks", model: TaskListModel.make(plan, query: query, viewer: viewer, language: context.language),
                context: context)
        }
    }
}
