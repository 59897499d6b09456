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
        let rows: [TaskRow]
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
}

extension Pages {
    func portal(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let plans = try await store.publishedPlans()
        return try await portalPage(request, context, plans: plans, chosen: plans.first)
    }

    func portalPlan(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let plans = try await store.publishedPlans()
        // Path parameters arrive percent-encoded; the links to a plan encode its Chinese name.
        let jurisdiction = context.parameters.get("jurisdiction").flatMap { $0.removingPercentEncoding } ?? ""
        let year = context.parameters.get("year").flatMap(Int.init)
        // Only a published plan is public; anything else is not found.
        guard let chosen = plans.first(where: { $0.jurisdiction == jurisdiction && $0.planYear == year }) else { throw AppError.notFound }
        return try await portalPage(request, context, plans: plans, chosen: chosen)
    }

    private func portalPage(_ request: Request, _ context: AppRequestContext, plans: [PublishedPlan], chosen: PublishedPlan?) async throws
        -> Response
    {
        let language = context.language
        let strings = language.strings
        var model = PortalModel(
            plans: [], multiplePlans: false, title: nil, jurisdiction: nil, year: nil, asOf: nil, counts: [], groups: [],
            search: request.uri.queryParameters["q"].map(String.init) ?? "")
        let links = plans.map { plan in
            PortalModel.PlanLink(
                label: "\(plan.jurisdiction) \(plan.planYear)",
                link: "/portal/\(plan.jurisdiction.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")/\(plan.planYear)",
                current: plan == chosen)
        }
        if let chosen, let plan = try await snapshots.snapshot(jurisdiction: chosen.jurisdiction, planYear: chosen.planYear) {
            let search = model.search.trimmingCharacters(in: .whitespaces)
            let statuses = plan.statuses.filter { $0.state != .dropped && (search.isEmpty || $0.text.localizedCaseInsensitiveContains(search)) }
            let byPart = Dictionary(grouping: statuses) { PlanSnapshot.part(of: $0.section) ?? "" }
            let keys = byPart.keys.sorted { (Int($0) ?? 999, $0) < (Int($1) ?? 999, $1) }
            // Only verdicts the office has confirmed or set are public: a computed one may still be wrong.
            var verdicts: [Int: VerdictOutcome] = [:]
            for entry in try await store.verdictBook(jurisdiction: plan.jurisdiction, planYear: plan.planYear).entries
            where entry.verdict.decision != .proposed {
                guard let taskID = entry.verdict.taskID else { continue }
                if verdicts[taskID] == nil || entry.verdict.targetKind == "task" { verdicts[taskID] = entry.verdict.effectiveOutcome }
            }
            let commentCounts = try await store.publicCommentCounts(jurisdiction: plan.jurisdiction, planYear: plan.planYear)
            let taskPath = Self.portalTaskPrefix(plan)
            let groups = keys.map { key -> PortalModel.Group in
                let rows = byPart[key]!.sorted(by: TaskQuery.inSectionOrder).map { status -> TaskRow in
                    var row = TaskRow(status, language: language, linkPrefix: taskPath)
                    row.comments = commentCounts[status.taskID]
                    if let outcome = verdicts[status.taskID] {
                        row.verdict = strings["outcome_" + outcome.rawValue]
                        row.verdictOutcome = outcome.rawValue
                    }
                    return row
                }
                return PortalModel.Group(title: plan.sectionTitle(key) ?? strings["dash_noSection"]!, rows: rows)
            }
            func count(_ light: TaskStatus.Light) -> String { String(statuses.filter { $0.light == light }.count) }
            model = PortalModel(
                plans: links, multiplePlans: links.count > 1, title: plan.report.title, jurisdiction: plan.jurisdiction, year: plan.planYear, asOf: language.date(plan.asOf.text),
                counts: [
                    .init(label: strings["dash_tasks"]!, figure: String(statuses.count), link: "#", light: "none"),
                    .init(label: strings["dash_done"]!, figure: String(statuses.filter { $0.state == .done }.count), link: "#", light: "none"),
                    .init(label: TaskRow.lightLabel(.green, language: language), figure: count(.green), link: "#", light: "green"),
                    .init(label: TaskRow.lightLabel(.yellow, language: language), figure: count(.yellow), link: "#", light: "yellow"),
                    .init(label: TaskRow.lightLabel(.red, language: language), figure: count(.red), link: "#", light: "red"),
                ],
                groups: groups, search: model.search)
        } else {
            model = PortalModel(plans: links, multiplePlans: links.count > 1, title: nil, jurisdiction: nil, year: nil, asOf: nil, counts: [], groups: [], search: model.search)
        }
        var response = renderer.page("portal", title: strings["portal"]!, model: model, request: request, context: context)
        // The same for everyone: caches may keep it a minute.
        if context.viewer == nil { response.headers[.cacheControl] = "public, max-age=60" }
        return response
    }
}
