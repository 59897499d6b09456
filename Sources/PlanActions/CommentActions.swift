import PlanStore

/// Citizens' comments and tips as the office moderates them: published on the portal or declined.
public struct CommentActions: Sendable {
    let store: PlanStore

    public init(store: PlanStore) {
        self.store = store
    }

    /// The office of the comment's jurisdiction publishes or declines it, with an optional note.
    public func moderate(commentID: Int, publish: Bool, note: String?, by actor: ActingUser) async throws(ActionError)
        -> CitizenComment
    {
        guard actor.isOffice else { throw .forbidden }
        try await Reach.require(.comment(commentID), for: actor, in: store)
        return try await Reach.storing { () async throws(StoreError) -> CitizenComment in
            try await store.moderateComment(
                commentID, jurisdiction: actor.user.jurisdiction, publish: publish, note: note, actor: actor.name)
        }
    }
}
