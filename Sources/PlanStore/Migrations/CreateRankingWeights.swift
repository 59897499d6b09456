import SQLKit

/// The office's weights for the year-end ranking of departments (考核), one set per plan.
struct CreateRankingWeights: Migration {
    let name = "0009_create_ranking_weights"

    func apply(_ database: any SQLDatabase) async throws {
        try await database.create(table: "ranking_weights")
            .column("jurisdiction_id", type: .bigint, .notNull, .references("jurisdictions", "id"))
            .column("plan_year", type: .int, .notNull)
            .column("on_time_reports", type: .int, .notNull, .check(SQLRaw("on_time_reports BETWEEN 0 AND 100")))
            .column("done_on_time", type: .int, .notNull, .check(SQLRaw("done_on_time BETWEEN 0 AND 100")))
            .column("red_days", type: .int, .notNull, .check(SQLRaw("red_days BETWEEN 0 AND 100")))
            .column("instructions", type: .int, .notNull, .check(SQLRaw("instructions BETWEEN 0 AND 100")))
            .column("updated_by", type: .text, .notNull)
            .column("updated_at", type: .text, .notNull)
            .primaryKey("jurisdiction_id", "plan_year")
            .run()
    }
}
