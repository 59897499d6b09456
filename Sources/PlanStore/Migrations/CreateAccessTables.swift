import SQLKit

/// Users with a role (and a department for department users), their sessions and API tokens,
/// and departments' requests to move a deadline.
struct CreateAccessTables: Migration {
    let name = "0004_create_access_tables"

    func apply(_ database: any SQLDatabase) async throws {
        try await database.create(table: "users")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("jurisdiction_id", type: .bigint, .notNull, .references("jurisdictions", "id"))
            .column("login", type: .text, .notNull, .unique)
            .column("display_name", type: .text, .notNull)
            .column(
                "role", type: .text, .notNull,
                .check(SQLRaw("role IN ('office_admin', 'office_staff', 'department', 'leader')"))
            )
            .column("department_id", type: .bigint, .references("departments", "id"))
            .column("password_hash", type: .text, .notNull)
            .column("disabled", type: .boolean, .notNull)
            .column("row_version", type: .bigint, .notNull)
            .column("created_at", type: .text, .notNull)
            .column("updated_at", type: .text, .notNull)
            .check(SQLRaw("(role = 'department') = (department_id IS NOT NULL)"), named: "users_department_iff_department_role")
            .run()

        // Only a hash of a session or API token is kept: a copy of the database signs no one in.
        try await database.create(table: "sessions")
            .column("token_hash", type: .text, .primaryKey(autoIncrement: false))
            .column("user_id", type: .bigint, .notNull, .references("users", "id"))
            .column("csrf_token", type: .text, .notNull)
            .column("created_at", type: .text, .notNull)
            .column("expires_at", type: .text, .notNull)
            .run()
        try await database.create(index: "sessions_by_user").on("sessions").column("user_id").run()

        try await database.create(table: "api_tokens")
            .column("token_hash", type: .text, .primaryKey(autoIncrement: false))
            .column("user_id", type: .bigint, .notNull, .references("users", "id"))
            .column("name", type: .text, .notNull)
            .column("created_at", type: .text, .notNull)
            .run()

        try await database.create(table: "deadline_requests")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("jurisdiction_id", type: .bigint, .notNull, .references("jurisdictions", "id"))
            .column("task_id", type: .bigint, .notNull, .references("tasks", "id"))
            .column("department_id", type: .bigint, .notNull, .references("departments", "id"))
            .column("current_deadline", type: .text, .notNull)
            .column("requested_deadline", type: .text, .notNull)
            .column("reason", type: .text, .notNull)
            .column("state", type: .text, .notNull, .check(SQLRaw("state IN ('pending', 'accepted', 'returned')")))
            .column("review_comment", type: .text)
            .column("reviewed_by", type: .text)
            .column("reviewed_on", type: .text)
            .column("created_by", type: .text, .notNull)
            .column("created_at", type: .text, .notNull)
            .run()
        try await database.create(index: "deadline_requests_by_task").on("deadline_requests").column("task_id").run()
    }
}
