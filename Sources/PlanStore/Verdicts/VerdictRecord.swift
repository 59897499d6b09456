import ReportExtraction

/// How far the office has dealt with a verdict.
public enum VerdictDecision: String, Codable, Sendable {
    /// Computed from the reports, not yet looked at.
    case proposed
    /// The office agrees with the computed outcome.
    case confirmed
    /// The office set another outcome, with a reason.
    case overridden

    public var chinese: String {
        switch self {
        case .proposed: return "待确认"
        case .confirmed: return "已确认"
        case .overridden: return "已改判"
        }
    }
}

/// A verdict as the store keeps it: what the next report says became of one commitment of a
/// plan, and what the office decided about it.
public struct VerdictRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var jurisdictionID: Int
    public var planYear: Int
    public var planReportID: Int
    public var reviewReportID: Int
    /// `quantity` or `task`.
    public var targetKind: VerdictTarget.Kind
    /// The tracked task the commitment is (or, for a target, the task that holds it).
    public var taskID: Int?
    public var sectionPath: String?
    public var vague: Bool
    public var targetQuote: String
    public var targetStart: Int
    public var targetEnd: Int
    public var targetValue: Double?
    public var targetValueMax: Double?
    public var targetUnit: String?
    public var targetComparator: Comparator?
    /// The outcome computed from the reports.
    public var outcome: VerdictOutcome
    public var actualValue: Double?
    public var actualUnit: String?
    public var evidenceQuote: String?
    public var evidenceStart: Int?
    public var evidenceEnd: Int?
    public var decision: VerdictDecision
    /// The office's outcome, when it overrode the computed one.
    public var decidedOutcome: VerdictOutcome?
    public var reason: String?
    public var decidedBy: String?
    public var decidedAt: String?
    public var rowVersion: Int
    public var createdAt: String

    /// The outcome that counts: the office's, else the computed one.
    public var effectiveOutcome: VerdictOutcome { decidedOutcome ?? outcome }

    /// What is judged, as the office's tables name it: `指标` (a target figure) or `任务` (a task).
    public var kindLabel: String { targetKind == .quantity ? "指标" : "任务" }

    /// The target's figure as written (`60处`); nil without one.
    public var targetFigure: String? { targetValue.map { JSONObject.number($0) + (targetUnit ?? "") } }

    /// The figure the review gives (`62处`); nil when it gives none.
    public var actualFigure: String? { actualValue.map { JSONObject.number($0) + (actualUnit ?? "") } }

    enum CodingKeys: String, CodingKey {
        case id
        case jurisdictionID = "jurisdiction_id"
        case planYear = "plan_year"
        case planReportID = "plan_report_id"
        case reviewReportID = "review_report_id"
        case targetKind = "target_kind"
        case taskID = "task_id"
        case sectionPath = "section_path"
        case vague
        case targetQuote = "target_quote"
        case targetStart = "target_start"
        case targetEnd = "target_end"
        case targetValue = "target_value"
        case targetValueMax = "target_value_max"
        case targetUnit = "target_unit"
        case targetComparator = "target_comparator"
        case outcome
        case actualValue = "actual_value"
        case actualUnit = "actual_unit"
        case evidenceQuote = "evidence_quote"
        case evidenceStart = "evidence_start"
        case evidenceEnd = "evidence_end"
        case decision
        case decidedOutcome = "decided_outcome"
        case reason
        case decidedBy = "decided_by"
        case decidedAt = "decided_at"
        case rowVersion = "row_version"
        case createdAt = "created_at"
    }
}

/// A verdict that does not agree with the record the office kept.
public enum Discrepancy: String, Codable, Sendable {
    /// The report claims the work done or the target met, but the task was not done by year end.
    case claimedNotTracked = "claimed_not_tracked"
    /// The task was done by year end, but the report is silent about it or says it fell short.
    case trackedNotClaimed = "tracked_not_claimed"

    public var chinese: String {
        switch self {
        case .claimedNotTracked: return "报告称已完成，台账截至年底未完成"
        case .trackedNotClaimed: return "台账已完成，报告未提及或未达到"
        }
    }

    /// Sets a verdict beside the task's status at the end of the plan year.
    public static func of(_ outcome: VerdictOutcome, trackedState: TaskStatus.State?) -> Discrepancy? {
        guard let trackedState, trackedState != .dropped else { return nil }
        switch outcome {
        case .done, .reached, .exceeded:
            return trackedState == .done ? nil : .claimedNotTracked
        case .silent, .short:
            return trackedState == .done ? .trackedNotClaimed : nil
        case .progress:
            return nil
        }
    }
}

/// What the office decided about carrying an unfinished task into the next year's plan.
public enum CarryOverState: String, Codable, Sendable {
    /// Judged short, under way or silent, and the next year's plan is in the store: waiting for the office.
    case proposed
    case accepted
    case dropped

    public var chinese: String {
        switch self {
        case .proposed: return "建议结转"
        case .accepted: return "已结转"
        case .dropped: return "不结转"
        }
    }
}

/// One line of the 年度兑现 page: a verdict with the tracked record beside it.
public struct VerdictEntry: Sendable, Equatable {
    public var verdict: VerdictRecord
    /// The tracked task's text, where it differs from the quote (a target inside a longer task).
    public var taskText: String?
    public var lead: String?
    /// The tracked status of the task at the end of the plan year.
    public var trackedState: TaskStatus.State?
    public var discrepancy: Discrepancy?
    public var carryOver: CarryOverState?
    /// The task of the next year's plan it was carried into.
    public var carriedTaskID: Int?
}

/// The verdicts of one plan year, judged by the next year's report.
public struct VerdictBook: Sendable, Equatable {
    public var jurisdiction: String
    public var planYear: Int
    public var entries: [VerdictEntry]

    /// How many commitments have each outcome (the office's where it decided).
    public var counts: [VerdictOutcome: Int] {
        Dictionary(grouping: entries, by: \.verdict.effectiveOutcome).mapValues(\.count)
    }
}
