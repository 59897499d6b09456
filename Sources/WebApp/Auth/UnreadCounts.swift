import PlanStore

/// Unread messages per inbox, as last counted, trusted until this process writes anything
/// (a reminder run, a message marked read) or for at most `tolerance` (another process may have
/// written). The badge is on every page a leader or a department opens: without this, every
/// such page view waited its turn at the store for a count.
actor UnreadCounts {
    private struct Key: Hashable {
        var inbox: Inbox
        var jurisdiction: String
    }

    private let store: PlanStore
    private let tolerance: Duration
    private var entries: [Key: (writes: Int, at: ContinuousClock.Instant, count: Int)] = [:]
    private var asking: [Key: (writes: Int, task: Task<Int, any Error>)] = [:]

    init(store: PlanStore, tolerance: Duration = .seconds(1)) {
        self.store = store
        self.tolerance = tolerance
    }

    /// The unread messages of `inbox`, at most `tolerance` old for writes by other processes.
    func count(_ inbox: Inbox, jurisdiction: String) async throws -> Int {
        let key = Key(inbox: inbox, jurisdiction: jurisdiction)
        let writes = await store.writeCount
        let now = ContinuousClock.now
        if let entry = entries[key], entry.writes == writes, now - entry.at < tolerance { return entry.count }
        if let pending = asking[key], pending.writes == writes { return try await pending.task.value }
        let store = store
        let task = Task { try await store.unreadCount(inbox, jurisdiction: jurisdiction) }
        asking[key] = (writes, task)
        defer { if asking[key]?.writes == writes { asking[key] = nil } }
        let count = try await task.value
        if entries.count > 10_000 { entries.removeAll(keepingCapacity: true) }
        entries[key] = (writes, now, count)
        return count
    }
}
