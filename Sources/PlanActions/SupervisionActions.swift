import PlanStore

/// How the office supervises the plan: when reminders go out, where each department is told,
/// reminders made now, and the weights departments are ranked by (考核).
public struct SupervisionActions: Sendable {
    let store: PlanStore

    public init(store: PlanStore) {
        self.store = store
    }

    /// The office sets the reminder rules and working calendar of its plan of `planYear`.
    public func setReminderRules(_ rules: ReminderRules, planYear: Int, by actor: ActingUser) async throws(ActionError) {
        guard actor.isOffice else { throw .forbidden }
        try await Reach.storing { () async throws(StoreError) in
            try await store.setReminderRules(rules, jurisdiction: actor.user.jurisdiction, planYear: planYear, actor: actor.name)
        }
    }

    /// The office sets where a department (or the leaders) is told; plain-HTTP webhooks only when allowed.
    public func setChannel(_ channel: NotificationChannel, allowHTTP: Bool, by actor: ActingUser) async throws(ActionError) {
        guard actor.isOffice else { throw .forbidden }
        try await Reach.storing { () async throws(StoreError) in
            try await store.setChannel(channel, jurisdiction: actor.user.jurisdiction, actor: actor.name, allowHTTP: allowHTTP)
        }
    }

    /// The office makes today's reminders of its jurisdiction now instead of at the scheduler's next pass.
    public func runReminders(asOf date: ISODate = .today, by actor: ActingUser) async throws(ActionError) -> ReminderRun {
        guard actor.isOffice else { throw .forbidden }
        return try await Reach.storing { () async throws(StoreError) -> ReminderRun in
            try await store.runReminders(asOf: date, jurisdiction: actor.user.jurisdiction)
        }
    }

    /// The office sets the weights its departments are ranked by in the plan of `planYear`.
    public func setRankingWeights(_ weights: RankingWeights, planYear: Int, by actor: ActingUser) async throws(ActionError) {
        guard actor.isOffice else { throw .forbidden }
        try await Reach.storing { () async throws(StoreError) in
            try await store.setRankingWeights(
                weights, jurisdiction: actor.user.jurisdiction, planYear: planYear, actor: actor.name)
        }
    }

    /// The office publishes the month's circular of its own jurisdiction, with its summary.
    public func publishCircular(_ draft: Circular, summary: String?, by actor: ActingUser) async throws(ActionError)
        -> PublishedCircular
    {
        guard actor.isOffice else { throw .forbidden }
        guard draft.jurisdiction == actor.user.jurisdiction else { throw .notFound }
        return try await Reach.storing { () async throws(StoreError) -> PublishedCircular in
            try await store.publishCircular(draft, summary: summary, actor: actor.name)
        }
    }
}
