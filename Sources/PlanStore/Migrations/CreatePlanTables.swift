import SQLKit

/// Jurisdictions, report versions with their sections and quantities, and the tasks of a plan.
struct CreatePlanTables: Migration {
    let name = "0001_create_plan_tables"

    func apply(_ database: any SQLDatabase) async throws {
        try await createReportTables(database)
        try await createTaskTables(database)
    }

    /// Places, their reports, and what extraction read from each: sections and quantities.
    private func createReportTables(_ database: any SQLDatabase) async throws {
        try await database.create(table: "jurisdictions")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("name", type: .text, .notNull, .unique)
            .column("level", type: .text)
            .column("created_at", type: .text, .notNull)
            .run()

        try await database.create(table: "reports")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("jurisdiction_id", type: .bigint, .notNull, .references("jurisdictions", "id"))
            .column("plan_year", type: .int, .notNull)
            .column("version", type: .int, .notNull)
            .column("content_hash", type: .text, .notNull)
            .column("title", type: .text)
            .column("report_date", type: .text)
            .column("speaker", type: .text)
            .column("session", type: .text)
            .column("source_text", type: .text, .notNull)
            .column("normalized_text", type: .text, .notNull)
            .column("imported_at", type: .text, .notNull)
            .unique("jurisdiction_id", "content_hash")
            .unique("jurisdiction_id", "plan_year", "version")
            .run()

        try await database.create(table: "sections")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("jurisdiction_id", type: .bigint, .notNull, .references("jurisdictions", "id"))
            .column("report_id", type: .bigint, .notNull, .references("reports", "id", onDelete: .cascade))
            .column("path", type: .text, .notNull)
            .column("marker", type: .text, .notNull)
            .column("title", type: .text, .notNull)
            .column("start_offset", type: .int, .notNull)
            .unique("report_id", "path")
            .run()

        try await database.create(table: "quantities")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("jurisdiction_id", type: .bigint, .notNull, .references("jurisdictions", "id"))
            .column("report_id", type: .bigint, .notNull, .references("reports", "id", onDelete: .cascade))
            .column("ordinal", type: .int, .notNull)
            .column("section_path", type: .text)
            .column("kind", type: .text, .notNull, .check(SQLRaw("kind IN ('achievement', 'target')")))
            .column("subject", type: .text, .notNull)
            .column("action", type: .text)
            .column("value", type: .double, .notNull)
            .column("value_max", type: .double)
            .column("unit", type: .text, .notNull)
            .column("comparator", type: .text, .notNull)
            .column("quote", type: .text, .notNull)
            .column("start_offset", type: .int, .notNull)
            .column("end_offset", type: .int, .notNull)
            .unique("report_id", "ordinal")
            .run()
    }

    /// The plan's tasks, and the indexes its pages read them by.
    private func createTaskTables(_ database: any SQLDatabase) async throws {
        try await database.create(table: "tasks")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("jurisdiction_id", type: .bigint, .notNull, .references("jurisdictions", "id"))
            .column("report_id", type: .bigint, .notNull, .references("reports", "id"))
            .column("plan_year", type: .int, .notNull)
            .column("section_path", type: .text)
            .column("horizon", type: .text, .notNull, .check(SQLRaw("horizon IN ('year', 'term')")))
            .column("text", type: .text, .notNull)
            .column("start_offset", type: .int, .notNull)
            .column("end_offset", type: .int, .notNull)
            .column("vague", type: .boolean, .notNull)
            .column("target_value", type: .double)
            .column("target_unit", type: .text)
            .column("target_comparator", type: .text)
            .column("deadline", type: .text, .notNull)
            .column("origin", type: .text, .notNull, .check(SQLRaw("origin IN ('extracted', 'added', 'split', 'merged')")))
            .column("state", type: .text, .notNull, .check(SQLRaw("state IN ('active', 'dropped', 'removed')")))
            .column("row_version", type: .int, .notNull)
            .column("created_at", type: .text, .notNull)
            .column("updated_at", type: .text, .notNull)
            .run()

        try await database.create(index: "tasks_by_plan").on("tasks").column("jurisdiction_id").column("plan_year").run()
        try await database.create(index: "reports_by_plan").on("reports").column("jurisdiction_id").column("plan_year")
            .run()
    }
}
