import Foundation
import Hummingbird
import PlanActions
import PlanStore
import ReportExtraction

/// A verdict as `/api/v1/verdicts` gives it.
struct VerdictJSON: Codable, Sendable {
    var id: Int
    var row_version: Int
    var kind: String
    var task_id: Int?
    var section: String?
    var vague: Bool
    var commitment: String
    var target_value: Double?
    var target_unit: String?
    var outcome: String
    var computed_outcome: String
    var decision: String
    var reason: String?
    var actual_value: Double?
    var actual_unit: String?
    var evidence: String?
    var lead: String?
    var tracked_state: String?
    var discrepancy: String?
    var carry_over: String?

    init(_ entry: VerdictEntry) {
        let verdict = entry.verdict
        id = verdict.id
        row_version = verdict.rowVersion
        kind = verdict.targetKind.rawValue
        task_id = verdict.taskID
        section = verdict.sectionPath
        vague = verdict.vague
        commitment = verdict.targetQuote
        target_value = verdict.targetValue
        target_unit = verdict.targetUnit
        outcome = verdict.effectiveOutcome.rawValue
        computed_outcome = verdict.outcome.rawValue
        decision = verdict.decision.rawValue
        reason = verdict.reason
        actual_value = verdict.actualValue
        actual_unit = verdict.actualUnit
        evidence = verdict.evidenceQuote
        lead = entry.lead
        tracked_state = entry.trackedState?.rawValue
        discrepancy = entry.discrepancy?.rawValue
        carry_over = entry.carryOver?.rawValue
    }
}

/// `/api/v1/verdicts?year=`.
struct VerdictBookJSON: Codable, Sendable {
    var jurisdiction: String
    var plan_year: Int
    var review_year: Int
    var counts: [String: Int]
    var items: [VerdictJSON]
}

struct VerdictDecisionBody: Codable, Sendable {
    var outcome: String
    var reason: String?
    var row_version: Int
}

struct CarryOverBody: Codable, Sendable {
    var decision: String
    var reason: String?
}

struct CarryOverJSON: Codable, Sendable {
    var verdict_id: Int
    var carry_over: String
}

extension APIRoutes {
    func registerVerdicts(on api: RouterGroup<AppRequestContext>) {
        api.get("verdicts") { request, context in try await verdicts(request, context) }
        api.post("verdicts/:id/decision") { request, context in try await decideVerdict(request, context) }
        api.post("verdicts/:id/carry-over") { request, context in try await carryOver(request, context) }
    }

    /// The verdicts of a plan year (`year`, else the latest judged), for everyone who reads the whole plan.
    private func verdicts(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer { $0.readsWholePlan }
        let years = try await store.verdictYears(jurisdiction: viewer.user.jurisdiction)
        let requested = request.uri.queryParameters["year"].map(String.init)
        if let requested, Int(requested) == nil { throw AppError.invalid("year 应为年份，如 2022。 year takes a year such as 2022.") }
        guard let year = requested.flatMap(Int.init) ?? years.first else {
            throw AppError(
                .notFound, code: "no_verdicts", message: "还没有评判：请导入下一年的报告。 No verdicts yet: import the next year's report.")
        }
        let book = try await store.verdictBook(jurisdiction: viewer.user.jurisdiction, planYear: year)
        return try jsonResponse(
            VerdictBookJSON(
                jurisdiction: book.jurisdiction, plan_year: year, review_year: year + 1,
                counts: Dictionary(uniqueKeysWithValues: VerdictOutcome.allCases.map { ($0.rawValue, book.counts[$0] ?? 0) }),
                items: book.entries.map(VerdictJSON.init)))
    }

    private func decideVerdict(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        try checkCSRF(request, viewer)
        let id = try Pages.id(context)
        let body = try await body(VerdictDecisionBody.self, request, context)
        let decided = try await VerdictActions(store: store).decide(
            verdictID: id, try VerdictActions.outcome(body.outcome), reason: body.reason, expectedVersion: body.row_version,
            by: viewer.acting)
        let book = try await store.verdictBook(jurisdiction: viewer.user.jurisdiction, planYear: decided.planYear)
        guard let entry = book.entries.first(where: { $0.verdict.id == id }) else { throw AppError.notFound }
        return try jsonResponse(VerdictJSON(entry))
    }

    private func carryOver(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        try checkCSRF(request, viewer)
        let id = try Pages.id(context)
        let body = try await body(CarryOverBody.self, request, context)
        let state = try await VerdictActions(store: store).carryOver(
            verdictID: id, try CarryOverDecision.parse(body.decision), reason: body.reason, by: viewer.acting)
        return try jsonResponse(CarryOverJSON(verdict_id: id, carry_over: state.rawValue))
    }

    private func jsonResponse(_ value: some Encodable) throws -> Response {
        Self.jsonResponse(try Self.encode(value))
    }
}
