import Hummingbird
import PlanStore

/// A controller of one resource's pages: its routes, relative to the path it is mounted at.
protocol PageController: Sendable {
    /// Where the controller's routes are mounted (`tasks` for `/tasks`, `/tasks/:id`…).
    static var path: String { get }
    var services: PageServices { get }
    var endpoints: RouteCollection<AppRequestContext> { get }
}

extension PageController {
    var store: PlanStore { services.store }
    var snapshots: PlanSnapshots { services.snapshots }
    var renderer: PageRenderer { services.renderer }
    var settings: WebSettings { services.settings }
    var cache: PageCache { services.cache }

    /// The viewer's current plan as of the page's date (`?as_of=`).
    func snapshot(for viewer: Viewer, request: Request) async throws -> PlanSnapshot {
        try await services.snapshot(for: viewer, request: request)
    }

    /// A whole page from the cache, or rendered and kept (`PageServices.cachedPage`).
    func cachedPage(
        _ key: String, plan: PlanSnapshot, title: String, request: Request, context: AppRequestContext,
        content: @escaping @Sendable () async throws -> String
    ) async throws -> Response {
        try await services.cachedPage(key, plan: plan, title: title, request: request, context: context, content: content)
    }
}
