import Foundation
import Hummingbird
import PlanStore
import ReportExtraction

/// The filters of the fulfilment page (年度兑现), as its query string gives them: outcome, kind,
/// lead department, discrepancies only, and whether vague tasks the review is silent on count.
struct VerdictQuery: Sendable {
    var outcome: VerdictOutcome?
    var kind: VerdictTarget.Kind?
    var department: String?
    var discrepancyOnly = false
    var includeVague = false

    init() {}

    /// Unknown values are no filter: a link edited by hand shows everything rather than an error.
    init(_ query: [String: String]) {
        func value(_ name: String) -> String? {
            guard let text = query[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
        outcome = value("outcome").flatMap(VerdictOutcome.init(rawValue:))
        kind = value("kind").flatMap(VerdictTarget.Kind.init(rawValue:))
        department = value("department")
        discrepancyOnly = query["discrepancy"] == "1"
        includeVague = query["vague"] == "1"
    }

    init(request: Request) {
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters where query[String(key)] == nil { query[String(key)] = String(value) }
        self.init(query)
    }

    /// The verdicts the page counts: all but vague tasks the review is silent on, unless asked for.
    func considered(_ entries: [VerdictEntry]) -> [VerdictEntry] {
        entries.filter { includeVague || !$0.verdict.vague || $0.verdict.effectiveOutcome != .silent }
    }

    /// The verdicts the page lists: the considered ones that pass every filter.
    func matches(_ entries: [VerdictEntry]) -> [VerdictEntry] {
        considered(entries).filter { entry in
            (outcome.map { entry.verdict.effectiveOutcome == $0 } ?? true)
                && (kind.map { entry.verdict.targetKind == $0 } ?? true)
                && (department.map { entry.lead == $0 } ?? true)
                && (!discrepancyOnly || entry.discrepancy != nil)
        }
    }
}
