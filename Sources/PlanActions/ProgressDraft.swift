import PlanStore

/// A progress report as a department writes it, before the action adds the task, the
/// department and the author.
public struct ProgressDraft: Sendable {
    public var reportedOn: String
    public var narrative: String
    public var value: Double?
    public var unit: String?
    public var percent: Double?
    public var evidence: Evidence?
    public var completionRequested: Bool
    public var behindReason: BehindReason?

    public init(
        reportedOn: String, narrative: String, value: Double? = nil, unit: String? = nil, percent: Double? = nil,
        evidence: Evidence? = nil, completionRequested: Bool = false, behindReason: BehindReason? = nil
    ) {
        self.reportedOn = reportedOn
        self.narrative = narrative
        self.value = value
        self.unit = unit
        self.percent = percent
        self.evidence = evidence
        self.completionRequested = completionRequested
        self.behindReason = behindReason
    }

    /// Reads a reason for lagging by its code; the message lists the codes.
    public static func behindReason(_ code: String?) throws(ActionError) -> BehindReason? {
        guard let code else { return nil }
        guard let reason = BehindReason(rawValue: code) else {
            throw .invalid(
                "未知的滞后原因（behind_reason: \(BehindReason.allCases.map(\.rawValue).joined(separator: " | "))）。 Unknown reason.")
        }
        return reason
    }
}
