import Foundation
import Hummingbird
import PlanStore
import ReportExtraction

/// The public portal: published commitments and how far they are, with no login, no names of
/// people, no internal notes and no evidence files.
struct PortalModel {
    struct PlanLink {
        let label: String
        let link: String
        let current: Bool
    }

    struct Group {
        let title: String
        var rows: [TaskRow]
    }

    struct Pager {
        let page: Int
        let pages: Int
        let previous: String?
        let next: String?
    }

    let plans: [PlanLink]
    let multiplePlans: Bool
    let title: String?
    let jurisdiction: String?
    let year: Int?
    let asOf: String?
    let counts: [DashboardModel.Card]
    let groups: [Group]
    let search: String
    /// Page links when the plan (or the search) has more rows than a page shows.
    let pager: Pager?
}

/// The public portal: published plans, a commitment's page and citizens' comments on it.
struct PortalController: PageController {
    let services: PageServices
    static let path = "portal"

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get { request, context in try await portal(request, context) }
        routes.get(":jurisdiction/:year") { request, context in try await portalPlan(request, context) }
        routes.get(":jurisdiction/:year/tasks/:id") { request, context in try await portalTask(request, context) }
        routes.post(":jurisdiction/:year/tasks/:id") { request, context in try await submitComment(request, context) }
        return routes
    }

    /// Rows a portal page shows at most: a plan of thousands of tasks is read page by page.
    static let pageSize = 100

    func portal(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let plans = try await snapshots.publishedPlans()
        return try await portalPage(request, context, plans: plans, chosen: plans.first)
    }

    func portalPlan(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let plans = try await snapshots.publishedPlans()
        // Path parameters arrive percent-encoded; the links to a plan encode its Chinese name.
        let jurisdiction = context.parameters.get("jurisdiction").flatMap { $0.removingPercentEncoding } ?? ""
        let year = context.parameters.get("year").flatMap(Int.init)
        // Only a published plan is public; anything else is not found.
        guard let chosen = plans.first(where: { $0.jurisdiction == jurisdiction && $0.planYear == year }) else {
            throw AppError.notFound
        }
        return try await portalPage(request, context, plans: plans, chosen: chosen)
    }

    /// The portal is open to anyone, so it must stay cheap under load: the page of a plan is kept
    /// per plan revision (as the dashboard is) and rebuilt at most every `portalRefresh`, a search
    /// is a plain substring test over the kept statuses, and a page shows at most `pageSize` rows.
    private func portalPage(_ request: Request, _ context: AppRequestContext, plans: [PublishedPlan], chosen: PublishedPlan?)
        async throws
        -> Response
    {
        let language = context.language
        let strings = language.strings
        let search = (request.uri.queryParameters["q"].map(String.init) ?? "").trimmingCharacters(in: .whitespaces)
        let requestedPage = request.uri.queryParameters["page"].flatMap { Int(String($0)) } ?? 1
        let links = plans.map { plan in
            PortalModel.PlanLink(
                label: "\(plan.jurisdiction) \(plan.planYear)",
                link:
                    "/portal/\(plan.jurisdiction.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")/\(plan.planYear)",
                current: plan == chosen)
        }
        guard let chosen,
            let plan = try await snapshots.snapshot(
                jurisdiction: chosen.jurisdiction, planYear: chosen.planYear, tolerating: settings.portalRefresh)
        else {
            let model = PortalModel(
                plans: links, multiplePlans: links.count > 1, title: nil, jurisdiction: nil, year: nil, asOf: nil, counts: [],
                groups: [],
                search: search, pager: nil)
            return renderer.page("portal", title: strings["portal"]!, model: model, request: request, context: context)
        }
        let content: @Sendable () async throws -> String = {
            let model = try await portalModel(plan, links: links, search: search, page: requestedPage, language: language)
            return renderer.content("portal", model: model, context: context)
        }
        var response: Response
        if search.isEmpty {
            let key = "portal|\(plan.jurisdiction)|\(plan.planYear)|\(requestedPage)|\(links.count)"
            response = try await cachedPage(
                key, plan: plan, title: strings["portal"]!, request: request, context: context, content: content)
        } else {
            // Searches are not kept: made-up queries would push the popular pages out of the cache.
            response = Pages.html(
                renderer.html(content: try await content(), title: strings["portal"]!, request: request, context: context))
        }
        // The same for everyone: caches may keep it a minute.
        if context.viewer == nil { response.headers[.cacheControl] = "public, max-age=60" }
        return response
    }

    private func portalModel(_ plan: PlanSnapshot, links: [PortalModel.PlanLink], search: String, page: Int, language: Language)
        async throws
        -> PortalModel
    {
        let strings = language.strings
        let needle = search.lowercased()
        let statuses = plan.statuses.filter { $0.state != .dropped && (needle.isEmpty || $0.text.lowercased().contains(needle)) }
        // Parts in their order, tasks in section order within each: the page is a slice of that list.
        let ordered = Dictionary(grouping: statuses) { PlanSnapshot.part(of: $0.section) ?? "" }
            .sorted { (Int($0.key) ?? 999, $0.key) < (Int($1.key) ?? 999, $1.key) }
            .flatMap { part in part.value.sorted(by: TaskQuery.inSectionOrder).map { (part: part.key, status: $0) } }
        let paging = Paging(count: ordered.count, perPage: Self.pageSize, requested: page)
        // Only verdicts the office has confirmed or set are public: a computed one may still be wrong.
        var verdicts: [Int: VerdictOutcome] = [:]
        for entry in try await store.verdictBook(jurisdiction: plan.jurisdiction, planYear: plan.planYear).entries
        where entry.verdict.decision != .proposed {
            guard let taskID = entry.verdict.taskID else { continue }
            if verdicts[taskID] == nil || entry.verdict.targetKind == .task { verdicts[taskID] = entry.verdict.effectiveOutcome }
        }
        let commentCounts = try await store.publicCommentCounts(jurisdiction: plan.jurisdiction, planYear: plan.planYear)
        let taskPath = Self.portalTaskPrefix(plan)
        var groups: [PortalModel.Group] = []
        for (part, status) in paging.items(ordered) {
            var row = TaskRow(status, language: language, linkPrefix: taskPath)
            row.comments = commentCounts[status.taskID]
            if let outcome = verdicts[status.taskID] {
                row.verdict = strings["outcome_" + outcome.rawValue]
                row.verdictOutcome = outcome.rawValue
            }
            let title = plan.sectionTitle(part) ?? strings["dash_noSection"]!
            if groups.last?.title == title {
                groups[groups.count - 1].rows.append(row)
            } else {
                groups.append(.init(title: title, rows: [row]))
            }
        }
        func count(_ light: TaskStatus.Light) -> String { String(statuses.filter { $0.light == light }.count) }
        let query = search.isEmpty ? "" : "q=" + (search.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") + "&"
        let pager =
            paging.pages > 1
            ? PortalModel.Pager(
                page: paging.page, pages: paging.pages, previous: paging.previous.map { "?\(query)page=\($0)" },
                next: paging.next.map { "?\(query)page=\($0)" })
            : nil
        return PortalModel(
            plans: links, multiplePlans: links.count > 1, title: plan.report.title, jurisdiction: plan.jurisdiction,
            year: plan.planYear,
            asOf: language.date(plan.asOf.text),
            counts: [
                .init(label: strings["dash_tasks"]!, figure: String(statuses.count), link: "#", light: "none"),
                .init(
                    label: strings["dash_done"]!, figure: String(statuses.filter { $0.state == .done }.count), link: "#",
                    light: "none"),
                .init(label: TaskRow.lightLabel(.green, language: language), figure: count(.green), link: "#", light: "green"),
                .init(label: TaskRow.lightLabel(.yellow, language: language), figure: count(.yellow), link: "#", light: "yellow"),
                .init(label: TaskRow.lightLabel(.red, language: language), figure: count(.red), link: "#", light: "red"),
            ],
            groups: groups, search: search, pager: pager)
    }
}
