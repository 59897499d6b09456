import SQLKit

/// The supervision loop: each plan's reminder rules, the notifications of each inbox (one per
/// reminder, never two: the dedupe key is unique), where a department or the leaders are also
/// told (e-mail, a webhook), and each delivery with its attempts.
struct CreateSupervisionTables: Migration {
    let name = "0006_create_supervision_tables"

    func apply(_ database: any SQLDatabase) async throws {
        try await database.create(table: "reminder_rules")
            .column("jurisdiction_id", type: .bigint, .notNull, .references("jurisdictions", "id"))
            .column("plan_year", type: .int, .notNull)
            .column("days_before_deadline", type: .int, .notNull)
            .column("report_day", type: .int, .notNull, .check(SQLRaw("report_day BETWEEN 1 AND 28")))
            .column("report_notice_days", type: .int, .notNull)
            .column("urge_every_working_days", type: .int, .notNull, .check(SQLRaw("urge_every_working_days >= 1")))
            .column("escalate_after_urges", type: .int, .notNull)
            .column("holidays", type: .text, .notNull)
            .column("make_up_workdays", type: .text, .notNull)
            .column("updated_by", type: .text, .notNull)
            .column("updated_at", type: .text, .notNull)
            .primaryKey("jurisdiction_id", "plan_year")
            .run()

        try await database.create(table: "notifications")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("jurisdiction_id", type: .bigint, .notNull, .references("jurisdictions", "id"))
            .column("plan_year", type: .int, .notNull)
            .column("audience", type: .text, .notNull, .check(SQLRaw("audience IN ('department', 'leader')")))
            .column("department_id", type: .bigint, .references("departments", "id"))
            .column("task_id", type: .bigint, .references("tasks", "id"))
            .column(
                "kind", type: .text, .notNull,
                .check(SQLRaw("kind IN ('deadline_soon', 'report_due', 'overdue_urge', 'escalation')"))
            )
            .column("dedupe_key", type: .text, .notNull, .unique)
            .column("due_on", type: .text, .notNull)
            .column("subject", type: .text, .notNull)
            .column("body", type: .text, .notNull)
            .column("created_at", type: .text, .notNull)
            .column("read_at", type: .text)
            .column("read_by", type: .text)
            .check(
                SQLRaw("(audience = 'department') = (department_id IS NOT NULL)"), named: "notifications_department_iff_audience"
            )
            .run()
        try await database.create(index: "notifications_by_inbox").on("notifications")
            .column("jurisdiction_id").column("audience").column("department_id").column("id").run()
        try await database.create(index: "notifications_by_task").on("notifications").column("task_id").run()

        // A department's channels; the row without a department is the leaders'.
        try await database.create(table: "notification_channels")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("jurisdiction_id", type: .bigint, .notNull, .references("jurisdictions", "id"))
            .column("department_id", type: .bigint, .references("departments", "id"))
            .column("email", type: .text)
            .column("webhook_url", type: .text)
            .column("webhook_kind", type: .text, .notNull, .check(SQLRaw("webhook_kind IN ('generic', 'wecom', 'dingtalk')")))
            .column("webhook_secret", type: .text)
            .column("updated_by", type: .text, .notNull)
            .column("updated_at", type: .text, .notNull)
            .run()
        try await database.create(index: "channels_by_department").on("notification_channels")
            .column("jurisdiction_id").column("department_id").run()

        try await database.create(table: "deliveries")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("notification_id", type: .bigint, .notNull, .references("notifications", "id"))
            .column("channel", type: .text, .notNull, .check(SQLRaw("channel IN ('email', 'webhook')")))
            .column("target", type: .text, .notNull)
            .column("webhook_kind", type: .text)
            .column("webhook_secret", type: .text)
            .column("state", type: .text, .notNull, .check(SQLRaw("state IN ('queued', 'sending', 'sent', 'failed')")))
            .column("attempts", type: .int, .notNull)
            .column("next_attempt_at", type: .text, .notNull)
            .column("last_error", type: .text)
            .column("sent_at", type: .text)
            .column("created_at", type: .text, .notNull)
            .run()
        try await database.create(index: "deliveries_due").on("deliveries").column("state").column("next_attempt_at").run()
        try await database.create(index: "deliveries_by_notification").on("deliveries").column("notification_id").run()
    }
}
