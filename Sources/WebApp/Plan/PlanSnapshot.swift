import PlanStore
import ReportExtraction

/// A plan as of a date, as the pages read it: the latest report version, its outline, and the
/// status of every task (most behind first).
struct PlanSnapshot: Sendable {
    /// The plan's revision this picture was built at (`PlanStore.planRevision`).
    var revision: Int
    var jurisdiction: String
    var planYear: Int
    var report: ReportRecord
    var sections: [SectionRecord]
    var published: Bool
    var asOf: ISODate
    var statuses: [TaskStatus]
    var statusByTask: [Int: TaskStatus]
    var departments: [DepartmentRecord]

    /// The title of a section path (`3.5`), or of its part when asked for the top level.
    func sectionTitle(_ path: String?) -> String? {
        guard let path else { return nil }
        return sections.first { $0.path == path }.map { "\($0.marker)\($0.title)" }
    }

    /// The part (top-level section) a task belongs to: `3` for `3.5.2`.
    static func part(of path: String?) -> String? {
        path.flatMap { SectionPath($0)?.part.description ?? $0.split(separator: ".").first.map(String.init) }
    }
}

/// Derived pictures of plans, reused until the plan changes: a page view costs one small query
/// (the plan's revision) instead of a status over every task.
actor PlanSnapshots {
    private struct Key: Hashable {
        var jurisdiction: String
        var planYear: Int?
        var asOf: String
    }

    private let store: PlanStore
    private let clock: RevisionClock
    private var cached: [Key: (revision: Int, at: ContinuousClock.Instant, snapshot: PlanSnapshot?)] = [:]
    private var building: [Key: (revision: Int, task: Task<PlanSnapshot?, any Error>)] = [:]

    private var published: (revision: Int, plans: [PublishedPlan])?

    /// The published plans (the public portal's list), read again only when the store changed.
    func publishedPlans() async throws -> [PublishedPlan] {
        let revision = try await clock.revision()
        if let published, published.revision == revision { return published.plans }
        let plans = try await store.publishedPlans()
        published = (revision, plans)
        return plans
    }

    /// The store's revision, as the snapshots key on it (for other things cached per revision).
    func revision() async throws -> Int {
        try await clock.revision()
    }

    init(store: PlanStore, clock: RevisionClock) {
        self.store = store
        self.clock = clock
    }

    /// The plan of `jurisdiction` (its latest plan year unless `planYear` is given) as of a date
    /// (by default today, but at most the plan year's last day: a closed year is read as it
    /// ended); nil if the jurisdiction has imported no report. `tolerating` accepts a picture built
    /// that recently even if the plan changed since: the public portal is read by anyone, and
    /// rebuilding it for every progress report filed would make each filing wait behind it.
    func snapshot(
        jurisdiction: String, planYear: Int? = nil, asOf: ISODate? = nil, tolerating age: Duration = .zero
    ) async throws -> PlanSnapshot? {
        let key = Key(jurisdiction: jurisdiction, planYear: planYear, asOf: asOf?.text ?? "default " + ISODate.today.text)
        if age > .zero, let hit = cached[key], ContinuousClock.now - hit.at < age { return hit.snapshot }
        let revision = try await clock.revision()
        if let hit = cached[key], hit.revision == revision { return hit.snapshot }
        // Concurrent requests for the same picture wait for one computation.
        if let pending = building[key], pending.revision == revision { return try await pending.task.value }
        let store = store
        let task = Task {
            try await Self.build(store: store, revision: revision, jurisdiction: jurisdiction, planYear: planYear, asOf: asOf)
        }
        building[key] = (revision, task)
        defer { if building[key]?.revision == revision { building[key] = nil } }
        let snapshot = try await task.value
        if cached.count > 256 { cached.removeAll() }
        cached[key] = (revision, ContinuousClock.now, snapshot)
        return snapshot
    }

    private static func build(store: PlanStore, revision: Int, jurisdiction: String, planYear: Int?, asOf: ISODate?) async throws
        -> PlanSnapshot?
    {
        let reports = try await store.reports(jurisdiction: jurisdiction)
        // By default the plan of this year (or the latest before it): a report of next year,
        // imported early for its review of this year, does not take over the pages.
        let thisYear = ISODate.today.year
        let chosen =
            planYear.map { year in reports.first { $0.planYear == year } } ?? reports.first { $0.planYear <= thisYear }
            ?? reports.first
        guard let report = chosen else { return nil }
        let asOf = asOf ?? min(ISODate.today, ISODate.endOfYear(report.planYear))
        let statuses = try await store.status(jurisdiction: jurisdiction, planYear: report.planYear, asOf: asOf)
        return PlanSnapshot(
            revision: revision, jurisdiction: jurisdiction, planYear: report.planYear, report: report,
            sections: try await store.sections(reportID: report.id),
            published: try await store.isPublished(jurisdiction: jurisdiction, planYear: report.planYear), asOf: asOf,
            statuses: statuses, statusByTask: Dictionary(uniqueKeysWithValues: statuses.map { ($0.taskID, $0) }),
            departments: try await store.departments(jurisdiction: jurisdiction))
    }
}
