import Documents
import Foundation
import Hummingbird
import PlanStore
import Prometheus

/// `/health`, `/metrics` and the stylesheet: open to all, no session looked up.
struct SystemRoutes {
    let store: PlanStore
    let metrics: PrometheusCollectorRegistry
    let metricsToken: String?

    func register(on router: Router<AppRequestContext>) {
        // Alive, without asking the store: for a process supervisor, and the ceiling in `luoshi bench-web`.
        router.get("ping") { _, _ -> Response in
            Response(status: .ok, headers: [.contentType: "text/plain"], body: .init(byteBuffer: ByteBuffer(string: "pong")))
        }
        router.get("health") { _, _ -> Response in
            // Ready means the store answers.
            _ = try await store.planRevision()
            return Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: #"{"status":"ok"}"#)))
        }
        router.get("metrics") { request, _ -> Response in
            if let metricsToken {
                let given =
                    request.headers[.authorization].flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil } ?? ""
                guard FormFields.constantTimeEqual(given, metricsToken) else {
                    return Response(
                        status: .unauthorized,
                        headers: [.contentType: "text/plain; charset=utf-8", .wwwAuthenticate: "Bearer realm=\"metrics\""],
                        body: .init(byteBuffer: ByteBuffer(string: "需要指标令牌。 A metrics token is required.\n")))
                }
            }
            var buffer = [UInt8]()
            metrics.emit(into: &buffer)
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: buffer)))
        }
        let stylesheet = ShippedFiles.stylesheet
        router.get("assets/app.css") { _, _ -> Response in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(bytes: stylesheet)))
        }
        // The circulars' print view: the same style `luoshi circular --format html` puts inline.
        router.get("assets/circular.css") { _, _ -> Response in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: CircularPrintView.style)))
        }
    }
}
