import SQLKit

/// Verdicts — what the next year's report says became of each commitment of a plan — with the
/// office's decision on each, and the carry-over of unfinished tasks into the next plan.
struct CreateVerdictTables: Migration {
    let name = "0005_create_verdict_tables"

    func apply(_ database: any SQLDatabase) async throws {
        let outcomes = "('reached', 'exceeded', 'short', 'done', 'progress', 'silent')"
        try await database.create(table: "verdicts")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("jurisdiction_id", type: .bigint, .notNull, .references("jurisdictions", "id"))
            .column("plan_year", type: .int, .notNull)
            .column("plan_report_id", type: .bigint, .notNull, .references("reports", "id"))
            .column("review_report_id", type: .bigint, .notNull, .references("reports", "id"))
            .column("target_kind", type: .text, .notNull, .check(SQLRaw("target_kind IN ('quantity', 'task')")))
            .column("task_id", type: .bigint, .references("tasks", "id"))
            .column("section_path", type: .text)
            .column("vague", type: .boolean, .notNull)
            .column("target_quote", type: .text, .notNull)
            .column("target_start", type: .int, .notNull)
            .column("target_end", type: .int, .notNull)
            .column("target_value", type: .double)
            .column("target_value_max", type: .double)
            .column("target_unit", type: .text)
            .column("target_comparator", type: .text)
            .column("outcome", type: .text, .notNull, .check(SQLRaw("outcome IN \(outcomes)")))
            .column("actual_value", type: .double)
            .column("actual_unit", type: .text)
            .column("evidence_quote", type: .text)
            .column("evidence_start", type: .int)
            .column("evidence_end", type: .int)
            .column("decision", type: .text, .notNull, .check(SQLRaw("decision IN ('proposed', 'confirmed', 'overridden')")))
            .column("decided_outcome", type: .text, .check(SQLRaw("decided_outcome IS NULL OR decided_outcome IN \(outcomes)")))
            .column("reason", type: .text)
            .column("decided_by", type: .text)
            .column("decided_at", type: .text)
            .column("row_version", type: .int, .notNull)
            .column("created_at", type: .text, .notNull)
            .run()
        // No unique key over the quote: a task's text can outgrow PostgreSQL's index rows. The
        // store keeps one verdict a commitment itself (undecided ones are replaced, decided kept).
        try await database.create(index: "verdicts_by_plan").on("verdicts").column("jurisdiction_id").column("plan_year").run()

        try await database.create(table: "carry_overs")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("jurisdiction_id", type: .bigint, .notNull, .references("jurisdictions", "id"))
            .column("verdict_id", type: .bigint, .notNull, .references("verdicts", "id"))
            .column("from_task_id", type: .bigint, .notNull, .references("tasks", "id"))
            .column("to_plan_year", type: .int, .notNull)
            .column("state", type: .text, .notNull, .check(SQLRaw("state IN ('accepted', 'dropped')")))
            .column("new_task_id", type: .bigint, .references("tasks", "id"))
            .column("reason", type: .text)
            .column("decided_by", type: .text, .notNull)
            .column("decided_at", type: .text, .notNull)
            .unique("from_task_id", "to_plan_year")
            .run()
    }
}
