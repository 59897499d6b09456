import PlanStore

/// Sessions and API tokens as last read from the store, trusted until this process writes
/// anything (signing in or out, disabling a user…) or for at most `tolerance` (another app
/// server may have). Without it every request would wait its turn at the store twice.
actor SessionCache {
    enum Credential: Hashable {
        case session(String)
        case apiToken(String)
    }

    private let store: PlanStore
    private let tolerance: Duration
    private var entries: [Credential: (writes: Int, at: ContinuousClock.Instant, viewer: Viewer?)] = [:]
    /// Lookups on their way to the store, so that concurrent requests of one session ask once.
    private var asking: [Credential: (writes: Int, task: Task<Viewer?, any Error>)] = [:]

    init(store: PlanStore, tolerance: Duration = .seconds(1)) {
        self.store = store
        self.tolerance = tolerance
    }

    /// The viewer a token hash signs in, if any.
    func viewer(_ credential: Credential) async throws -> Viewer? {
        let writes = await store.writeCount
        let now = ContinuousClock.now
        if let entry = entries[credential], entry.writes == writes, now - entry.at < tolerance { return entry.viewer }
        if let pending = asking[credential], pending.writes == writes { return try await pending.task.value }
        let store = store
        let task = Task { () throws -> Viewer? in
            switch credential {
            case .session(let hash):
                return try await store.session(tokenHash: hash).map { Viewer(user: $0.user, csrfToken: $0.csrfToken) }
            case .apiToken(let hash):
                return try await store.user(apiTokenHash: hash).map { Viewer(user: $0, csrfToken: nil) }
            }
        }
        asking[credential] = (writes, task)
        defer { if asking[credential]?.writes == writes { asking[credential] = nil } }
        let viewer = try await task.value
        if entries.count > 10_000 { entries.removeAll(keepingCapacity: true) }
        entries[credential] = (writes, now, viewer)
        return viewer
    }
}
