import Foundation
import Hummingbird
import PlanStore

/// What every page controller is built from, and the two things most of their handlers do
/// with it: find the viewer's plan, and keep a rendered page.
struct PageServices: Sendable {
    let store: PlanStore
    let snapshots: PlanSnapshots
    let renderer: PageRenderer
    let settings: WebSettings
    let cache: PageCache

    /// The viewer's current plan as of the page's date (`?as_of=`, else the default of `PlanSnapshots`).
    func snapshot(for viewer: Viewer, request: Request) async throws -> PlanSnapshot {
        guard let snapshot = try await snapshots.snapshot(jurisdiction: viewer.user.jurisdiction, asOf: try Pages.asOf(request))
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
        return Pages.html(renderer.html(content: html, title: title, request: request, context: context))
    }
}
