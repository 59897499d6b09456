import PlanStore

/// Moving a deadline: a department asks, with a reason; the office accepts or returns the request.
public struct DeadlineActions: Sendable {
    let store: PlanStore

    public init(store: PlanStore) {
        self.store = store
    }

    /// A department asks to move the deadline of one of its tasks.
    public func request(taskID: Int, deadline: String, reason: String, by actor: ActingUser) async throws(ActionError)
        -> DeadlineRequest
    {
        guard let department = actor.department else { throw .forbidden }
        try await Reach.require(.task(taskID), for: actor, in: store)
        return try await Reach.storing { () async throws(StoreError) -> DeadlineRequest in
            try await store.requestDeadlineChange(
                taskID: taskID, department: department, requestedDeadline: deadline, reason: reason, actor: actor.name)
        }
    }

    /// The office accepts or returns a deadline request of its jurisdiction.
    public func review(requestID: Int, _ decision: ReviewDecision, comment: String?, by actor: ActingUser)
        async throws(ActionError) -> DeadlineRequest
    {
        guard actor.isOffice else { throw .forbidden }
        try await Reach.require(.deadlineRequest(requestID), for: actor, in: store)
        return try await Reach.storing { () async throws(StoreError) -> DeadlineRequest in
            try await store.reviewDeadlineRequest(requestID, accept: decision == .accept, comment: comment, actor: actor.name)
        }
    }
}
