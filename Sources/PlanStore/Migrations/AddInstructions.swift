import SQLKit

/// Leaders' instructions (批示): on a task or to a department, acknowledged and answered by a
/// date. Departments can be disabled (merged or abolished units keep their history but take no
/// new work). Notifications learn the instruction kinds and which instruction they are about.
struct AddInstructions: Migration {
    let name = "0007_add_instructions"

    /// The kinds a notification may have from this migration on.
    static let notificationKinds = [
        "deadline_soon", "report_due", "overdue_urge", "escalation", "instruction", "instruction_urge", "instruction_answered",
    ]

    func apply(_ database: any SQLDatabase) async throws {
        try await database.raw("ALTER TABLE departments ADD COLUMN disabled BOOLEAN NOT NULL DEFAULT FALSE").run()

        try await database.create(table: "instructions")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("jurisdiction_id", type: .bigint, .notNull, .references("jurisdictions", "id"))
            .column("plan_year", type: .int, .notNull)
            .column("task_id", type: .bigint, .references("tasks", "id"))
            .column("department_id", type: .bigint, .notNull, .references("departments", "id"))
            .column("author", type: .text, .notNull)
            .column("text", type: .text, .notNull)
            .column("answer_by", type: .text, .notNull)
            .column("created_at", type: .text, .notNull)
            .column("acknowledged_at", type: .text)
            .column("acknowledged_by", type: .text)
            .column("answer", type: .text)
            .column("answered_at", type: .text)
            .column("answered_by", type: .text)
            .column("row_version", type: .int, .notNull)
            .run()
        try await database.create(index: "instructions_by_department").on("instructions")
            .column("jurisdiction_id").column("department_id").column("id").run()
        try await database.create(index: "instructions_by_task").on("instructions").column("task_id").run()

        try await widenNotificationKinds(database)
    }

    /// A column's CHECK cannot be altered in place on SQLite: the table is rebuilt (its rows,
    /// ids and indexes kept), with foreign keys checked at commit so the deliveries that point
    /// at it stay valid throughout. PostgreSQL swaps the constraint.
    private func widenNotificationKinds(_ database: any SQLDatabase) async throws {
        let kinds = Self.notificationKinds.map { "'\($0)'" }.joined(separator: ", ")
        if database.dialect.name == "sqlite" {
            try await database.raw("PRAGMA defer_foreign_keys = ON").run()
            try await database.raw(
                SQLQueryString(
                    """
                    CREATE TABLE notifications_rebuilt (
                        id INTEGER PRIMARY KEY,
                        jurisdiction_id BIGINT NOT NULL REFERENCES jurisdictions (id),
                        plan_year INTEGER NOT NULL,
                        audience TEXT NOT NULL CHECK (audience IN ('department', 'leader')),
                        department_id BIGINT REFERENCES departments (id),
                        task_id BIGINT REFERENCES tasks (id),
                        instruction_id BIGINT REFERENCES instructions (id),
                        kind TEXT NOT NULL CHECK (kind IN (\(unsafeRaw: kinds))),
                        dedupe_key TEXT NOT NULL UNIQUE,
                        due_on TEXT NOT NULL,
                        subject TEXT NOT NULL,
                        body TEXT NOT NULL,
                        created_at TEXT NOT NULL,
                        read_at TEXT,
                        read_by TEXT,
                        CONSTRAINT notifications_department_iff_audience CHECK ((audience = 'department') = (department_id IS NOT NULL))
                    )
                    """)
            ).run()
            // SQLite counts deferred violations: the old rows' children are orphaned by the drop,
            // and counted back only as their parents are inserted, so the rows go in last.
            try await database.raw("CREATE TEMP TABLE notifications_copy AS SELECT * FROM notifications").run()
            try await database.raw("DROP TABLE notifications").run()
            try await database.raw("ALTER TABLE notifications_rebuilt RENAME TO notifications").run()
            try await database.raw(
                """
                INSERT INTO notifications (id, jurisdiction_id, plan_year, audience, department_id, task_id, kind, dedupe_key,
                    due_on, subject, body, created_at, read_at, read_by)
                SELECT id, jurisdiction_id, plan_year, audience, department_id, task_id, kind, dedupe_key,
                    due_on, subject, body, created_at, read_at, read_by FROM notifications_copy
                """
            ).run()
            try await database.raw("DROP TABLE notifications_copy").run()
            try await database.create(index: "notifications_by_inbox").on("notifications")
                .column("jurisdiction_id").column("audience").column("department_id").column("id").run()
            try await database.create(index: "notifications_by_task").on("notifications").column("task_id").run()
        } else {
            try await database.raw("ALTER TABLE notifications ADD COLUMN instruction_id BIGINT REFERENCES instructions (id)")
                .run()
            try await database.raw("ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check").run()
            try await database.raw(
                SQLQueryString(
                    "ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (\(unsafeRaw: kinds)))")
            ).run()
        }
    }
}
