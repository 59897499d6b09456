import Foundation
import Hummingbird
import PlanActions
import PlanStore

/// One comment as a page shows it.
struct CommentRow {
    let id: Int
    let kind: String
    let isTip: Bool
    let body: String
    let author: String
    let contact: String?
    let date: String
    let taskID: Int
    let taskText: String
    let lead: String?
    let state: String
    let stateCode: String
    let note: String?
    let pending: Bool

    init(_ comment: CitizenComment, language: Language, showContact: Bool = false) {
        let strings = language.strings
        id = comment.id
        kind = strings["comment_kind_" + comment.kind.rawValue] ?? comment.kind.chinese
        isTip = comment.kind == .tip
        body = comment.body
        author = comment.authorName ?? strings["comment_anonymous"]!
        contact = showContact ? comment.contact : nil
        date = language.date(String(comment.createdAt.prefix(10)))
        taskID = comment.taskID
        taskText = comment.taskText
        lead = comment.lead
        state = strings["comment_state_" + comment.state.rawValue] ?? comment.state.chinese
        stateCode = comment.state.rawValue
        note = comment.moderationNote
        pending = comment.state == .pending
    }
}

/// The office's moderation queue.
struct CommentsModel {
    struct Filter {
        let value: String
        let label: String
        let current: Bool
    }

    let filters: [Filter]
    let comments: [CommentRow]
    let message: String?
}

/// The office's moderation of citizens' comments and tips.
struct CommentController: PageController {
    let services: PageServices
    static let path = "comments"

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get { request, context in try await commentsQueue(request, context) }
        routes.post(":id") { request, context in try await moderateComment(request, context) }
        return routes
    }

    func commentsQueue(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer { $0.isOffice }
        let language = context.language
        let strings = language.strings
        let chosen = request.uri.queryParameters["state"].map(String.init) ?? "pending"
        let state = CitizenComment.State(rawValue: chosen)
        guard state != nil || chosen == "all" else { throw AppError.invalid("未知的状态。 Unknown state.") }
        let comments = try await store.comments(jurisdiction: viewer.user.jurisdiction, state: state)
        let model = CommentsModel(
            filters: (CitizenComment.State.allCases.map(\.rawValue) + ["all"]).map {
                .init(value: $0, label: strings["comment_state_" + $0]!, current: $0 == chosen)
            },
            comments: comments.map { CommentRow($0, language: language, showContact: true) },
            message: request.uri.queryParameters["done"].flatMap { strings["comment_done_" + String($0)] })
        return renderer.page("comments", title: strings["comments"]!, model: model, request: request, context: context)
    }

    func moderateComment(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        guard let action = form["action"], action == "publish" || action == "reject" else {
            throw AppError.invalid("请选择采用或不采用。 Choose publish or decline.")
        }
        _ = try await CommentActions(store: store).moderate(
            commentID: try Pages.id(context), publish: action == "publish", note: form["note"], by: viewer.acting)
        return Pages.redirect(fallback: "/comments?done=\(action)", form: form)
    }
}
