import Foundation
import SQLKit

extension PlanStore {
    /// A department asks to move a task's deadline; the office decides (`reviewDeadlineRequest`).
    public func requestDeadlineChange(
        taskID: Int, department: String, requestedDeadline: String, reason: String, actor: String
    ) async throws(StoreError) -> DeadlineRequest {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw .invalid("请说明调整期限的理由。 Say why the deadline should move.") }
        return try await transaction { database in
            let task = try await Self.allocatedTask(taskID, in: database)
            guard task.assignments.contains(where: { $0.department == department }) else {
                throw StoreError.notAssigned(department: department, taskID: taskID)
            }
            try Self.validateDeadline(requestedDeadline, planYear: task.task.planYear)
            guard requestedDeadline != task.task.deadline else {
                throw StoreError.invalid("申请的期限与现有期限相同。 The requested deadline is the current one.")
            }
            let departmentID = try await Self.departments(task.task.jurisdictionID, in: database).first { $0.name == department }!
                .id
            if try await database.select().column("id").from("deadline_requests").where("task_id", .equal, taskID)
                .where("department_id", .equal, departmentID).where("state", .equal, "pending").first() != nil
            {
                throw StoreError.duplicate("该任务已有待审核的期限调整申请。 A deadline request for this task is already waiting.")
            }
            let id = try await database.insert(into: "deadline_requests")
                .columns(
                    "jurisdiction_id", "task_id", "department_id", "current_deadline", "requested_deadline", "reason", "state",
                    "created_by", "created_at"
                )
                .values(
                    SQLBind(task.task.jurisdictionID), SQLBind(taskID), SQLBind(departmentID), SQLBind(task.task.deadline),
                    SQLBind(requestedDeadline), SQLBind(reason), SQLBind("pending"), SQLBind(actor), SQLBind(Timestamp.now())
                )
                .returning("id").first()!.decode(column: "id", as: Int.self)
            let request = try await Self.deadlineRequest(id, in: database)
            try await AuditLog.record(
                database, jurisdictionID: task.task.jurisdictionID, actor: actor, entity: "deadline_request", entityID: id,
                action: "request", before: DeadlineRequest?.none, after: request, reason: reason)
            return request
        }
    }

    /// The office accepts (the task's deadline moves, an amendment with the request's reason)
    /// or returns (with a comment) a deadline request.
    public func reviewDeadlineRequest(_ id: Int, accept: Bool, comment: String?, actor: String) async throws(StoreError)
        -> DeadlineRequest
    {
        if !accept, (comment ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw .invalid("退回时请说明原因。 Say why when returning a request.")
        }
        return try await transaction { database in
            let before = try await Self.deadlineRequest(id, in: database)
            guard before.state == .pending else {
                throw StoreError.invalid("期限调整申请 \(id) 已审核。 Deadline request \(id) was reviewed already.")
            }
            let today = String(Timestamp.now().prefix(10))
            try await database.update("deadline_requests")
                .set("state", to: SQLBind(accept ? "accepted" : "returned")).set("review_comment", to: SQLBind(comment))
                .set("reviewed_by", to: SQLBind(actor)).set("reviewed_on", to: SQLBind(today))
                .where("id", .equal, id).run()
            let after = try await Self.deadlineRequest(id, in: database)
            let task = try await Self.allocatedTask(before.taskID, in: database)
            try await AuditLog.record(
                database, jurisdictionID: task.task.jurisdictionID, actor: actor, entity: "deadline_request", entityID: id,
                action: accept ? "accept" : "return", before: before, after: after, reason: comment)
            if accept {
                try await database.update("tasks").set("deadline", to: SQLBind(before.requestedDeadline))
                    .set("row_version", to: SQLBind(task.task.rowVersion + 1)).set("updated_at", to: SQLBind(Timestamp.now()))
                    .where("id", .equal, task.task.id).run()
                let changed = try await Self.allocatedTask(before.taskID, in: database)
                try await AuditLog.record(
                    database, jurisdictionID: task.task.jurisdictionID, actor: actor, entity: "task", entityID: task.task.id,
                    action: "deadline", before: TaskSnapshot(task), after: TaskSnapshot(changed),
                    reason: "期限调整申请 #\(id)：\(before.reason)")
            }
            return after
        }
    }

    /// The deadline requests of a task, oldest first.
    public func deadlineRequests(taskID: Int) async throws(StoreError) -> [DeadlineRequest] {
        try await transaction(readOnly: true) { database in
            try await database.select().column("*").from("deadline_requests").where("task_id", .equal, taskID)
                .orderBy("id").all(decoding: DeadlineRequest.self)
        }
    }

    /// What waits for the office's review in a jurisdiction, oldest first.
    public func pendingReviews(jurisdiction: String) async throws(StoreError) -> [PendingReview] {
        try await transaction(readOnly: true) { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else { return [] }
            let names = Dictionary(
                uniqueKeysWithValues: try await Self.departments(jurisdictionID, in: database).map { ($0.id, $0.name) })
            let reports = try await database.select().column("*").from("progress_reports")
                .where("jurisdiction_id", .equal, jurisdictionID).where("review_state", .equal, "pending")
                .orderBy("created_at").orderBy("id").all(decoding: ProgressReport.self)
            let requests = try await database.select().column("*").from("deadline_requests")
                .where("jurisdiction_id", .equal, jurisdictionID).where("state", .equal, "pending")
                .orderBy("created_at").orderBy("id").all(decoding: DeadlineRequest.self)
            let taskIDs = Set(reports.map(\.taskID) + requests.map(\.taskID))
            var texts: [Int: String] = [:]
            if !taskIDs.isEmpty {
                for row in try await database.select().columns("id", "text").from("tasks")
                    .where("id", .in, taskIDs.sorted()).all()
                {
                    texts[try row.decode(column: "id", as: Int.self)] = try row.decode(column: "text", as: String.self)
                }
            }
            let items =
                reports.map {
                    PendingReview(item: .progress($0), taskText: texts[$0.taskID] ?? "", department: names[$0.departmentID] ?? "")
                }
                + requests.map {
                    PendingReview(item: .deadline($0), taskText: texts[$0.taskID] ?? "", department: names[$0.departmentID] ?? "")
                }
            return items
        }
    }

    static func deadlineRequest(_ id: Int, in database: any SQLDatabase) async throws -> DeadlineRequest {
        guard
            let request = try await database.select().column("*").from("deadline_requests").where("id", .equal, id)
                .first(decoding: DeadlineRequest.self)
        else { throw StoreError.notFound(what: "期限调整申请 deadline request", id: "\(id)") }
        return request
    }
}
