import PlanStore

/// Unread messages per inbox, as last counted (`StoreReadCache`). The badge is on every page a
/// leader or a department opens: without this, every such page view waited its turn at the
/// store for a count.
struct UnreadCounts: Sendable {
    private struct Key: Hashable, Sendable {
        var inbox: Inbox
        var jurisdiction: String
    }

    private let cache: StoreReadCache<Key, Int>

    init(store: PlanStore, tolerance: Duration = .seconds(1)) {
        cache = StoreReadCache(store: store, tolerance: tolerance)
    }

    /// The unread messages of `inbox`, at most a second old for writes by other processes.
    func count(_ inbox: Inbox, jurisdiction: String) async throws -> Int {
        try await cache.value(Key(inbox: inbox, jurisdiction: jurisdiction)) { store in
            try await store.unreadCount(inbox, jurisdiction: jurisdiction)
        }
    }
}
