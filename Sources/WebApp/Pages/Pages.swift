import Documents
import Foundation
import Hummingbird
import PlanStore

/// The pages of the web application: one controller a resource, each mounted at its path, and
/// what their handlers share to answer (a page, a download, a redirect).
enum Pages {
    /// The page controllers, each mounted at its own path.
    static func register(on router: RouterGroup<AppRequestContext>, services: PageServices) {
        router.get("/") { _, context -> Response in
            let target: String
            switch context.viewer?.user.role {
            case .none: target = "/portal"
            case .department: target = "/workspace"
            default: target = "/dashboard"
            }
            return Response(status: .seeOther, headers: [.location: target])
        }
        let controllers: [any PageController] = [
            DashboardController(services: services),
            TaskController(services: services),
            EvidenceController(services: services),
            ReaderController(services: services),
            WorkspaceController(services: services),
            ReviewController(services: services),
            AllocationController(services: services),
            FulfilmentController(services: services),
            InboxController(services: services),
            InstructionController(services: services),
            CircularController(services: services),
            RankingController(services: services),
            SupervisionController(services: services),
            CompareController(services: services),
            AdminController(services: services),
            PortalController(services: services),
            CommentController(services: services),
        ]
        for controller in controllers {
            router.addRoutes(controller.endpoints, atPath: RouterPath(type(of: controller).path))
        }
    }

    /// A table as a download: UTF-8 CSV, or a workbook written to a temporary file and sent.
    static func download(
        name: String, xlsx: Bool, csv: () -> String, writeXLSX: (URL) throws(DocumentError) -> Void
    ) throws -> Response {
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "luoshi"
        guard xlsx else {
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename*=UTF-8''\(encoded).csv",
                ],
                body: .init(byteBuffer: ByteBuffer(string: csv())))
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-export-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try writeXLSX(url)
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                .contentDisposition: "attachment; filename*=UTF-8''\(encoded).xlsx",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: try Data(contentsOf: url))))
    }

    static func html(_ html: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    static func asOf(_ request: Request) throws -> ISODate? {
        guard let text = request.uri.queryParameters["as_of"].map(String.init), !text.isEmpty else { return nil }
        guard let date = ISODate(text) else {
            throw AppError.invalid("「\(text)」不是有效日期（应为 2022-06-30）。 \(text) is not a date (write 2022-06-30).")
        }
        return date
    }

    /// A task id from the path.
    static func id(_ context: AppRequestContext, _ name: String = "id") throws -> Int {
        guard let id = context.parameters.get(name).flatMap(Int.init) else { throw AppError.notFound }
        return id
    }

    /// After a form: back to where it came from (a page of this site), else to `fallback`.
    static func redirect(fallback: String, form: FormFields? = nil) -> Response {
        let target = SessionPages.localPath(form?["back"]) ?? fallback
        return Response(status: .seeOther, headers: [.location: target])
    }
}
