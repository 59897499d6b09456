import SQLKit

/// Progress reports, their evidence files (content-addressed), and the completion date of a task.
struct CreateProgressTables: Migration {
    let name = "0003_create_progress_tables"

    func apply(_ database: any SQLDatabase) async throws {
        try await database.create(table: "evidence_files")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("jurisdiction_id", type: .bigint, .notNull, .references("jurisdictions", "id"))
            .column("sha256", type: .text, .notNull)
            .column("content_type", type: .text, .notNull)
            .column("size", type: .bigint, .notNull)
            .column("content", type: .blob, .notNull)
            .unique("jurisdiction_id", "sha256")
            .run()

        try await database.create(table: "progress_reports")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("jurisdiction_id", type: .bigint, .notNull, .references("jurisdictions", "id"))
            .column("task_id", type: .bigint, .notNull, .references("tasks", "id"))
            .column("department_id", type: .bigint, .notNull, .references("departments", "id"))
            .column("reported_on", type: .text, .notNull)
            .column("narrative", type: .text, .notNull)
            .column("value", type: .double)
            .column("percent", type: .double, .check(SQLRaw("percent IS NULL OR (percent >= 0 AND percent <= 100)")))
            .column("evidence_id", type: .bigint, .references("evidence_files", "id"))
            .column("evidence_name", type: .text)
            .column("completion_requested", type: .boolean, .notNull)
            .column(
                "behind_reason", type: .text,
                .check(
                    SQLRaw(
                        "behind_reason IS NULL OR behind_reason IN ('funding', 'approvals', 'land', 'contractor', 'weather', 'policy', 'other')"
                    ))
            )
            .column("review_state", type: .text, .notNull, .check(SQLRaw("review_state IN ('pending', 'accepted', 'returned')")))
            .column("review_comment", type: .text)
            .column("reviewed_by", type: .text)
            .column("reviewed_on", type: .text)
            .column("created_by", type: .text, .notNull)
            .column("created_at", type: .text, .notNull)
            .run()
        try await database.create(index: "progress_by_task").on("progress_reports").column("task_id").column("reported_on").run()
        // The status query picks each department's latest report per task within jurisdictions.
        try await database.create(index: "progress_by_department").on("progress_reports")
            .column("jurisdiction_id").column("task_id").column("department_id").column("reported_on").column("id").run()

        // Each department's latest counted report per task, kept as reports are filed and
        // reviewed: the status of today reads one row a task and department.
        try await database.create(table: "progress_latest")
            .column("task_id", type: .bigint, .notNull, .references("tasks", "id"))
            .column("department_id", type: .bigint, .notNull, .references("departments", "id"))
            .column("jurisdiction_id", type: .bigint, .notNull, .references("jurisdictions", "id"))
            .column("report_id", type: .bigint, .notNull, .references("progress_reports", "id"))
            .column("reported_on", type: .text, .notNull)
            .column("value", type: .double)
            .column("percent", type: .double)
            .column("behind_reason", type: .text)
            .primaryKey("task_id", "department_id")
            .run()
        try await database.create(index: "progress_latest_by_jurisdiction").on("progress_latest").column("jurisdiction_id").run()

        try await database.alter(table: "tasks").column("completed_on", type: .text).run()
    }
}
