import Foundation
import Hummingbird
import Logging
import PlanStore

/// Finds out who is asking: a session cookie (browsers) or `Authorization: Bearer` (scripts),
/// and the language of the answer (the `luoshi_lang` cookie or `?lang=`).
struct ViewerMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let sessions: SessionCache
    let unread: UnreadCounts

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        var context = context
        if let code = request.uri.queryParameters["lang"].flatMap({ Language(rawValue: String($0)) }) {
            context.language = code
        } else if let code = request.cookies[SessionCookie.language].flatMap({ Language(rawValue: $0.value) }) {
            context.language = code
        }
        if let authorization = request.headers[.authorization], authorization.hasPrefix("Bearer ") {
            let token = SessionToken(value: String(authorization.dropFirst("Bearer ".count)).trimmingCharacters(in: .whitespaces))
            guard let viewer = try await sessions.viewer(.apiToken(token.hash)) else { throw AppError.unauthorized }
            context.viewer = viewer
        } else if let cookie = request.cookies[SessionCookie.session] {
            context.viewer = try await sessions.viewer(.session(SessionToken(value: cookie.value).hash))
        }
        if let viewer = context.viewer {
            context.logger[metadataKey: "user"] = "\(viewer.user.login)"
            // The badge is for pages a browser shows: not for scripts with a token, the API or downloads.
            if let inbox = viewer.inbox, viewer.csrfToken != nil, request.method == .get, Self.isPage(request.uri.path) {
                context.unread = try await unread.count(inbox, jurisdiction: viewer.user.jurisdiction)
            }
        }
        return try await next(request, context)
    }
}

extension ViewerMiddleware {
    /// Whether `path` is a page with the site's frame (and so the inbox badge).
    static func isPage(_ path: String) -> Bool {
        if path.hasPrefix("/api/") { return false }
        for suffix in [".csv", ".xlsx", ".docx", "/docx", "/evidence"] where path.hasSuffix(suffix) { return false }
        return true
    }
}

/// The names of Luoshi's cookies.
enum SessionCookie {
    static let session = "luoshi_session"
    static let language = "luoshi_lang"
    /// The double-submit token of the sign-in form, before there is a session.
    static let loginCSRF = "luoshi_login_csrf"
}
