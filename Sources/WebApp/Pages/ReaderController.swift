import Foundation
import Hummingbird
import PlanStore
import ReportExtraction

/// The report as the office and departments read it, with its tasks and quantities marked.
struct ReaderModel {
    struct Entry {
        let path: String
        let label: String
        let nested: Bool
    }

    let title: String
    let toc: [Entry]
    let html: String
    let terms: [Term]
}

/// The report as read, with each commitment marked.
struct ReaderController: PageController {
    let services: PageServices
    static let path = "report"

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get { request, context in try await reader(request, context) }
        return routes
    }

    func reader(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let plan = try await snapshot(for: viewer, request: request)
        let text = try await store.reportText(reportID: plan.report.id)
        let tasks = try await store.tasks(jurisdiction: plan.jurisdiction, planYear: plan.planYear)
            .filter { $0.reportID == plan.report.id && $0.state == .active }
        let quantities = try await store.quantities(reportID: plan.report.id)
        // The glossary is read again from the text: extraction is deterministic and takes milliseconds.
        let terms = ReportExtractor.extract(text.source).terms
        let spans = tasks.map { task in
            ReportMarkup.TaskSpan(
                id: task.id, start: task.startOffset, end: task.endOffset,
                link: viewer.readsWholePlan || plan.statusByTask[task.id].map(viewer.isAssigned) == true
                    ? "/tasks/\(task.id)" : nil)
        }
        let model = ReaderModel(
            title: plan.report.title ?? plan.jurisdiction,
            toc: plan.sections.filter { SectionPath.depth(of: $0.path) <= 2 }.map {
                ReaderModel.Entry(path: $0.path, label: $0.marker + $0.title, nested: $0.path.contains("."))
            },
            html: ReportMarkup.html(
                text: text.normalized, sections: plan.sections, tasks: spans, quantities: quantities, terms: terms),
            terms: terms)
        return renderer.page(
            "reader", title: context.language.strings["reader"]!, model: model, request: request, context: context)
    }
}
