import Hummingbird
import Synchronization

/// The routes of the application, by method, once they are all registered: what tells a wrong
/// method on an existing resource (405, with `Allow`) from a path that names nothing (404).
final class KnownRoutes: Sendable {
    private let routes = Mutex<[(path: RouterPath, method: HTTPRequest.Method)]>([])

    /// Keeps `routes`, adding HEAD wherever GET is (the router answers it there).
    func set(_ routes: [(path: RouterPath, method: HTTPRequest.Method)]) {
        let heads = routes.filter { $0.method == .get }.map { (path: $0.path, method: HTTPRequest.Method.head) }
        self.routes.withLock { $0 = routes + heads }
    }

    /// The names of the methods some route answers at `path`, sorted.
    func methods(at path: String) -> [String] {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        let matching: [String] = routes.withLock { routes in
            routes.filter { Self.matches($0.path, segments) }.map { $0.method.rawValue }
        }
        return Set(matching).sorted()
    }

    private static func matches(_ route: RouterPath, _ segments: [Substring]) -> Bool {
        var index = 0
        for element in route.components {
            // A catch-all (`/api/v1/**`) is a fallback, not a resource: it makes no path known.
            if element.description == "**" { return false }
            guard index < segments.count, element ~= segments[index] else { return false }
            index += 1
        }
        return index == segments.count
    }
}

/// Answers what no route handles as the rest of the site does: a path that names nothing gets
/// the site's 404 (a page, or JSON under `/api`), a known path asked with another method gets
/// 405 with the methods it does take.
struct UnmatchedRouteMiddleware<Context: RequestContext>: RouterMiddleware {
    let routes: KnownRoutes

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound && context.endpointPath == "NotFound" {
            let allowed = routes.methods(at: request.uri.path)
            guard !allowed.isEmpty else { throw AppError.notFound }
            let list = allowed.joined(separator: ", ")
            throw AppError(
                .methodNotAllowed, code: "method_not_allowed",
                message:
                    "该地址不接受 \(request.method.rawValue) 请求（可用：\(list)）。 \(request.method.rawValue) is not allowed here (allowed: \(list)).",
                headers: [.allow: list])
        }
    }
}
