import Documents
import Foundation
import Hummingbird
import PlanActions
import PlanStore

/// What waits for the office: progress reports (with completion requests) and deadline requests.
struct ReviewModel {
    struct Item {
        let id: Int
        let kind: String
        let action: String
        let taskID: Int
        let taskText: String
        let department: String
        let date: String
        let summary: String
        let narrative: String
        let completion: Bool
        let evidenceLink: String?
        let evidenceName: String?
    }

    let items: [Item]
    let count: Int
    let page: Int
    let pages: Int
    let previous: String?
    let next: String?

    static let perPage = 50
}

/// The office's review of progress reports and deadline requests.
struct ReviewController: PageController {
    let services: PageServices
    static let path = "review"

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get { request, context in try await review(request, context) }
        routes.post("progress/:id") { request, context in try await reviewProgress(request, context) }
        routes.post("deadline/:id") { request, context in try await reviewDeadline(request, context) }
        return routes
    }

    func review(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer { $0.isOffice }
        let language = context.language
        let strings = language.strings
        let all = try await store.pendingReviews(jurisdiction: viewer.user.jurisdiction)
        let paging = Paging(
            count: all.count, perPage: ReviewModel.perPage,
            requested: request.uri.queryParameters["page"].flatMap { Int(String($0)) } ?? 1)
        let pending = paging.items(all)
        let items = pending.map { entry -> ReviewModel.Item in
            switch entry.item {
            case .progress(let report):
                return ReviewModel.Item(
                    id: report.id, kind: strings["review_kind_progress"]!, action: "/review/progress/\(report.id)",
                    taskID: report.taskID,
                    taskText: entry.taskText, department: entry.department, date: language.date(report.reportedOn),
                    summary: report.value.map(Format.number) ?? report.percent.map { Format.percent($0) } ?? "",
                    narrative: report.narrative, completion: report.completionRequested,
                    evidenceLink: report.evidenceID.map { _ in EvidenceController.evidencePath(report.id) },
                    evidenceName: report.evidenceName)
            case .deadline(let request):
                return ReviewModel.Item(
                    id: request.id, kind: strings["review_kind_deadline"]!, action: "/review/deadline/\(request.id)",
                    taskID: request.taskID,
                    taskText: entry.taskText, department: entry.department,
                    date: language.date(String(request.createdAt.prefix(10))),
                    summary: "\(language.date(request.currentDeadline)) → \(language.date(request.requestedDeadline))",
                    narrative: request.reason, completion: false, evidenceLink: nil, evidenceName: nil)
            }
        }
        return renderer.page(
            "review", title: strings["review"]!,
            model: ReviewModel(
                items: items, count: all.count, page: paging.page, pages: paging.pages,
                previous: paging.previous.map { "/review?page=\($0)" }, next: paging.next.map { "/review?page=\($0)" }),
            request: request, context: context)
    }

    func reviewProgress(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (viewer, form) = try await decisionForm(request, context)
        _ = try await ProgressActions(store: store).review(
            reportID: try Pages.id(context), try ReviewDecision.parse(form["decision"]), comment: form["comment"],
            by: viewer.acting)
        return Pages.redirect(fallback: "/review", form: form)
    }

    func reviewDeadline(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (viewer, form) = try await decisionForm(request, context)
        _ = try await DeadlineActions(store: store).review(
            requestID: try Pages.id(context), try ReviewDecision.parse(form["decision"]), comment: form["comment"],
            by: viewer.acting)
        return Pages.redirect(fallback: "/review", form: form)
    }

    /// The office's decision form: `decision=accept|return`, a comment (required to return).
    private func decisionForm(_ request: Request, _ context: AppRequestContext) async throws -> (Viewer, FormFields) {
        let viewer = try context.requireViewer()
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        return (viewer, form)
    }
}
