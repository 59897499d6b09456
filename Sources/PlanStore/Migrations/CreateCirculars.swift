import SQLKit

/// Published supervision circulars (督查通报), one per jurisdiction and month, kept as issued:
/// the whole circular as JSON, so a later change to the plan does not rewrite an old circular.
struct CreateCirculars: Migration {
    let name = "0008_create_circulars"

    func apply(_ database: any SQLDatabase) async throws {
        try await database.create(table: "circulars")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("jurisdiction_id", type: .bigint, .notNull, .references("jurisdictions", "id"))
            .column("plan_year", type: .int, .notNull)
            .column("year", type: .int, .notNull)
            .column("month", type: .int, .notNull, .check(SQLRaw("month BETWEEN 1 AND 12")))
            .column("number", type: .int, .notNull)
            .column("content_json", type: .text, .notNull)
            .column("published_by", type: .text, .notNull)
            .column("published_at", type: .text, .notNull)
            .unique("jurisdiction_id", "year", "month")
            .run()
    }
}
