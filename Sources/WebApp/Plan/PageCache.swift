/// Rendered page content, kept until the plan changes: under load the dashboard and the task
/// list are read far more often than the plan is written. Only content without a form token
/// is kept (the frame around it, with the viewer's name and token, is rendered per request).
actor PageCache {
    private var entries: [String: (revision: Int, html: String)] = [:]
    /// Pages being rendered: when a plan change makes a popular page stale, the requests that
    /// arrive meanwhile wait for the one rendering instead of each rendering it again.
    private var rendering: [String: (revision: Int, task: Task<String, any Error>)] = [:]
    private let capacity: Int

    init(capacity: Int = 512) {
        self.capacity = capacity
    }

    /// The content kept under `key` for this revision of the plan.
    func content(_ key: String, revision: Int) -> String? {
        guard let entry = entries[key], entry.revision == revision else { return nil }
        return entry.html
    }

    /// The content under `key` for this revision, rendered by `make` once if it is not kept yet.
    func content(_ key: String, revision: Int, make: @escaping @Sendable () async throws -> String) async throws -> String {
        if let html = content(key, revision: revision) { return html }
        if let pending = rendering[key], pending.revision == revision { return try await pending.task.value }
        let task = Task { try await make() }
        rendering[key] = (revision, task)
        defer { if rendering[key]?.revision == revision { rendering[key] = nil } }
        let html = try await task.value
        keep(html, under: key, revision: revision)
        return html
    }

    func keep(_ html: String, under key: String, revision: Int) {
        // Simple and bounded: a full cache starts over (a plan change makes it stale anyway).
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = (revision, html)
    }
}
