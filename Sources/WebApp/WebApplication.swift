import Foundation
import Hummingbird
import Logging
import Metrics
import PlanStore
import Prometheus
import ServiceLifecycle

/// Builds the web application over a store: pages, the JSON API, health and metrics.
public enum WebApplication {
    /// The application, ready to run (or to test with HummingbirdTesting).
    public static func build(
        store: PlanStore, settings: WebSettings = WebSettings(), host: String = "127.0.0.1", port: Int = 8080,
        metrics: PrometheusCollectorRegistry = PrometheusCollectorRegistry(), logger: Logger = Logger(label: "luoshi.web"),
        services: [any Service] = [],
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws -> some ApplicationProtocol {
        let router = try await router(store: store, settings: settings, metrics: metrics)
        var app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "Luoshi"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
            logger: logger)
        // Run beside the server and shut down with it (the supervision loop, say).
        app.addServices(services)
        return app
    }

    /// The router alone: every route and middleware.
    public static func router(
        store: PlanStore, settings: WebSettings, metrics: PrometheusCollectorRegistry = PrometheusCollectorRegistry()
    ) async throws -> Router<AppRequestContext> {
        let renderer = try PageRenderer.load()
        let snapshots = PlanSnapshots(store: store, clock: RevisionClock(store: store))
        // HEAD is answered wherever GET is (`curl -I`), without a body.
        let router = Router(context: AppRequestContext.self, options: .autoGenerateHeadEndpoints)
        let knownRoutes = KnownRoutes()
        router.add(middleware: SecurityHeadersMiddleware())
        if settings.logRequests { router.add(middleware: LogRequestsMiddleware(.info)) }
        router.add(middleware: RequestMetricsMiddleware(registry: metrics))
        router.add(middleware: StoreErrorMiddleware())
        router.add(middleware: UnmatchedRouteMiddleware(routes: knownRoutes))

        // Open to all, before sessions are looked up: they must stay cheap.
        SystemRoutes(store: store, metrics: metrics, metricsToken: settings.metricsToken).register(on: router)

        let site = router.group()
            .add(middleware: ViewerMiddleware(sessions: SessionCache(store: store), unread: UnreadCounts(store: store)))
            .add(middleware: RecordScopeMiddleware(store: store))
        let cache = PageCache()
        Pages.register(
            on: site,
            services: PageServices(store: store, snapshots: snapshots, renderer: renderer, settings: settings, cache: cache))
        let standInHash = try await settings.hasher.hash(SessionToken.random().value)
        SessionPages(
            store: store, renderer: renderer, hasher: settings.hasher, throttle: LoginThrottle(), settings: settings,
            standInHash: standInHash
        )
        .register(on: site)
        APIRoutes(store: store, snapshots: snapshots, cache: cache).register(on: site.group("api/v1"))
        knownRoutes.set(router.routes.map { (path: $0.path, method: $0.method) })
        return router
    }
}
