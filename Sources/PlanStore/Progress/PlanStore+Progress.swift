import Foundation
import SQLKit

extension PlanStore {
    /// Files a progress report for a task by one of its departments.
    public func fileProgress(_ input: ProgressInput) async throws(StoreError) -> ProgressReport {
        try await fileProgress([input])[0]
    }

    /// Files several progress reports in one transaction: all are stored, or none.
    public func fileProgress(_ inputs: [ProgressInput]) async throws(StoreError) -> [ProgressReport] {
        for input in inputs {
            guard !input.narrative.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw .invalid("进展说明不能为空。 The narrative is empty.")
            }
            guard let date = ISODate(input.reportedOn) else {
                throw .invalid(
                    "「\(input.reportedOn)」不是有效日期（应为 2022-06-30）。 \(input.reportedOn) is not a date (write 2022-06-30).")
            }
            // A day's grace: the office's "today" may be ahead of UTC's.
            guard date.date.timeIntervalSinceNow < 2 * 86_400 else {
                throw .invalid("进展日期 \(input.reportedOn) 晚于今天。 The report is dated \(input.reportedOn), after today.")
            }
            if let percent = input.percent, !(0...100).contains(percent) {
                throw .invalid("百分比应在 0 到 100 之间。 A percent is between 0 and 100.")
            }
            if let evidence = input.evidence { try Self.validate(evidence) }
        }
        return try await transaction { database in
            var tasks: [Int: AllocatedTask] = [:]
            var departmentIDs: [Int: [String: Int]] = [:]
            var reports: [ProgressReport] = []
            reports.reserveCapacity(inputs.count)
            for input in inputs {
                let task: AllocatedTask
                if let cached = tasks[input.taskID] {
                    task = cached
                } else {
                    task = try await Self.allocatedTask(input.taskID, in: database)
                    tasks[input.taskID] = task
                }
                try Self.check(input, against: task)
                let jurisdictionID = task.task.jurisdictionID
                if departmentIDs[jurisdictionID] == nil {
                    departmentIDs[jurisdictionID] = Dictionary(
                        uniqueKeysWithValues: try await Self.departments(jurisdictionID, in: database).map { ($0.name, $0.id) })
                }
                let departmentID = departmentIDs[jurisdictionID]![input.department]!
                var evidenceID: Int?
                if let evidence = input.evidence {
                    evidenceID = try await Self.storeEvidence(evidence, jurisdictionID: jurisdictionID, in: database)
                }
                let narrative = input.narrative.trimmingCharacters(in: .whitespacesAndNewlines)
                let createdAt = Timestamp.now()
                let id = try await database.insert(into: "progress_reports")
                    .columns(
                        "jurisdiction_id", "task_id", "department_id", "reported_on", "narrative", "value", "percent",
                        "evidence_id", "evidence_name", "completion_requested", "behind_reason", "review_state", "created_by",
                        "created_at"
                    )
                    .values(
                        SQLBind(jurisdictionID), SQLBind(task.task.id), SQLBind(departmentID), SQLBind(input.reportedOn),
                        SQLBind(narrative), SQLBind(input.value), SQLBind(input.percent), SQLBind(evidenceID),
                        SQLBind(input.evidence?.name), SQLBind(input.completionRequested), SQLBind(input.behindReason?.rawValue),
                        SQLBind("pending"), SQLBind(input.actor), SQLBind(createdAt)
                    )
                    .returning("id").first()!.decode(column: "id", as: Int.self)
                let report = ProgressReport(
                    id: id, taskID: task.task.id, departmentID: departmentID, reportedOn: input.reportedOn, narrative: narrative,
                    value: input.value, percent: input.percent, evidenceID: evidenceID, evidenceName: input.evidence?.name,
                    completionRequested: input.completionRequested, behindReason: input.behindReason, reviewState: .pending,
                    reviewComment: nil, reviewedBy: nil, reviewedOn: nil, createdBy: input.actor, createdAt: createdAt)
                try await AuditLog.record(
                    database, jurisdictionID: jurisdictionID, actor: input.actor, entity: "progress", entityID: report.id,
                    action: "file", before: ProgressReport?.none, after: report)
                try await Self.refreshLatest(
                    taskID: report.taskID, departmentID: departmentID, jurisdictionID: jurisdictionID, in: database)
                reports.append(report)
            }
            return reports
        }
    }

    /// Brings `progress_latest` up to date for one task and department: the latest report
    /// that is not returned, or no row.
    static func refreshLatest(taskID: Int, departmentID: Int, jurisdictionID: Int, in database: any SQLDatabase) async throws {
        try await database.delete(from: "progress_latest").where("task_id", .equal, taskID)
            .where("department_id", .equal, departmentID).run()
        try await database.raw(
            """
            INSERT INTO progress_latest (task_id, department_id, jurisdiction_id, report_id, reported_on, value, percent, behind_reason)
            SELECT task_id, department_id, jurisdiction_id, id, reported_on, value, percent, behind_reason
            FROM progress_reports
            WHERE task_id = \(bind: taskID) AND department_id = \(bind: departmentID) AND review_state <> 'returned'
            ORDER BY reported_on DESC, id DESC LIMIT 1
            """
        ).run()
    }

    /// The rules a report must meet for its task.
    private static func check(_ input: ProgressInput, against task: AllocatedTask) throws(StoreError) {
        guard task.task.state == .active else {
            throw .invalid("任务 \(task.task.id) 已撤销，不能填报进展。 Task \(task.task.id) is not active.")
        }
        guard task.assignments.contains(where: { $0.department == input.department }) else {
            throw .notAssigned(department: input.department, taskID: task.task.id)
        }
        guard input.reportedOn >= PlanCalendar.start(task.task.planYear) else {
            throw .invalid("进展日期早于计划开始。 The report is dated before the plan starts.")
        }
        if let value = input.value {
            guard let unit = task.task.targetUnit, task.task.targetValue != nil else {
                throw .invalid("任务 \(task.task.id) 没有数值目标，请填百分比。 Task \(task.task.id) has no numeric target: give a percent.")
            }
            if let given = input.unit, given != unit { throw .wrongUnit(given: given, expected: unit) }
            guard value >= 0 else { throw .invalid("进展数值不能为负。 A value cannot be negative.") }
        }
    }

    /// The office accepts or returns a progress report on `date` (today by default). Accepting
    /// a completion request marks the task done from that day.
    public func review(reportID: Int, accept: Bool, comment: String? = nil, actor: String, on date: String? = nil)
        async throws(StoreError) -> ProgressReport
    {
        let reviewedOn = date ?? String(Timestamp.now().prefix(10))
        guard ISODate(reviewedOn) != nil else { throw .invalid("「\(reviewedOn)」不是有效日期。 \(reviewedOn) is not a date.") }
        if !accept, (comment ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw .invalid("退回时请说明原因（--comment）。 Say why when returning a report (--comment).")
        }
        return try await transaction { database in
            guard
                let before = try await database.select().column("*").from("progress_reports").where("id", .equal, reportID)
                    .first(decoding: ProgressReport.self)
            else { throw StoreError.notFound(what: "进展报告 progress report", id: "\(reportID)") }
            guard before.reviewState == .pending else {
                throw StoreError.invalid("进展报告 \(reportID) 已审核。 Progress report \(reportID) was reviewed already.")
            }
            let state: ProgressReport.Review = accept ? .accepted : .returned
            try await database.update("progress_reports")
                .set("review_state", to: SQLBind(state.rawValue)).set("review_comment", to: SQLBind(comment))
                .set("reviewed_by", to: SQLBind(actor)).set("reviewed_on", to: SQLBind(reviewedOn))
                .where("id", .equal, reportID).where("review_state", .equal, "pending").run()
            let after = try await database.select().column("*").from("progress_reports").where("id", .equal, reportID)
                .first(decoding: ProgressReport.self)!
            let jurisdictionID = try await database.select().column("jurisdiction_id").from("tasks")
                .where("id", .equal, before.taskID).first()!.decode(column: "jurisdiction_id", as: Int.self)
            if !accept {
                try await Self.refreshLatest(
                    taskID: before.taskID, departmentID: before.departmentID, jurisdictionID: jurisdictionID, in: database)
            }
            try await AuditLog.record(
                database, jurisdictionID: jurisdictionID, actor: actor, entity: "progress", entityID: reportID,
                action: accept ? "accept" : "return", before: before, after: after, reason: comment)
            if accept, before.completionRequested {
                try await database.update("tasks")
                    .set("completed_on", to: SQLBind(reviewedOn)).set("row_version", to: SQLRaw("row_version + 1"))
                    .set("updated_at", to: SQLBind(Timestamp.now()))
                    .where("id", .equal, before.taskID).run()
                try await AuditLog.record(
                    database, jurisdictionID: jurisdictionID, actor: actor, entity: "task", entityID: before.taskID,
                    action: "complete", before: String?.none, after: reviewedOn)
            }
            return after
        }
    }

    /// The progress reports of a task, oldest first.
    public func progressReports(taskID: Int) async throws(StoreError) -> [ProgressReport] {
        try await transaction(readOnly: true) { database in
            try await database.select().column("*").from("progress_reports").where("task_id", .equal, taskID)
                .orderBy("reported_on").orderBy("id").all(decoding: ProgressReport.self)
        }
    }

    /// An evidence file's bytes and type.
    public func evidence(id: Int) async throws(StoreError) -> (contentType: String, bytes: [UInt8]) {
        try await transaction(readOnly: true) { database in
            guard
                let row = try await database.select().columns("content_type", "content").from("evidence_files")
                    .where("id", .equal, id).first()
            else { throw StoreError.notFound(what: "证明材料 evidence", id: "\(id)") }
            return (
                try row.decode(column: "content_type", as: String.self), Array(try row.decode(column: "content", as: Data.self))
            )
        }
    }

    static func validate(_ evidence: Evidence) throws(StoreError) {
        guard evidence.bytes.count <= Evidence.sizeLimit else {
            throw .evidenceTooLarge(bytes: evidence.bytes.count, limit: Evidence.sizeLimit)
        }
        guard !evidence.bytes.isEmpty else { throw .invalid("证明材料是空文件。 The evidence file is empty.") }
        let ext = (evidence.name as NSString).pathExtension.lowercased()
        guard Evidence.types[ext] != nil else { throw .evidenceType(ext) }
        guard Evidence.contentMatches(extension: ext, bytes: evidence.bytes) else {
            throw .invalid(
                "证明材料「\(evidence.name)」的内容不是 .\(ext) 文件。 The evidence file \(evidence.name) is not a .\(ext) file inside.")
        }
    }

    private static func storeEvidence(_ evidence: Evidence, jurisdictionID: Int, in database: any SQLDatabase) async throws -> Int
    {
        let hash = HexDigest.sha256(evidence.bytes)
        if let existing = try await database.select().column("id").from("evidence_files")
            .where("jurisdiction_id", .equal, jurisdictionID).where("sha256", .equal, hash).first()
        {
            return try existing.decode(column: "id", as: Int.self)
        }
        let type = Evidence.types[(evidence.name as NSString).pathExtension.lowercased()]!
        return try await database.insert(into: "evidence_files")
            .columns("jurisdiction_id", "sha256", "content_type", "size", "content")
            .values(
                SQLBind(jurisdictionID), SQLBind(hash), SQLBind(type), SQLBind(evidence.bytes.count),
                SQLBind(Data(evidence.bytes))
            )
            .returning("id").first()!.decode(column: "id", as: Int.self)
    }
}
