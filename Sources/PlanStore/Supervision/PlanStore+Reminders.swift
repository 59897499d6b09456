import SQLKit

/// What a run of the reminders did (or, dry, would do).
public struct ReminderRun: Sendable {
    /// Every reminder owed on the date, and whether this run created it (false: already sent).
    public var reminders: [(reminder: Reminder, jurisdiction: String, isNew: Bool)]
    /// Deliveries queued for the new ones (e-mail, webhooks).
    public var queuedDeliveries: Int

    public var newCount: Int { reminders.filter(\.isNew).count }
}

extension PlanStore {
    /// A plan's reminder rules: the office's, else the defaults.
    public func reminderRules(jurisdiction: String, planYear: Int) async throws(StoreError) -> ReminderRules {
        try await transaction(readOnly: true) { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else {
                return ReminderRules()
            }
            return try await Self.rules(jurisdictionID: jurisdictionID, planYear: planYear, in: database)
        }
    }

    static func rules(jurisdictionID: Int, planYear: Int, in database: any SQLDatabase) async throws -> ReminderRules {
        guard
            let row = try await database.select().column("*").from("reminder_rules")
                .where("jurisdiction_id", .equal, jurisdictionID).where("plan_year", .equal, planYear).first()
        else { return ReminderRules() }
        func dates(_ column: String) throws -> Set<String> {
            Set(try row.decode(column: column, as: String.self).split(separator: ",").map(String.init))
        }
        return ReminderRules(
            daysBeforeDeadline: try row.decode(column: "days_before_deadline", as: Int.self),
            reportDay: try row.decode(column: "report_day", as: Int.self),
            reportNoticeDays: try row.decode(column: "report_notice_days", as: Int.self),
            urgeEveryWorkingDays: try row.decode(column: "urge_every_working_days", as: Int.self),
            escalateAfterUrges: try row.decode(column: "escalate_after_urges", as: Int.self),
            calendar: WorkingCalendar(holidays: try dates("holidays"), makeUpWorkdays: try dates("make_up_workdays")))
    }

    /// Sets a plan's reminder rules (audited).
    public func setReminderRules(_ rules: ReminderRules, jurisdiction: String, planYear: Int, actor: String)
        async throws(StoreError)
    {
        let rules = try rules.validated()
        try await transaction { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else {
                throw StoreError.notFound(what: "行政区 jurisdiction", id: jurisdiction)
            }
            let before = try await Self.rules(jurisdictionID: jurisdictionID, planYear: planYear, in: database)
            try await database.delete(from: "reminder_rules")
                .where("jurisdiction_id", .equal, jurisdictionID).where("plan_year", .equal, planYear).run()
            try await database.insert(into: "reminder_rules")
                .columns(
                    "jurisdiction_id", "plan_year", "days_before_deadline", "report_day", "report_notice_days",
                    "urge_every_working_days", "escalate_after_urges", "holidays", "make_up_workdays", "updated_by", "updated_at"
                )
                .values(
                    SQLBind(jurisdictionID), SQLBind(planYear), SQLBind(rules.daysBeforeDeadline), SQLBind(rules.reportDay),
                    SQLBind(rules.reportNoticeDays), SQLBind(rules.urgeEveryWorkingDays), SQLBind(rules.escalateAfterUrges),
                    SQLBind(rules.calendar.holidays.sorted().joined(separator: ",")),
                    SQLBind(rules.calendar.makeUpWorkdays.sorted().joined(separator: ",")), SQLBind(actor),
                    SQLBind(Timestamp.now())
                )
                .run()
            try await AuditLog.record(
                database, jurisdictionID: jurisdictionID, actor: actor, entity: "reminder_rules", entityID: planYear,
                action: "set", before: before, after: rules)
        }
    }

    /// Creates the reminders owed on `date` for every plan published this year or last year
    /// (a year's report closes the one before), and queues their e-mails and webhooks. Run it
    /// as often as you like: each occasion is created once, whoever runs it. `dryRun` only says
    /// what would be created. `jurisdiction` limits the run to one place (the office's button);
    /// nil runs every place (the scheduler and `luoshi remind`).
    public func runReminders(asOf date: ISODate, jurisdiction: String? = nil, dryRun: Bool = false) async throws(StoreError)
        -> ReminderRun
    {
        var run = ReminderRun(reminders: [], queuedDeliveries: 0)
        for plan in try await publishedPlans()
        where plan.planYear >= date.year - 1 && plan.planYear <= date.year
            && (jurisdiction == nil || plan.jurisdiction == jurisdiction)
        {
            let rules = try await reminderRules(jurisdiction: plan.jurisdiction, planYear: plan.planYear)
            let departments = try await departments(jurisdiction: plan.jurisdiction)
            let statuses = try await status(jurisdiction: plan.jurisdiction, planYear: plan.planYear, asOf: date)
            let schedule = ReminderSchedule(
                rules: rules, jurisdiction: plan.jurisdiction, planYear: plan.planYear,
                departmentIDs: Dictionary(departments.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first }))
            let tasksOwed = schedule.due(on: date, statuses: statuses)
            let (owed, created, queued) = try await transaction { database in
                // Unanswered instructions are urged like late tasks, on the same rules.
                var owed = tasksOwed
                if let jurisdictionID = try await Self.existingJurisdictionID(plan.jurisdiction, in: database) {
                    owed += try await Self.openInstructions(jurisdictionID: jurisdictionID, planYear: plan.planYear, in: database)
                        .compactMap { InstructionNotice.urge($0.0, departmentID: $0.departmentID, on: date, rules: rules) }
                }
                let (created, queued) = try await Self.insert(
                    owed, jurisdiction: plan.jurisdiction, planYear: plan.planYear, dryRun: dryRun, in: database)
                return (owed, created, queued)
            }
            guard !owed.isEmpty else { continue }
            run.reminders += zip(owed, created).map { ($0, plan.jurisdiction, $1) }
            run.queuedDeliveries += queued
        }
        return run
    }

    /// Inserts the reminders not yet in the store (the unique key decides, so two processes
    /// running at once still make one); returns which were new and how many deliveries were queued.
    static func insert(
        _ reminders: [Reminder], jurisdiction: String, planYear: Int, dryRun: Bool, in database: any SQLDatabase
    ) async throws -> ([Bool], Int) {
        // PostgreSQL refuses an empty `IN ()`.
        guard !reminders.isEmpty,
            let jurisdictionID = try await existingJurisdictionID(jurisdiction, in: database)
        else { return ([], 0) }
        let existing = Set(
            try await database.select().column("dedupe_key").from("notifications")
                .where("dedupe_key", .in, reminders.map(\.key)).all()
                .map { try $0.decode(column: "dedupe_key", as: String.self) })
        let channels = try await NotificationChannel.all(jurisdictionID: jurisdictionID, in: database)
        let now = Timestamp.now()
        var created: [Bool] = []
        var queued = 0
        for reminder in reminders {
            guard !existing.contains(reminder.key) else {
                created.append(false)
                continue
            }
            if dryRun {
                created.append(true)
                continue
            }
            let departmentID: Int?
            if case .department(let id, _) = reminder.audience { departmentID = id } else { departmentID = nil }
            let inserted = try await database.insert(into: "notifications")
                .columns(
                    "jurisdiction_id", "plan_year", "audience", "department_id", "task_id", "instruction_id", "kind",
                    "dedupe_key", "due_on",
                    "subject", "body", "created_at"
                )
                .values(
                    SQLBind(jurisdictionID), SQLBind(planYear), SQLBind(departmentID == nil ? "leader" : "department"),
                    SQLBind(departmentID), SQLBind(reminder.taskID), SQLBind(reminder.instructionID),
                    SQLBind(reminder.kind.rawValue), SQLBind(reminder.key),
                    SQLBind(reminder.dueOn), SQLBind(reminder.subject), SQLBind(reminder.body), SQLBind(now)
                )
                .ignoringConflicts(with: ["dedupe_key"])
                .returning("id").first()
            guard let notificationID = try inserted?.decode(column: "id", as: Int.self) else {
                created.append(false)
                continue
            }
            created.append(true)
            for channel in channels where channel.departmentID == departmentID {
                queued += try await Delivery.queue(notificationID: notificationID, channel: channel, now: now, in: database)
            }
        }
        return (created, queued)
    }
}
