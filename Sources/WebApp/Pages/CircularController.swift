import Documents
import Foundation
import Hummingbird
import PlanActions
import PlanStore

/// 督查通报: the published circulars for everyone signed in; for the office, a month's draft
/// with its summary to rewrite, a preview, and the button that publishes it.
struct CircularsModel {
    struct Row {
        let id: Int
        let number: String
        let month: String
        let issuedOn: String
        let red: Int
        let yellow: Int
        let publishedBy: String
    }

    struct Month {
        let value: String
        let label: String
        let selected: Bool
    }

    let circulars: [Row]
    let mayDraft: Bool
    let months: [Month]
    let hasMonths: Bool
    let message: String?
}

/// A month's draft: the summary to edit and the document as it will read.
struct CircularDraftModel {
    let month: String
    let monthLabel: String
    let summary: String
    let preview: String
    let red: Int
    let yellow: Int
}

/// The monthly circular (督查通报): draft, preview, publication, print view and DOCX.
struct CircularController: PageController {
    let services: PageServices
    static let path = "circulars"

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get { request, context in try await circulars(request, context) }
        routes.post { request, context in try await publishCircular(request, context) }
        routes.get("draft") { request, context in try await circularDraft(request, context) }
        routes.post("preview") { request, context in try await previewCircular(request, context) }
        routes.get(":id") { request, context in try await circularPrint(request, context) }
        routes.get("draft/docx") { request, context in try await circularDOCX(request, context) }
        routes.get(":id/docx") { request, context in try await circularDOCX(request, context) }
        return routes
    }

    func circulars(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let plan = try await snapshot(for: viewer, request: request)
        let strings = context.language.strings
        let published = try await store.circulars(jurisdiction: viewer.user.jurisdiction)
        let issued = Set(published.map { Self.monthValue($0.circular.year, $0.circular.month) })
        let today = ISODate.today
        // The plan year's months that have begun and are not yet published; the last ended one is chosen.
        let year = plan.planYear
        let current = (today.year, today.month)
        let open = (1...12).filter { (year, $0) <= current && !issued.contains(Self.monthValue(year, $0)) }
        let chosen = open.last { (year, $0) < current } ?? open.last
        let model = CircularsModel(
            circulars: published.map {
                .init(
                    id: $0.id, number: $0.circular.numberLine, month: "\($0.circular.year)年\($0.circular.month)月",
                    issuedOn: $0.circular.issuedOn, red: $0.circular.figures.red, yellow: $0.circular.figures.yellow,
                    publishedBy: $0.publishedBy)
            },
            mayDraft: viewer.isOffice,
            months: open.reversed().map {
                .init(value: Self.monthValue(year, $0), label: "\(year)年\($0)月", selected: $0 == chosen)
            },
            hasMonths: !open.isEmpty,
            message: request.uri.queryParameters["done"].flatMap { strings["circular_done_" + String($0)] })
        return renderer.page("circulars", title: strings["circulars"]!, model: model, request: request, context: context)
    }

    /// The office's draft of a month (`?month=2026-11`); a month already published goes to its issue.
    func circularDraft(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer { $0.isOffice }
        let (year, month) = try Self.month(request.uri.queryParameters["month"].map(String.init))
        if let issued = try await store.circular(jurisdiction: viewer.user.jurisdiction, year: year, month: month) {
            return Response(status: .seeOther, headers: [.location: "/circulars/\(issued.id)"])
        }
        let draft = try await draft(viewer, request: request, year: year, month: month)
        return draftPage(draft, request: request, context: context)
    }

    /// The draft again with the summary the office wrote, not yet published.
    func previewCircular(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer { $0.isOffice }
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        let (year, month) = try Self.month(form["month"])
        var draft = try await draft(viewer, request: request, year: year, month: month)
        draft.summary = try Self.summary(form)
        return draftPage(draft, request: request, context: context)
    }

    func publishCircular(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        // Before the month's draft is drawn up from the plan; the action decides again.
        guard viewer.isOffice else { throw AppError.forbidden }
        let (year, month) = try Self.month(form["month"])
        let draft = try await draft(viewer, request: request, year: year, month: month)
        let published = try await SupervisionActions(store: store).publishCircular(
            draft, summary: try Self.summary(form), by: viewer.acting)
        return Response(status: .seeOther, headers: [.location: "/circulars?done=published#circular-\(published.id)"])
    }

    /// A published circular as its print page, or the office's draft of `?month=` (`draft`).
    func circularPrint(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let circular = try await circular(request, context)
        return Pages.html(CircularPrintView.html(circular, stylesheet: "/assets/circular.css"))
    }

    func circularDOCX(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let circular = try await circular(request, context)
        let data = try CircularDocument.docx(circular)
        let name =
            "督查通报-\(circular.jurisdiction)-\(circular.number.map { "\(circular.year)年第\($0)期" } ?? "\(circular.year)年\(circular.month)月草稿").docx"
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "circular.docx"
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                .contentDisposition: "attachment; filename=\"circular.docx\"; filename*=UTF-8''\(encoded)",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// `/circulars/:id` (any signed-in viewer of the jurisdiction) or `/circulars/draft/docx?month=` (the office).
    private func circular(_ request: Request, _ context: AppRequestContext) async throws -> Circular {
        if context.parameters.get("id") == nil {
            let viewer = try context.requireViewer { $0.isOffice }
            let (year, month) = try Self.month(request.uri.queryParameters["month"].map(String.init))
            return try await draft(viewer, request: request, year: year, month: month)
        }
        let viewer = try context.requireViewer()
        return try await store.circular(try Pages.id(context), jurisdiction: viewer.user.jurisdiction).circular
    }

    private func draft(_ viewer: Viewer, request: Request, year: Int, month: Int) async throws -> Circular {
        let plan = try await snapshot(for: viewer, request: request)
        return try await store.draftCircular(
            jurisdiction: viewer.user.jurisdiction, year: year, month: month, planYear: plan.planYear)
    }

    private func draftPage(_ draft: Circular, request: Request, context: AppRequestContext) -> Response {
        let model = CircularDraftModel(
            month: Self.monthValue(draft.year, draft.month), monthLabel: "\(draft.year)年\(draft.month)月", summary: draft.summary,
            preview: CircularPrintView.article(draft), red: draft.figures.red, yellow: draft.figures.yellow)
        return renderer.page(
            "circular-draft", title: context.language.strings["circular_draft"]!, model: model, request: request, context: context
        )
    }

    /// `2026-11` → (2026, 11), or a clear refusal.
    static func month(_ text: String?) throws -> (Int, Int) {
        let parts = (text ?? "").split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month),
            (1990...2100).contains(year)
        else {
            throw AppError.invalid("请选择通报的月份（如 2026-11）。 Choose the month (2026-11, say).")
        }
        return (year, month)
    }

    static func monthValue(_ year: Int, _ month: Int) -> String {
        String(format: "%04d-%02d", year, month)
    }

    /// The office's summary: required, at most 4,000 characters (the store says so if not).
    static func summary(_ form: FormFields) throws -> String {
        guard let summary = form["summary"], !summary.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw AppError.invalid("通报的概述不能为空。 The summary is empty.")
        }
        return summary
    }
}
