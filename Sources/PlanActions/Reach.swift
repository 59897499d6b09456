import PlanStore

/// Whether a record lies within what the acting user may reach, and the store's refusals as
/// actions report them.
enum Reach {
    /// Not found unless the record is in the acting user's jurisdiction (and department, for a
    /// department user): another's record is not told apart from a missing one.
    static func require(_ record: ScopedRecord, for actor: ActingUser, in store: PlanStore) async throws(ActionError) {
        let reachable: Bool
        do {
            reachable = try await store.contains(record, in: actor.scope)
        } catch {
            throw .store(error)
        }
        guard reachable else { throw .notFound }
    }

    /// Runs a store call; its refusal becomes the action's (a record gone meanwhile is not found).
    static func storing<T>(_ body: () async throws(StoreError) -> T) async throws(ActionError) -> T {
        do {
            return try await body()
        } catch {
            if case .notFound = error { throw .notFound }
            throw .store(error)
        }
    }
}
