import SQLKit

extension PlanStore {
    /// The active tasks of a jurisdiction's plan, in report order; dropped and removed ones
    /// only when asked.
    public func tasks(jurisdiction: String, planYear: Int? = nil, includeRemoved: Bool = false) async throws(StoreError)
        -> [TaskRecord]
    {
        try await transaction(readOnly: true) { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else { return [] }
            let query = database.select().column("*").from("tasks").where("jurisdiction_id", .equal, jurisdictionID)
            if let planYear { query.where("plan_year", .equal, planYear) }
            if !includeRemoved { query.where("state", .equal, TaskState.active.rawValue) }
            return try await query.orderBy("plan_year").orderBy("start_offset").orderBy("id").all(decoding: TaskRecord.self)
        }
    }

    /// The versions of a jurisdiction's reports, newest first.
    public func reports(jurisdiction: String) async throws(StoreError) -> [ReportRecord] {
        try await transaction(readOnly: true) { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else { return [] }
            return try await database.select()
                .columns("id", "jurisdiction_id", "plan_year", "version", "content_hash", "title", "report_date", "imported_at")
                .from("reports").where("jurisdiction_id", .equal, jurisdictionID)
                .orderBy("plan_year", .descending).orderBy("version", .descending)
                .all(decoding: ReportRecord.self)
        }
    }

    static func existingJurisdictionID(_ name: String, in database: any SQLDatabase) async throws -> Int? {
        try await database.select().column("id").from("jurisdictions").where("name", .equal, name).first()?
            .decode(column: "id", as: Int.self)
    }
}
