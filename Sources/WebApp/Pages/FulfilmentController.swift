import Documents
import Foundation
import Hummingbird
import PlanActions
import PlanStore
import ReportExtraction

/// 年度兑现: what the next year's report says became of each commitment of a plan, beside the
/// tracked record; the office confirms or overrides each verdict and carries unfinished tasks over.
struct FulfilmentModel {
    struct Count {
        let label: String
        let figure: Int
        let outcome: String
        let link: String
    }

    struct Breakdown {
        let name: String
        let figures: [Int]
        let total: Int
    }

    /// A choice of a select or a link list (the task list's).
    typealias Option = TaskListModel.Option

    struct Item {
        let id: Int
        let version: Int
        let kind: String
        let section: String
        let planQuote: String
        let reviewQuote: String?
        let target: String?
        let actual: String?
        let outcome: String
        let outcomeLabel: String
        let decision: String
        let decided: Bool
        let reason: String?
        let tracked: String?
        let discrepancy: String?
        let lead: String?
        let taskLink: String?
        let carryProposed: Bool
        let carryState: String?
        let carriedLink: String?
        let outcomes: [Option]
    }

    let jurisdiction: String
    let year: Int
    let reviewYear: Int
    let years: [Option]
    let multipleYears: Bool
    let empty: Bool
    let counts: [Count]
    let discrepancies: Int
    let outcomeHeaders: [String]
    let bySection: [Breakdown]
    let byDepartment: [Breakdown]
    let items: [Item]
    let shown: Int
    let filterOutcomes: [Option]
    let filterKinds: [Option]
    let filterDepartments: [Option]
    let discrepancyOnly: Bool
    let includeVague: Bool
    let mayDecide: Bool
    let back: String
    let exportCSV: String
    let exportXLSX: String
}

/// The fulfilment page: each commitment against what the next report says, the office's decisions, the export.
struct FulfilmentController: PageController {
    let services: PageServices
    static let path = "fulfilment"

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get { request, context in try await fulfilment(request, context) }
        routes.post("verdicts/:id") { request, context in try await decideVerdict(request, context) }
        routes.post("verdicts/:id/carry") { request, context in try await carryOver(request, context) }
        routes.get("export.csv") { request, context in try await fulfilmentExport(request, context, xlsx: false) }
        routes.get("export.xlsx") { request, context in try await fulfilmentExport(request, context, xlsx: true) }
        return routes
    }

    func fulfilment(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer { $0.readsWholePlan }
        let language = context.language
        let strings = language.strings
        let jurisdiction = viewer.user.jurisdiction
        let years = try await store.verdictYears(jurisdiction: jurisdiction)
        let query = request.uri.queryParameters
        let current = try await snapshots.snapshot(jurisdiction: jurisdiction)?.planYear
        guard let year = query["year"].flatMap({ Int(String($0)) }) ?? years.first ?? current else {
            throw AppError(.notFound, code: "no_plan", message: "还没有导入工作报告。 No report has been imported yet.")
        }
        let book = try await store.verdictBook(jurisdiction: jurisdiction, planYear: year)
        let sections = try await snapshots.snapshot(jurisdiction: jurisdiction, planYear: year)
        let filters = VerdictQuery(request: request)
        let considered = filters.considered(book.entries)
        let shown = filters.matches(book.entries)
        let (outcomeFilter, kindFilter, departmentFilter) = (filters.outcome, filters.kind, filters.department)
        let (discrepancyOnly, includeVague) = (filters.discrepancyOnly, filters.includeVague)
        func label(_ outcome: VerdictOutcome) -> String { strings["outcome_" + outcome.rawValue] ?? outcome.label }
        func breakdown(_ name: String, _ entries: [VerdictEntry]) -> FulfilmentModel.Breakdown {
            let counts = Dictionary(grouping: entries, by: \.verdict.effectiveOutcome).mapValues(\.count)
            return .init(name: name, figures: VerdictOutcome.allCases.map { counts[$0] ?? 0 }, total: entries.count)
        }
        let byPart = Dictionary(grouping: considered) { PlanSnapshot.part(of: $0.verdict.sectionPath) ?? "" }
        let byLead = Dictionary(grouping: considered) { $0.lead ?? (strings["unassigned"] ?? "") }
        let path = "/fulfilment?year=\(year)"
        let back = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
        let items = shown.map { entry -> FulfilmentModel.Item in
            let verdict = entry.verdict
            let comparator = verdict.targetComparator.flatMap { strings["comparator_" + $0.rawValue] } ?? ""
            return FulfilmentModel.Item(
                id: verdict.id, version: verdict.rowVersion,
                kind: verdict.targetKind == .quantity ? strings["fulfilment_kind_quantity"]! : strings["fulfilment_kind_task"]!,
                section: sections?.sectionTitle(verdict.sectionPath) ?? verdict.sectionPath ?? "",
                planQuote: verdict.targetQuote, reviewQuote: verdict.evidenceQuote,
                target: verdict.targetValue.map { comparator + Format.number($0) + (verdict.targetUnit ?? "") },
                actual: verdict.actualValue.map { Format.number($0) + (verdict.actualUnit ?? "") },
                outcome: verdict.effectiveOutcome.rawValue, outcomeLabel: label(verdict.effectiveOutcome),
                decision: strings["decision_" + verdict.decision.rawValue] ?? verdict.decision.chinese,
                decided: verdict.decision != .proposed, reason: verdict.reason,
                tracked: entry.trackedState.map { strings["state_" + $0.rawValue] ?? $0.chinese },
                discrepancy: entry.discrepancy.map { strings["discrepancy_" + $0.rawValue] ?? $0.chinese }, lead: entry.lead,
                taskLink: verdict.taskID.map { "/tasks/\($0)" }, carryProposed: entry.carryOver == .proposed && viewer.isOffice,
                carryState: entry.carryOver.flatMap { $0 == .proposed ? nil : strings["carry_" + $0.rawValue] },
                carriedLink: entry.carriedTaskID.map { "/tasks/\($0)" },
                outcomes: VerdictOutcome.allCases.map {
                    .init(value: $0.rawValue, label: label($0), selected: $0 == verdict.effectiveOutcome)
                })
        }
        let model = FulfilmentModel(
            jurisdiction: jurisdiction, year: year, reviewYear: year + 1,
            years: years.map { .init(value: "/fulfilment?year=\($0)", label: String($0), selected: $0 == year) },
            multipleYears: years.count > 1,
            empty: book.entries.isEmpty,
            counts: VerdictOutcome.allCases.map { outcome in
                .init(
                    label: label(outcome), figure: considered.filter { $0.verdict.effectiveOutcome == outcome }.count,
                    outcome: outcome.rawValue,
                    link: path + "&outcome=\(outcome.rawValue)" + (includeVague ? "&vague=1" : ""))
            },
            discrepancies: considered.filter { $0.discrepancy != nil }.count,
            outcomeHeaders: VerdictOutcome.allCases.map(label),
            bySection: byPart.keys.sorted { (Int($0) ?? 999, $0) < (Int($1) ?? 999, $1) }.map {
                breakdown(sections?.sectionTitle($0) ?? ($0.isEmpty ? strings["dash_noSection"]! : $0), byPart[$0]!)
            },
            byDepartment: byLead.keys.sorted().map { breakdown($0, byLead[$0]!) },
            items: items, shown: items.count,
            filterOutcomes: [.init(value: "", label: strings["all"]!, selected: outcomeFilter == nil)]
                + VerdictOutcome.allCases.map { .init(value: $0.rawValue, label: label($0), selected: $0 == outcomeFilter) },
            filterKinds: [
                .init(value: "", label: strings["all"]!, selected: kindFilter == nil),
                .init(value: "quantity", label: strings["fulfilment_kind_quantity"]!, selected: kindFilter == .quantity),
                .init(value: "task", label: strings["fulfilment_kind_task"]!, selected: kindFilter == .task),
            ],
            filterDepartments: [.init(value: "", label: strings["all"]!, selected: departmentFilter == nil)]
                + byLead.keys.sorted().map { .init(value: $0, label: $0, selected: $0 == departmentFilter) },
            discrepancyOnly: discrepancyOnly, includeVague: includeVague, mayDecide: viewer.isOffice, back: back,
            exportCSV: "/fulfilment/export.csv?year=\(year)", exportXLSX: "/fulfilment/export.xlsx?year=\(year)")
        return renderer.page("fulfilment", title: strings["fulfilment"]!, model: model, request: request, context: context)
    }

    /// The office confirms a verdict (same outcome) or overrides it (another outcome and a reason).
    func decideVerdict(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        guard let version = form["version"].flatMap(Int.init) else { throw AppError.invalid("缺少版本号。 The version is missing.") }
        _ = try await VerdictActions(store: store).decide(
            verdictID: try Pages.id(context), try VerdictActions.outcome(form["outcome"]), reason: form["reason"],
            expectedVersion: version, by: viewer.acting)
        return Pages.redirect(fallback: "/fulfilment", form: form)
    }

    /// The office carries an unfinished task into the next year's plan, or drops the proposal.
    func carryOver(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        _ = try await VerdictActions(store: store).carryOver(
            verdictID: try Pages.id(context), try CarryOverDecision.parse(form["decision"]), reason: form["reason"],
            by: viewer.acting)
        return Pages.redirect(fallback: "/fulfilment", form: form)
    }

    func fulfilmentExport(_ request: Request, _ context: AppRequestContext, xlsx: Bool) async throws -> Response {
        let viewer = try context.requireViewer { $0.readsWholePlan }
        guard let year = request.uri.queryParameters["year"].flatMap({ Int(String($0)) }) else {
            throw AppError.invalid("请给出计划年度 year。 Give the plan year.")
        }
        let table = FulfilmentTable(try await store.verdictBook(jurisdiction: viewer.user.jurisdiction, planYear: year))
        return try Pages.download(
            name: "\(viewer.user.jurisdiction)\(year)年度兑现", xlsx: xlsx, csv: table.csv, writeXLSX: table.writeXLSX)
    }

}
