import Foundation
import Hummingbird
import PlanStore

/// A progress report's evidence, downloaded.
struct EvidenceController: PageController {
    let services: PageServices
    static let path = "progress"

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get(":id/evidence") { request, context in try await evidence(request, context) }
        return routes
    }

    func evidence(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try context.requireViewer()
        guard let file = try await store.evidence(reportID: try Pages.id(context)) else { throw AppError.notFound }
        // Served as a download, never rendered in the site's origin.
        let name = file.name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "evidence"
        return Response(
            status: .ok,
            headers: [
                .contentType: file.contentType, .contentDisposition: "attachment; filename*=UTF-8''\(name)",
                .cacheControl: "private, max-age=3600",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: file.bytes)))
    }

    /// Where a progress report's evidence is downloaded.
    static func evidencePath(_ reportID: Int) -> String { "/progress/\(reportID)/evidence" }
}
