import SQLKit

/// Citizens' comments and tips on published commitments, waiting for the office's moderation;
/// and the site's own secret (it signs the comment form's challenge, the same on every server).
struct CreateComments: Migration {
    let name = "0010_create_comments"

    func apply(_ database: any SQLDatabase) async throws {
        try await database.create(table: "comments")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("jurisdiction_id", type: .bigint, .notNull, .references("jurisdictions", "id"))
            .column("task_id", type: .bigint, .notNull, .references("tasks", "id"))
            .column("kind", type: .text, .notNull, .check(SQLRaw("kind IN ('comment', 'tip')")))
            .column("body", type: .text, .notNull)
            .column("author_name", type: .text)
            .column("contact", type: .text)
            .column("state", type: .text, .notNull, .check(SQLRaw("state IN ('pending', 'published', 'rejected')")))
            // A hash of where it came from, for the rate limit; never the address itself.
            .column("client_key", type: .text, .notNull)
            // The answered challenge: one comment per challenge.
            .column("challenge", type: .text, .notNull, .unique)
            .column("created_at", type: .text, .notNull)
            .column("moderated_by", type: .text)
            .column("moderated_at", type: .text)
            .column("moderation_note", type: .text)
            .run()
        try await database.create(index: "comments_by_task").on("comments").column("task_id").column("state").run()
        try await database.create(index: "comments_by_state").on("comments").column("jurisdiction_id").column("state").run()
        try await database.create(index: "comments_by_client").on("comments").column("client_key").column("created_at").run()

        try await database.create(table: "site_secrets")
            .column("name", type: .text, .primaryKey(autoIncrement: false))
            .column("value", type: .text, .notNull)
            .run()
    }
}
