import Foundation
import Hummingbird
import PlanStore

/// A department's (or the leaders') reminders and urges, newest first.
struct InboxModel {
    struct Item {
        let id: Int
        let kind: String
        /// `deadline_soon`, `report_due`, `overdue_urge` or `escalation`, for the CSS class.
        let kindCode: String
        let subject: String
        let body: String
        let taskLink: String?
        let taskID: Int?
        let department: String?
        let dueOn: String
        let unread: Bool
        /// How its e-mail and webhook went: 已发送, 排队待发 …
        let deliveries: String?
    }

    let owner: String
    let items: [Item]
    let hasUnread: Bool
}

/// A user's inbox.
struct InboxController: PageController {
    let services: PageServices
    static let path = "inbox"

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get { request, context in try await inbox(request, context) }
        routes.post("read") { request, context in try await markInboxRead(request, context) }
        return routes
    }

    func inbox(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer { $0.inbox != nil }
        guard let inbox = viewer.inbox else { throw AppError.forbidden }
        let language = context.language
        let strings = language.strings
        let items = try await store.inbox(inbox, jurisdiction: viewer.user.jurisdiction)
        let model = InboxModel(
            owner: viewer.departmentName ?? strings["inbox_leaders"]!,
            items: items.map { item in
                InboxModel.Item(
                    id: item.id, kind: language.word(item.kind), kindCode: item.kind.rawValue,
                    subject: item.subject, body: item.body, taskLink: item.taskID.map { "/tasks/\($0)" }, taskID: item.taskID,
                    department: inbox == .leaders ? item.department : nil, dueOn: language.date(item.dueOn),
                    unread: item.readAt == nil,
                    deliveries: item.deliveries.isEmpty
                        ? nil : item.deliveries.map(language.word).joined(separator: "、"))
            },
            hasUnread: items.contains { $0.readAt == nil })
        return renderer.page("inbox", title: strings["inbox"]!, model: model, request: request, context: context)
    }

    /// Marks one message (`id`) or all of them read.
    func markInboxRead(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer { $0.inbox != nil }
        guard let inbox = viewer.inbox else { throw AppError.forbidden }
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        let ids = try form.integer("id", label: "消息 message").map { [$0] }
        _ = try await store.markRead(inbox, jurisdiction: viewer.user.jurisdiction, ids: ids, reader: viewer.user.displayName)
        return Pages.redirect(fallback: "/inbox", form: form)
    }
}
