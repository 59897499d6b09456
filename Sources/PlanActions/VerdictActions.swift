import PlanStore
import ReportExtraction

/// The office's word on what became of the plan: it confirms or overrides a verdict, and carries
/// an unfinished task into the next year's plan or drops the proposal.
public struct VerdictActions: Sendable {
    let store: PlanStore

    public init(store: PlanStore) {
        self.store = store
    }

    /// Confirms a verdict (the same outcome) or overrides it (another outcome, with a reason);
    /// `expectedVersion` is the version the office saw, so two people deciding at once do not overwrite each other.
    public func decide(verdictID: Int, _ outcome: VerdictOutcome, reason: String?, expectedVersion: Int, by actor: ActingUser)
        async throws(ActionError) -> VerdictRecord
    {
        guard actor.isOffice else { throw .forbidden }
        try await Reach.require(.verdict(verdictID), for: actor, in: store)
        return try await Reach.storing { () async throws(StoreError) -> VerdictRecord in
            try await store.decideVerdict(
                verdictID, outcome: outcome, reason: reason, actor: actor.name, expectedVersion: expectedVersion)
        }
    }

    /// Carries the verdict's unfinished task into the next plan, or drops the proposal.
    public func carryOver(verdictID: Int, _ decision: CarryOverDecision, reason: String?, by actor: ActingUser)
        async throws(ActionError) -> CarryOverState
    {
        guard actor.isOffice else { throw .forbidden }
        try await Reach.require(.verdict(verdictID), for: actor, in: store)
        return try await Reach.storing { () async throws(StoreError) -> CarryOverState in
            try await store.decideCarryOver(verdictID: verdictID, accept: decision == .accept, reason: reason, actor: actor.name)
        }
    }

    /// Reads an outcome by its code; the message lists the codes.
    public static func outcome(_ code: String?) throws(ActionError) -> VerdictOutcome {
        guard let outcome = code.flatMap(VerdictOutcome.init(rawValue:)) else {
            throw .invalid(
                "请选择结果（outcome: \(VerdictOutcome.allCases.map(\.rawValue).joined(separator: " | "))）。 Choose an outcome.")
        }
        return outcome
    }
}

/// Whether the office carries an unfinished task over or drops the proposal.
public enum CarryOverDecision: String, Sendable, CaseIterable {
    case accept
    case drop

    /// Reads a form's or a request's `decision`.
    public static func parse(_ text: String?) throws(ActionError) -> CarryOverDecision {
        guard let decision = text.flatMap(CarryOverDecision.init(rawValue:)) else {
            throw .invalid("请选择结转或不结转（decision: accept | drop）。 Choose carry over or drop (decision: accept | drop).")
        }
        return decision
    }
}
