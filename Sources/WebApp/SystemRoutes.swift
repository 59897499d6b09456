import Foundation
import Hummingbird
import PlanStore
import Prometheus

/// `/health`, `/metrics` and the stylesheet: open to all, no session looked up.
struct SystemRoutes {
    let store: PlanStore
    let metrics: PrometheusCollectorRegistry

    func register(on router: Router<AppRequestContext>) {
        // Alive, without asking the store: for a process supervisor, and the ceiling in `luoshi bench-web`.
        router.get("ping") { _, _ -> Response in
            Response(status: .ok, headers: [.contentType: "text/plain"], body: .init(byteBuffer: ByteBuffer(string: "pong")))
        }
        router.get("health") { _, _ -> Response in
            // Ready means the store answers.
            _ = try await store.planRevision()
            return Response(
                status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: #"{"status":"ok"}"#)))
        }
        router.get("metrics") { _, _ -> Response in
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
