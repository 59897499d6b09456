import Foundation
import Hummingbird
import PlanStore

/// The pages of the web application; each lives in its own `Pages+Name.swift`.
struct Pages {
    let store: PlanStore
    let snapshots: PlanSnapshots
    let renderer: PageRenderer
    let settings: WebSettings
    let cache: PageCache

    func register(on router: RouterGroup<AppRequestContext>) {
        router.get("/") { _, context -> Response in
            let target: String
            switch context.viewer?.user.role {
            case .none: target = "/portal"
            case .department: target = "/workspace"
            default: target = "/dashboard"
            }
            return Response(status: .seeOther, headers: [.location: target])
        }
        router.get("dashboard") { request, context in try await dashboard(request, context) }
        router.get("tasks") { request, context in try await taskList(request, context) }
        router.get("tasks/:id") { request, context in try await taskPage(request, context) }
        router.post("tasks/:id/progress") { request, context in try await fileProgress(request, context) }
        router.post("tasks/:id/deadline-request") { request, context in try await requestDeadline(request, context) }
        router.get("progress/:id/evidence") { request, context in try await evidence(request, context) }
        router.get("report") { request, context in try await reader(request, context) }
        router.get("workspace") { request, context in try await workspace(request, context) }
        router.get("review") { request, context in try await review(request, context) }
        router.post("review/progress/:id") { request, context in try await reviewProgress(request, context) }
        router.post("review/deadline/:id") { request, context in try await reviewDeadline(request, context) }
        router.get("allocation") { request, context in try await allocation(request, context) }
        router.post("allocation/tasks/:id") { request, context in try await changeTask(request, context) }
        router.post("allocation/tasks") { request, context in try await addTask(request, context) }
        router.post("allocation/merge") { request, context in try await mergeTasks(request, context) }
        router.post("allocation/publish") { request, context in try await publish(request, context) }
        router.post("allocation/accept-suggestions") { request, context in try await acceptSuggestions(request, context) }
        router.get("fulfilment") { request, context in try await fulfilment(request, context) }
        router.post("fulfilment/verdicts/:id") { request, context in try await decideVerdict(request, context) }
        router.post("fulfilment/verdicts/:id/carry") { request, context in try await carryOver(request, context) }
        router.get("fulfilment/export.csv") { request, context in try await fulfilmentExport(request, context, xlsx: false) }
        router.get("fulfilment/export.xlsx") { request, context in try await fulfilmentExport(request, context, xlsx: true) }
        router.get("inbox") { request, context in try await inbox(request, context) }
        router.post("inbox/read") { request, context in try await markInboxRead(request, context) }
        router.get("instructions") { request, context in try await instructionsPage(request, context) }
        router.post("instructions") { request, context in try await giveInstruction(request, context) }
        router.post("instructions/:id/acknowledge") { request, context in try await acknowledgeInstruction(request, context) }
        router.post("instructions/:id/answer") { request, context in try await answerInstruction(request, context) }
        router.get("circulars") { request, context in try await circulars(request, context) }
        router.post("circulars") { request, context in try await publishCircular(request, context) }
        router.get("circulars/draft") { request, context in try await circularDraft(request, context) }
        router.post("circulars/preview") { request, context in try await previewCircular(request, context) }
        router.get("circulars/:id") { request, context in try await circularPrint(request, context) }
        router.get("circulars/draft/docx") { request, context in try await circularDOCX(request, context) }
        router.get("circulars/:id/docx") { request, context in try await circularDOCX(request, context) }
        router.get("rankings") { request, context in try await rankings(request, context) }
        router.post("rankings/weights") { request, context in try await saveRankingWeights(request, context) }
        router.get("rankings/export.xlsx") { request, context in try await rankingsExport(request, context, xlsx: true) }
        router.get("rankings/export.csv") { request, context in try await rankingsExport(request, context, xlsx: false) }
        router.get("supervision") { request, context in try await supervision(request, context) }
        router.post("supervision/rules") { request, context in try await saveReminderRules(request, context) }
        router.post("supervision/channels") { request, context in try await saveChannel(request, context) }
        router.post("supervision/run") { request, context in try await runRemindersNow(request, context) }
        router.get("compare") { request, context in try await compare(request, context) }
        router.get("admin") { request, context in try await admin(request, context) }
        router.post("admin/users") { request, context in try await createUser(request, context) }
        router.post("admin/users/:id/disabled") { request, context in try await setUserDisabled(request, context) }
        router.post("admin/users/:id/password") { request, context in try await resetPassword(request, context) }
        router.post("admin/departments") { request, context in try await createDepartment(request, context) }
        router.post("admin/import") { request, context in try await importReport(request, context) }
        router.get("portal") { request, context in try await portal(request, context) }
        router.get("portal/:jurisdiction/:year") { request, context in try await portalPlan(request, context) }
        router.get("portal/:jurisdiction/:year/tasks/:id") { request, context in try await portalTask(request, context) }
        router.post("portal/:jurisdiction/:year/tasks/:id") { request, context in try await submitComment(request, context) }
        router.get("comments") { request, context in try await commentsQueue(request, context) }
        router.post("comments/:id") { request, context in try await moderateComment(request, context) }
    }

    /// The viewer's current plan as of the page's date (`?as_of=`, else the default of `PlanSnapshots`).
    func snapshot(for viewer: Viewer, request: Request) async throws -> PlanSnapshot {
        guard let snapshot = try await snapshots.snapshot(jurisdiction: viewer.user.jurisdiction, asOf: try Self.asOf(request))
        else {
            throw AppError(.notFound, code: "no_plan", message: "还没有导入工作报告。 No report has been imported yet.")
        }
        return snapshot
    }

    /// A whole page from the cache, or rendered and kept: for pages that depend only on the plan,
    /// the query and the viewer. The key holds the viewer and their session's form token, so a
    /// page kept for one session is never shown to another.
    func cachedPage(
        _ key: String, plan: PlanSnapshot, title: String, request: Request, context: AppRequestContext,
        content: @escaping @Sendable () async throws -> String
    ) async throws -> Response {
        let viewer = context.viewer.map { "\($0.user.id):\($0.csrfToken ?? "")" } ?? "public"
        let key = "\(key)|\(context.language.rawValue)|\(viewer)|\(request.uri.path)"
        // The frame (viewer, form token, inbox badge) is rendered per request around the kept content.
        let html = try await cache.content(key, revision: plan.revision, make: content)
        return Self.html(renderer.html(content: html, title: title, request: request, context: context))
    }

    /// A table as a download: UTF-8 CSV, or a workbook written to a temporary file and sent.
    static func download(
        name: String, xlsx: Bool, csv: () -> String, writeXLSX: (URL) throws(StoreError) -> Void
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
