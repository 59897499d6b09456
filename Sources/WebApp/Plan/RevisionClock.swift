import PlanStore

/// The plan's revision, asked of the database only when this process has written since, or when
/// the last answer is older than `tolerance` (another app server, or a `luoshi` command on the
/// same file, may have written). Everything cached in front of the store keys on it.
actor RevisionClock {
    private let store: PlanStore
    private let tolerance: Duration
    private var known: (writes: Int, revision: Int, at: ContinuousClock.Instant)?
    /// The question on its way to the database: callers meanwhile wait for its answer rather than
    /// each asking again (a hundred requests at the moment the answer goes stale queue at the store).
    private var asking: (writes: Int, task: Task<Int, any Error>)?

    init(store: PlanStore, tolerance: Duration = .seconds(1)) {
        self.store = store
        self.tolerance = tolerance
    }

    /// The current revision, at most `tolerance` old for writes by other processes.
    func revision() async throws -> Int {
        let writes = await store.writeCount
        let now = ContinuousClock.now
        if let known, known.writes == writes, now - known.at < tolerance { return known.revision }
        if let asking, asking.writes == writes { return try await asking.task.value }
        let store = store
        let task = Task { try await store.planRevision() }
        asking = (writes, task)
        defer { if asking?.writes == writes { asking = nil } }
        let revision = try await task.value
        known = (writes, revision, now)
        return revision
    }
}
