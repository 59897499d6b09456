import Foundation
import ReportExtraction
import SQLKit

extension PlanStore {
    /// Judges the plans the report of `year` pairs with: the plan of `year - 1` (this report
    /// reviews it) and this plan (when the report of `year + 1` is already in the store). Run by
    /// every import; the office's decisions are kept, undecided verdicts are computed afresh.
    static func judgeNeighbours(jurisdictionID: Int, year: Int, in database: any SQLDatabase) async throws {
        for planYear in [year - 1, year] {
            guard let planReportID = try await latestReportID(jurisdictionID, planYear, in: database),
                let reviewReportID = try await latestReportID(jurisdictionID, planYear + 1, in: database)
            else { continue }
            try await storeVerdicts(
                jurisdictionID: jurisdictionID, planYear: planYear, planReportID: planReportID, reviewReportID: reviewReportID,
                in: database)
        }
    }

    private static func storeVerdicts(
        jurisdictionID: Int, planYear: Int, planReportID: Int, reviewReportID: Int, in database: any SQLDatabase
    ) async throws {
        func sourceText(_ id: Int) async throws -> String {
            try await database.select().column("source_text").from("reports").where("id", .equal, id).first()!
                .decode(column: "source_text", as: String.self)
        }
        let pair = VerdictReader.judge(plan: try await sourceText(planReportID), review: try await sourceText(reviewReportID))
        let tasks = try await database.select().columns("id", "text").from("tasks")
            .where("jurisdiction_id", .equal, jurisdictionID).where("plan_year", .equal, planYear)
            .where("state", .equal, TaskState.active.rawValue).orderBy("start_offset").orderBy("id").all()
            .map { (id: try $0.decode(column: "id", as: Int.self), text: try $0.decode(column: "text", as: String.self)) }
        // What the office decided stays; everything else is judged again.
        let decided = Set(
            try await database.select().columns("target_kind", "target_quote", "target_start").from("verdicts")
                .where("jurisdiction_id", .equal, jurisdictionID).where("plan_year", .equal, planYear)
                .where("decision", .notEqual, "proposed").all()
                .map {
                    "\(try $0.decode(column: "target_kind", as: String.self))|\(try $0.decode(column: "target_quote", as: String.self))|\(try $0.decode(column: "target_start", as: Int.self))"
                })
        try await database.delete(from: "verdicts").where("jurisdiction_id", .equal, jurisdictionID)
            .where("plan_year", .equal, planYear).where("decision", .equal, "proposed").run()
        let now = Timestamp.now()
        let fresh = pair.verdicts.filter {
            !decided.contains("\($0.target.kind.rawValue)|\($0.target.span.quote)|\($0.target.span.start)")
        }
        for chunk in fresh.chunked(100) {
            let insert = database.insert(into: "verdicts").columns(
                "jurisdiction_id", "plan_year", "plan_report_id", "review_report_id", "target_kind", "task_id", "section_path",
                "vague", "target_quote", "target_start", "target_end", "target_value", "target_value_max", "target_unit",
                "target_comparator", "outcome", "actual_value", "actual_unit", "evidence_quote", "evidence_start",
                "evidence_end", "decision", "row_version", "created_at")
            for verdict in chunk {
                let target = verdict.target
                insert.values(
                    SQLBind(jurisdictionID), SQLBind(planYear), SQLBind(planReportID), SQLBind(reviewReportID),
                    SQLBind(target.kind.rawValue), SQLBind(trackedTask(for: target, in: tasks)), SQLBind(target.section),
                    SQLBind(target.vague), SQLBind(target.span.quote), SQLBind(target.span.start), SQLBind(target.span.end),
                    SQLBind(target.value), SQLBind(target.valueMax), SQLBind(target.unit), SQLBind(target.comparator?.rawValue),
                    SQLBind(verdict.outcome.rawValue), SQLBind(verdict.actual?.value), SQLBind(verdict.actual?.unit),
                    SQLBind(verdict.evidence?.quote), SQLBind(verdict.evidence?.start), SQLBind(verdict.evidence?.end),
                    SQLBind("proposed"), SQLBind(1), SQLBind(now))
            }
            try await insert.run()
        }
    }

    /// The tracked task a commitment is: the task of the same text, or for a target the task
    /// whose text holds it.
    private static func trackedTask(for target: VerdictTarget, in tasks: [(id: Int, text: String)]) -> Int? {
        if let same = tasks.first(where: { $0.text == target.span.quote }) { return same.id }
        return tasks.first {
            $0.text.contains(target.span.quote) || (target.kind == .task && target.span.quote.contains($0.text))
        }?.id
    }

    /// The verdicts of a plan year with each task's status at the year's end beside them, the
    /// discrepancies between the two, and what became of carrying unfinished tasks over.
    public func verdictBook(jurisdiction: String, planYear: Int) async throws(StoreError) -> VerdictBook {
        let statuses = try await status(jurisdiction: jurisdiction, planYear: planYear, asOf: .endOfYear(planYear))
        let byTask = Dictionary(statuses.map { ($0.taskID, $0) }, uniquingKeysWith: { first, _ in first })
        return try await transaction(readOnly: true) { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else {
                return VerdictBook(jurisdiction: jurisdiction, planYear: planYear, entries: [])
            }
            let verdicts = try await database.select().column("*").from("verdicts")
                .where("jurisdiction_id", .equal, jurisdictionID).where("plan_year", .equal, planYear)
                .orderBy("target_start").orderBy("target_kind").all(decoding: VerdictRecord.self)
            let carried = try await database.select().columns("verdict_id", "state", "new_task_id").from("carry_overs")
                .where("jurisdiction_id", .equal, jurisdictionID).where("to_plan_year", .equal, planYear + 1).all()
            var carryOvers: [Int: (state: CarryOverState, task: Int?)] = [:]
            for row in carried {
                carryOvers[try row.decode(column: "verdict_id", as: Int.self)] = (
                    CarryOverState(rawValue: try row.decode(column: "state", as: String.self)) ?? .dropped,
                    try row.decodeNil(column: "new_task_id") ? nil : try row.decode(column: "new_task_id", as: Int.self)
                )
            }
            let nextPlan = try await Self.latestReportID(jurisdictionID, planYear + 1, in: database) != nil
            let entries = verdicts.map { verdict in
                let status = verdict.taskID.flatMap { byTask[$0] }
                var carryOver = carryOvers[verdict.id]?.state
                if carryOver == nil, nextPlan, verdict.taskID != nil, Self.carriesOver(verdict.effectiveOutcome) {
                    carryOver = .proposed
                }
                return VerdictEntry(
                    verdict: verdict, taskText: status.map(\.text).flatMap { $0 == verdict.targetQuote ? nil : $0 },
                    lead: status?.lead, trackedState: status?.state,
                    discrepancy: Discrepancy.of(verdict.effectiveOutcome, trackedState: status?.state), carryOver: carryOver,
                    carriedTaskID: carryOvers[verdict.id]?.task)
            }
            return VerdictBook(jurisdiction: jurisdiction, planYear: planYear, entries: entries)
        }
    }

    /// Outcomes whose tasks are proposed for the next year's plan.
    static func carriesOver(_ outcome: VerdictOutcome) -> Bool {
        outcome == .short || outcome == .progress || outcome == .silent
    }

    /// The office confirms a verdict (the same outcome) or overrides it (another outcome, with a
    /// reason). `expectedVersion` is the version the office saw: a verdict changed meanwhile is a conflict.
    public func decideVerdict(
        _ id: Int, outcome: VerdictOutcome, reason: String?, actor: String, expectedVersion: Int
    ) async throws(StoreError) -> VerdictRecord {
        let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        return try await transaction { database in
            let before = try await Self.verdict(id, in: database)
            guard before.rowVersion == expectedVersion else {
                throw StoreError.conflict(what: "评判 verdict", id: "\(id)", expected: expectedVersion, found: before.rowVersion)
            }
            let overrides = outcome != before.outcome
            if overrides, reason == nil {
                throw StoreError.invalid("改判须说明理由。 Say why when setting another outcome than the reports give.")
            }
            try await database.update("verdicts")
                .set("decision", to: SQLBind(overrides ? "overridden" : "confirmed"))
                .set("decided_outcome", to: SQLBind(overrides ? outcome.rawValue : nil))
                .set("reason", to: SQLBind(reason)).set("decided_by", to: SQLBind(actor))
                .set("decided_at", to: SQLBind(Timestamp.now())).set("row_version", to: SQLBind(before.rowVersion + 1))
                .where("id", .equal, id).run()
            let after = try await Self.verdict(id, in: database)
            try await AuditLog.record(
                database, jurisdictionID: before.jurisdictionID, actor: actor, entity: "verdict", entityID: id,
                action: overrides ? "override" : "confirm", before: before, after: after, reason: reason)
            return after
        }
    }

    /// The office carries a task judged short, under way or silent into the next year's plan (a
    /// new task with the same text and departments, linked to the original) or drops the proposal.
    /// Either way the verdict counts as confirmed.
    public func decideCarryOver(verdictID: Int, accept: Bool, reason: String?, actor: String) async throws(StoreError)
        -> CarryOverState
    {
        let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        return try await transaction { database in
            let verdict = try await Self.verdict(verdictID, in: database)
            guard let taskID = verdict.taskID, Self.carriesOver(verdict.effectiveOutcome) else {
                throw StoreError.invalid(
                    "只有未达到、有进展或未提及的任务可以结转。 Only tasks judged short, under way or silent carry over.")
            }
            let nextYear = verdict.planYear + 1
            guard let nextReportID = try await Self.latestReportID(verdict.jurisdictionID, nextYear, in: database) else {
                throw StoreError.notFound(what: "计划 plan", id: "\(nextYear)")
            }
            if try await database.select().column("id").from("carry_overs").where("from_task_id", .equal, taskID)
                .where("to_plan_year", .equal, nextYear).first() != nil
            {
                throw StoreError.duplicate("任务 #\(taskID) 的结转已处理。 The carry-over of task #\(taskID) was decided already.")
            }
            let original = try await Self.allocatedTask(taskID, in: database)
            var newTaskID: Int?
            if accept {
                let id = try await Self.insertTask(
                    jurisdictionID: verdict.jurisdictionID, reportID: nextReportID, planYear: nextYear,
                    section: nil, text: original.task.text, offsets: (0, 0),
                    deadline: PlanCalendar.defaultDeadline(nextYear), origin: .added, in: database)
                try await database.raw(
                    """
                    INSERT INTO assignments (jurisdiction_id, task_id, department_id, role, created_at)
                    SELECT jurisdiction_id, \(bind: id), department_id, role, \(bind: Timestamp.now()) FROM assignments WHERE task_id = \(bind: taskID)
                    """
                ).run()
                let created = try await Self.allocatedTask(id, in: database)
                try await AuditLog.record(
                    database, jurisdictionID: verdict.jurisdictionID, actor: actor, entity: "task", entityID: id,
                    action: "carry_over",
                    before: TaskRecord?.none, after: created.task,
                    reason:
                        "结转自 \(verdict.planYear) 年任务 #\(taskID)（\(verdict.effectiveOutcome.label)） carried over from task #\(taskID)"
                        + (reason.map { "：\($0)" } ?? ""))
                newTaskID = id
            }
            let now = Timestamp.now()
            try await database.insert(into: "carry_overs")
                .columns(
                    "jurisdiction_id", "verdict_id", "from_task_id", "to_plan_year", "state", "new_task_id", "reason",
                    "decided_by", "decided_at"
                )
                .values(
                    SQLBind(verdict.jurisdictionID), SQLBind(verdictID), SQLBind(taskID), SQLBind(nextYear),
                    SQLBind(accept ? "accepted" : "dropped"), SQLBind(newTaskID), SQLBind(reason), SQLBind(actor), SQLBind(now)
                )
                .run()
            try await AuditLog.record(
                database, jurisdictionID: verdict.jurisdictionID, actor: actor, entity: "task", entityID: taskID,
                action: accept ? "carry_over_accept" : "carry_over_drop", before: TaskRecord?.none, after: TaskRecord?.none,
                reason: reason)
            if verdict.decision == .proposed {
                try await database.update("verdicts").set("decision", to: SQLBind("confirmed"))
                    .set("decided_by", to: SQLBind(actor)).set("decided_at", to: SQLBind(now))
                    .set("row_version", to: SQLBind(verdict.rowVersion + 1)).where("id", .equal, verdictID).run()
            }
            return accept ? CarryOverState.accepted : .dropped
        }
    }

    /// The task a carried-over task came from, if it was carried over.
    public func carriedFrom(taskID: Int) async throws(StoreError) -> (taskID: Int, planYear: Int, outcome: VerdictOutcome)? {
        try await transaction(readOnly: true) { database in
            guard
                let row = try await database.select().columns("from_task_id", "verdict_id").from("carry_overs")
                    .where("new_task_id", .equal, taskID).first()
            else { return nil }
            let verdict = try await Self.verdict(try row.decode(column: "verdict_id", as: Int.self), in: database)
            return (try row.decode(column: "from_task_id", as: Int.self), verdict.planYear, verdict.effectiveOutcome)
        }
    }

    static func verdict(_ id: Int, in database: any SQLDatabase) async throws -> VerdictRecord {
        guard
            let verdict = try await database.select().column("*").from("verdicts").where("id", .equal, id)
                .first(decoding: VerdictRecord.self)
        else { throw StoreError.notFound(what: "评判 verdict", id: "\(id)") }
        return verdict
    }
}

extension String {
    /// nil for an empty string.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

extension PlanStore {
    /// The plan years of a jurisdiction that have verdicts, latest first.
    public func verdictYears(jurisdiction: String) async throws(StoreError) -> [Int] {
        try await transaction(readOnly: true) { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else { return [] }
            return try await database.raw(
                """
                SELECT DISTINCT plan_year FROM verdicts WHERE jurisdiction_id = \(bind: jurisdictionID) ORDER BY plan_year DESC
                """
            ).all().map { try $0.decode(column: "plan_year", as: Int.self) }
        }
    }
}

/// The text of a report as the store keeps it, with its place and plan year.
public struct ReportText: Sendable {
    public var jurisdiction: String
    public var planYear: Int
    public var text: String
}

extension PlanStore {
    /// The latest version of every report in the store, by jurisdiction and year.
    public func latestReportTexts() async throws(StoreError) -> [ReportText] {
        try await transaction(readOnly: true) { database in
            try await database.raw(
                """
                SELECT j.name, r.plan_year, r.source_text FROM reports r JOIN jurisdictions j ON j.id = r.jurisdiction_id
                WHERE r.version = (SELECT MAX(version) FROM reports x WHERE x.jurisdiction_id = r.jurisdiction_id AND x.plan_year = r.plan_year)
                ORDER BY j.name, r.plan_year
                """
            ).all().map {
                ReportText(
                    jurisdiction: try $0.decode(column: "name", as: String.self),
                    planYear: try $0.decode(column: "plan_year", as: Int.self),
                    text: try $0.decode(column: "source_text", as: String.self))
            }
        }
    }
}
