import Documents
import Foundation
import Hummingbird
import Logging
import PlanActions
import PlanStore

/// Why a request was refused, mapped once to a status code and to the answer the caller can
/// read: `{"error":{"code","message"}}` under `/api`, a short page elsewhere.
public struct AppError: Error, Sendable {
    public var status: HTTPResponse.Status
    /// A stable, machine-readable word (`not_found`, `conflict`, …).
    public var code: String
    /// What went wrong and what to do, in Chinese and English.
    public var message: String
    /// Fields the answer carries besides its body (`Allow` with a 405).
    public var headers: HTTPFields = [:]

    public init(_ status: HTTPResponse.Status, code: String, message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
    }

    static let unauthorized = AppError(.unauthorized, code: "unauthorized", message: "请先登录。 Sign in first.")
    static let forbidden = AppError(.forbidden, code: "forbidden", message: "您没有权限执行此操作。 You may not do this.")
    static let notFound = AppError(.notFound, code: "not_found", message: "找不到该页面或记录。 No such page or record.")
    static let badCSRF = AppError(
        .forbidden, code: "csrf",
        message: "表单已过期或来源不明，请刷新页面后重试。 The form is stale or came from elsewhere: reload the page and try again.")

    static func invalid(_ message: String) -> AppError {
        AppError(.unprocessableContent, code: "invalid", message: message)
    }

    /// The store's refusal as the caller should see it.
    init(_ error: StoreError) {
        let message = error.errorDescription ?? String(describing: error)
        switch error {
        case .notFound:
            self.init(.notFound, code: "not_found", message: message)
        case .conflict:
            self.init(.conflict, code: "conflict", message: message)
        case .duplicate:
            self.init(.conflict, code: "duplicate", message: message)
        case .notAssigned:
            self.init(.forbidden, code: "not_assigned", message: message)
        case .rateLimited:
            self.init(.tooManyRequests, code: "rate_limited", message: message)
        case .evidenceTooLarge:
            self.init(.contentTooLarge, code: "too_large", message: message)
        case .query, .cannotOpen, .migrationFailed, .badLocation:
            self.init(
                .internalServerError, code: "internal",
                message: "服务器内部错误，请稍后重试。 Something went wrong on the server: try again later.")
        default:
            self.init(.unprocessableContent, code: "invalid", message: message)
        }
    }
}

extension AppError: HTTPResponseError {
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        if request.uri.path.hasPrefix("/api/") {
            let body = try JSONEncoder().encode(["error": ["code": code, "message": message]])
            var headers = self.headers
            headers[.contentType] = "application/json; charset=utf-8"
            return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
        var headers = self.headers
        headers[.contentType] = "text/html; charset=utf-8"
        if status == .unauthorized {
            // A browser goes to the sign-in page and comes back after.
            let back = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
            headers[.location] = "/login?next=" + (back.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")
            return Response(status: .seeOther, headers: headers)
        }
        let html = """
            <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(status.code) · 落实</title><link rel="stylesheet" href="/assets/app.css"></head>
            <body class="error-page"><main><h1>\(status.code)</h1><p class="error-message">\(HTML.escape(message))</p>
            <p><a href="/">返回首页 Home</a></p></main></body></html>
            """
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}

extension AppError {
    /// An action's refusal as the caller should see it.
    init(_ error: ActionError) {
        switch error {
        case .forbidden: self = .forbidden
        case .notFound: self = .notFound
        case .invalid(let message): self = .invalid(message)
        case .store(let error): self.init(error)
        }
    }
}

/// Turns the store's and the actions' errors into `AppError`s, so every route answers them the same way.
struct StoreErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as StoreError {
            if case .query = error { context.logger.error("store failed: \(error)") }
            throw AppError(error)
        } catch let error as ActionError {
            if case .store(.query) = error { context.logger.error("store failed: \(error)") }
            throw AppError(error)
        }
    }
}
