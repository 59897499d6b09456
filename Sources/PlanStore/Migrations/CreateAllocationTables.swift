import SQLKit

/// Departments, task assignments, the publication of a plan, and the audit log.
struct CreateAllocationTables: Migration {
    let name = "0002_create_allocation_tables"

    func apply(_ database: any SQLDatabase) async throws {
        try await database.create(table: "departments")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("jurisdiction_id", type: .bigint, .notNull, .references("jurisdictions", "id"))
            .column("name", type: .text, .notNull)
            .column("short_name", type: .text)
            .column("parent_id", type: .bigint, .references("departments", "id"))
            .column("keywords", type: .text, .notNull)
            .column("row_version", type: .int, .notNull)
            .column("created_at", type: .text, .notNull)
            .column("updated_at", type: .text, .notNull)
            .unique("jurisdiction_id", "name")
            .run()

        try await database.create(table: "assignments")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("jurisdiction_id", type: .bigint, .notNull, .references("jurisdictions", "id"))
            .column("task_id", type: .bigint, .notNull, .references("tasks", "id"))
            .column("department_id", type: .bigint, .notNull, .references("departments", "id"))
            .column("role", type: .text, .notNull, .check(SQLRaw("role IN ('lead', 'co')")))
            .column("created_at", type: .text, .notNull)
            .unique("task_id", "department_id")
            .run()
        try await database.create(index: "assignments_by_task").on("assignments").column("task_id").run()

        try await database.create(table: "plans")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("jurisdiction_id", type: .bigint, .notNull, .references("jurisdictions", "id"))
            .column("plan_year", type: .int, .notNull)
            .column("published_at", type: .text)
            .column("published_by", type: .text)
            .column("row_version", type: .int, .notNull)
            .unique("jurisdiction_id", "plan_year")
            .run()

        // Append-only: rows are inserted, never updated or deleted.
        try await database.create(table: "audit_log")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("jurisdiction_id", type: .bigint, .notNull, .references("jurisdictions", "id"))
            .column("at", type: .text, .notNull)
            .column("actor", type: .text, .notNull)
            .column("entity", type: .text, .notNull)
            .column("entity_id", type: .bigint, .notNull)
            .column("action", type: .text, .notNull)
            .column("before_json", type: .text)
            .column("after_json", type: .text)
            .column("reason", type: .text)
            .run()
        try await database.create(index: "audit_by_entity").on("audit_log").column("entity").column("entity_id").run()
    }
}
