import PlanStore

/// Answers read from the store, trusted until this process writes anything or for at most
/// `tolerance` (another app server or a `luoshi` command may have written). Concurrent requests
/// for one key wait for the one read on its way instead of each asking the store.
actor StoreReadCache<Key: Hashable & Sendable, Value: Sendable> {
    private let store: PlanStore
    private let tolerance: Duration
    private var entries: [Key: (writes: Int, at: ContinuousClock.Instant, value: Value)] = [:]
    private var asking: [Key: (writes: Int, task: Task<Value, any Error>)] = [:]

    init(store: PlanStore, tolerance: Duration = .seconds(1)) {
        self.store = store
        self.tolerance = tolerance
    }

    /// The value under `key`, read by `load` when none is kept for the store as it is now.
    func value(_ key: Key, load: @escaping @Sendable (PlanStore) async throws -> Value) async throws -> Value {
        let writes = await store.writeCount
        let now = ContinuousClock.now
        if let entry = entries[key], entry.writes == writes, now - entry.at < tolerance { return entry.value }
        if let pending = asking[key], pending.writes == writes { return try await pending.task.value }
        let store = store
        let task = Task { try await load(store) }
        asking[key] = (writes, task)
        defer { if asking[key]?.writes == writes { asking[key] = nil } }
        let value = try await task.value
        // Bounded under a flood of made-up tokens: a full cache starts over.
        if entries.count > 10_000 { entries.removeAll(keepingCapacity: true) }
        entries[key] = (writes, now, value)
        return value
    }
}
