import SQLKit

extension PlanStore {
    /// The ranking of a plan's lead departments from 1 January to `asOf` (at most the year's end).
    public func ranking(jurisdiction: String, planYear: Int, asOf: ISODate = .today) async throws(StoreError) -> Ranking {
        let weights = try await rankingWeights(jurisdiction: jurisdiction, planYear: planYear)
        let rules = try await reminderRules(jurisdiction: jurisdiction, planYear: planYear)
        let instructions = try await self.instructions(jurisdiction: jurisdiction).filter { $0.planYear == planYear }
        let tasks = try await transaction(readOnly: true) { database -> [RankingRule.LeadTask] in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else {
                throw StoreError.notFound(what: "行政区 jurisdiction", id: jurisdiction)
            }
            let records = try await database.select().column("*").from("tasks").where("jurisdiction_id", .equal, jurisdictionID)
                .where("plan_year", .equal, planYear).where("state", .equal, TaskState.active.rawValue)
                .orderBy("start_offset").orderBy("id").all(decoding: TaskRecord.self)
            let leads = try await database.raw(
                """
                SELECT a.task_id, a.department_id, d.name FROM assignments a
                JOIN departments d ON d.id = a.department_id JOIN tasks t ON t.id = a.task_id
                WHERE t.jurisdiction_id = \(bind: jurisdictionID) AND t.plan_year = \(bind: planYear) AND a.role = 'lead'
                """
            ).all()
            var lead: [Int: (id: Int, name: String)] = [:]
            for row in leads {
                lead[try row.decode(column: "task_id", as: Int.self)] =
                    (try row.decode(column: "department_id", as: Int.self), try row.decode(column: "name", as: String.self))
            }
            let reports = try await database.raw(
                """
                SELECT p.* FROM progress_reports p JOIN tasks t ON t.id = p.task_id
                WHERE t.jurisdiction_id = \(bind: jurisdictionID) AND t.plan_year = \(bind: planYear)
                ORDER BY p.reported_on, p.id
                """
            ).all(decoding: ProgressReport.self)
            let reportsByTask = Dictionary(grouping: reports, by: \.taskID)
            return records.compactMap { record in
                guard let (id, name) = lead[record.id] else { return nil }
                return RankingRule.LeadTask(
                    task: AllocatedTask(task: record, assignments: [Assignment(department: name, role: .lead)]),
                    leadDepartmentID: id,
                    reports: reportsByTask[record.id, default: []])
            }
        }
        let rule = RankingRule(reportDay: rules.reportDay, weights: weights)
        let asOf = min(asOf, ISODate.endOfYear(planYear))
        return Ranking(
            jurisdiction: jurisdiction, planYear: planYear, asOf: asOf.text, weights: weights,
            rows: rule.rank(tasks, instructions: instructions, planYear: planYear, asOf: asOf))
    }

    /// The office's weights for a plan's ranking; the defaults until it sets them.
    public func rankingWeights(jurisdiction: String, planYear: Int) async throws(StoreError) -> RankingWeights {
        try await transaction(readOnly: true) { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database),
                let row = try await database.select().columns("on_time_reports", "done_on_time", "red_days", "instructions")
                    .from("ranking_weights").where("jurisdiction_id", .equal, jurisdictionID).where("plan_year", .equal, planYear)
                    .first()
            else { return RankingWeights() }
            return RankingWeights(
                onTimeReports: try row.decode(column: "on_time_reports", as: Int.self),
                doneOnTime: try row.decode(column: "done_on_time", as: Int.self),
                redDays: try row.decode(column: "red_days", as: Int.self),
                instructions: try row.decode(column: "instructions", as: Int.self))
        }
    }

    /// Sets a plan's ranking weights; the change is in the audit log.
    public func setRankingWeights(_ weights: RankingWeights, jurisdiction: String, planYear: Int, actor: String)
        async throws(StoreError)
    {
        try weights.validate()
        let before = try await rankingWeights(jurisdiction: jurisdiction, planYear: planYear)
        try await transaction { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else {
                throw StoreError.notFound(what: "行政区 jurisdiction", id: jurisdiction)
            }
            try await database.delete(from: "ranking_weights").where("jurisdiction_id", .equal, jurisdictionID)
                .where("plan_year", .equal, planYear).run()
            try await database.insert(into: "ranking_weights")
                .columns(
                    "jurisdiction_id", "plan_year", "on_time_reports", "done_on_time", "red_days", "instructions", "updated_by",
                    "updated_at"
                )
                .values(
                    SQLBind(jurisdictionID), SQLBind(planYear), SQLBind(weights.onTimeReports), SQLBind(weights.doneOnTime),
                    SQLBind(weights.redDays), SQLBind(weights.instructions), SQLBind(actor), SQLBind(Timestamp.now())
                )
                .run()
            try await AuditLog.record(
                database, jurisdictionID: jurisdictionID, actor: actor, entity: "ranking_weights", entityID: planYear,
                action: "set",
                before: before, after: weights)
        }
    }
}
