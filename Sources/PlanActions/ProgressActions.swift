import PlanStore

/// What departments and the office do with progress: a department files it on a task assigned
/// to it, the office accepts or returns it. Each action checks the acting user's role and reach
/// before it touches the store, for pages, API and CLI alike.
public struct ProgressActions: Sendable {
    let store: PlanStore

    public init(store: PlanStore) {
        self.store = store
    }

    /// A department files progress on one of its tasks.
    public func file(_ draft: ProgressDraft, taskID: Int, by actor: ActingUser) async throws(ActionError) -> ProgressReport {
        guard let department = actor.department else { throw .forbidden }
        try await Reach.require(.task(taskID), for: actor, in: store)
        return try await Reach.storing { () async throws(StoreError) -> ProgressReport in
            try await store.fileProgress(
                ProgressInput(
                    taskID: taskID, department: department, reportedOn: draft.reportedOn, narrative: draft.narrative,
                    value: draft.value, unit: draft.unit, percent: draft.percent, evidence: draft.evidence,
                    completionRequested: draft.completionRequested, behindReason: draft.behindReason, actor: actor.name))
        }
    }

    /// The office accepts or returns a progress report of its jurisdiction (a comment says why it is returned).
    public func review(reportID: Int, _ decision: ReviewDecision, comment: String?, by actor: ActingUser)
        async throws(ActionError) -> ProgressReport
    {
        guard actor.isOffice else { throw .forbidden }
        try await Reach.require(.progressReport(reportID), for: actor, in: store)
        return try await Reach.storing { () async throws(StoreError) -> ProgressReport in
            try await store.review(reportID: reportID, accept: decision == .accept, comment: comment, actor: actor.name)
        }
    }
}
