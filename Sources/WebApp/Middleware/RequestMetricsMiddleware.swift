import Hummingbird
import Prometheus

/// Counts requests and times them by route and status, for Prometheus at `/metrics`.
struct RequestMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let registry: PrometheusCollectorRegistry

    /// Buckets from 1 ms to 5 s: the pages aim at tens of milliseconds.
    static var buckets: [Duration] {
        [
            .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
            .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(5),
        ]
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        let start = ContinuousClock.now
        var status = 500
        defer {
            // The route pattern, not the path: `/tasks/{id}` is one series, not one per task.
            let route = context.endpointPath ?? "unmatched"
            let labels = [("method", request.method.rawValue), ("route", route), ("status", String(status))]
            registry.makeCounter(name: "luoshi_http_requests_total", labels: labels).increment()
            registry.makeDurationHistogram(
                name: "luoshi_http_request_duration_seconds", labels: [("method", request.method.rawValue), ("route", route)],
                buckets: Self.buckets
            ).record(ContinuousClock.now - start)
        }
        do {
            let response = try await next(request, context)
            status = response.status.code
            return response
        } catch let error as any HTTPResponseError {
            status = error.status.code
            throw error
        }
    }
}
