import Foundation
import SQLKit

extension PlanStore {
    /// A task and its assignments.
    public func allocatedTask(_ id: Int) async throws(StoreError) -> AllocatedTask {
        try await transaction(readOnly: true) { database in try await Self.allocatedTask(id, in: database) }
    }

    /// Assigns the lead and co-responsible departments of a task, replacing earlier ones.
    public func assign(taskID: Int, lead: String, co: [String] = [], change: Change) async throws(StoreError) -> AllocatedTask {
        try await modifyTask(taskID, change: change, action: "assign") { task, database in
            let departments = try await Self.departments(task.jurisdictionID, in: database)
            // Named in full or by the short name the directory lists (`区政府办`).
            let leadDepartment = try Self.department(named: lead, in: departments)
            let coDepartments = try co.map { name throws(StoreError) in try Self.department(named: name, in: departments) }
            // A disabled unit keeps the tasks it has but takes no new ones.
            let current = Set(try await Self.allocatedTask(task.id, in: database).assignments.map(\.department))
            if let closed = ([leadDepartment] + coDepartments).first(where: { $0.disabled && !current.contains($0.name) }) {
                throw StoreError.invalid("「\(closed.name)」已停用，不能再分配任务。 \(closed.name) is disabled and takes no new tasks.")
            }
            let leadID = leadDepartment.id
            let coIDs = coDepartments.map(\.id).filter { $0 != leadID }
            try await database.delete(from: "assignments").where("task_id", .equal, task.id).run()
            let now = Timestamp.now()
            let insert = database.insert(into: "assignments").columns(
                "jurisdiction_id", "task_id", "department_id", "role", "created_at")
            insert.values(SQLBind(task.jurisdictionID), SQLBind(task.id), SQLBind(leadID), SQLBind("lead"), SQLBind(now))
            for id in Set(coIDs) {
                insert.values(SQLBind(task.jurisdictionID), SQLBind(task.id), SQLBind(id), SQLBind("co"), SQLBind(now))
            }
            try await insert.run()
        }
    }

    /// Assigns lead departments to many tasks in one transaction (the office accepting the
    /// suggestions, say); tasks that have a lead keep it. Returns how many were assigned.
    public func assignLeads(_ leads: [(taskID: Int, lead: String)], actor: String) async throws(StoreError) -> Int {
        try await transaction { database in
            var assigned = 0
            var ids: [Int: [String: Int]] = [:]
            for (taskID, lead) in leads {
                let task = try await Self.allocatedTask(taskID, in: database)
                guard task.lead == nil else { continue }
                try await Self.requireReason(
                    Change(actor: actor), jurisdictionID: task.task.jurisdictionID, planYear: task.task.planYear, in: database)
                let jurisdictionID = task.task.jurisdictionID
                if ids[jurisdictionID] == nil {
                    ids[jurisdictionID] = Dictionary(
                        uniqueKeysWithValues: try await Self.departments(jurisdictionID, in: database).map { ($0.name, $0.id) })
                }
                guard let departmentID = ids[jurisdictionID]![lead] else { throw StoreError.unknownDepartment(lead) }
                try await database.insert(into: "assignments")
                    .columns("jurisdiction_id", "task_id", "department_id", "role", "created_at")
                    .values(
                        SQLBind(jurisdictionID), SQLBind(taskID), SQLBind(departmentID), SQLBind("lead"), SQLBind(Timestamp.now())
                    )
                    .run()
                try await database.update("tasks").set("row_version", to: SQLRaw("row_version + 1")).where("id", .equal, taskID)
                    .run()
                try await AuditLog.record(
                    database, jurisdictionID: jurisdictionID, actor: actor, entity: "task", entityID: taskID, action: "assign",
                    before: TaskSnapshot(task), after: ["lead": lead])
                assigned += 1
            }
            return assigned
        }
    }

    /// Sets a task's deadline (ISO date, within or after its plan year).
    public func setDeadline(taskID: Int, deadline: String, change: Change) async throws(StoreError) -> AllocatedTask {
        try await modifyTask(taskID, change: change, action: "deadline") { task, database in
            try Self.validateDeadline(deadline, planYear: task.planYear)
            try await database.update("tasks").set("deadline", to: SQLBind(deadline)).where("id", .equal, task.id).run()
        }
    }

    /// Drops a task the extractor got wrong (or the office no longer wants).
    public func dropTask(_ taskID: Int, change: Change) async throws(StoreError) -> AllocatedTask {
        try await modifyTask(taskID, change: change, action: "drop") { task, database in
            guard task.state == .active else { throw StoreError.invalid("任务 \(task.id) 不是有效任务。 Task \(task.id) is not active.") }
            try await database.update("tasks").set("state", to: SQLBind(TaskState.dropped.rawValue)).where("id", .equal, task.id)
                .run()
        }
    }

    /// Adds a task the extractor missed.
    public func addTask(
        jurisdiction: String, planYear: Int, text: String, section: String?, deadline: String? = nil, change: Change
    ) async throws(StoreError) -> AllocatedTask {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw .invalid("任务内容不能为空。 The task's text is empty.") }
        let deadline = deadline ?? PlanCalendar.defaultDeadline(planYear)
        try Self.validateDeadline(deadline, planYear: planYear)
        return try await transaction { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database),
                let reportID = try await Self.latestReportID(jurisdictionID, planYear, in: database)
            else { throw StoreError.notFound(what: "计划 plan", id: "\(jurisdiction) \(planYear)") }
            try await Self.requireReason(change, jurisdictionID: jurisdictionID, planYear: planYear, in: database)
            let id = try await Self.insertTask(
                jurisdictionID: jurisdictionID, reportID: reportID, planYear: planYear, section: section, text: text,
                offsets: (0, 0), deadline: deadline, origin: .added, in: database)
            let created = try await Self.allocatedTask(id, in: database)
            try await AuditLog.record(
                database, jurisdictionID: jurisdictionID, actor: change.actor, entity: "task", entityID: id, action: "add",
                before: TaskRecord?.none, after: created.task, reason: change.reason)
            return created
        }
    }

    /// Splits a task into several; each part keeps the section, deadline and assignments.
    public func splitTask(_ taskID: Int, into texts: [String], change: Change) async throws(StoreError) -> [AllocatedTask] {
        let texts = texts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        guard texts.count >= 2 else { throw .invalid("拆分至少需要两项。 A split needs at least two parts.") }
        return try await transaction { database in
            let original = try await Self.lockedTask(taskID, change: change, in: database)
            var parts: [AllocatedTask] = []
            for text in texts {
                let id = try await Self.insertTask(
                    jurisdictionID: original.task.jurisdictionID, reportID: original.task.reportID,
                    planYear: original.task.planYear, section: original.task.sectionPath, text: text,
                    offsets: (original.task.startOffset, original.task.endOffset), deadline: original.task.deadline,
                    origin: .split, in: database)
                try await Self.copyAssignments(from: original, to: id, in: database)
                parts.append(try await Self.allocatedTask(id, in: database))
            }
            try await Self.retire(original, action: "split", change: change, successors: parts.map(\.task.id), in: database)
            return parts
        }
    }

    /// Merges tasks into one with the given text; it takes the first task's section, the
    /// latest deadline and the first task's assignments.
    public func mergeTasks(_ taskIDs: [Int], text: String, change: Change) async throws(StoreError) -> AllocatedTask {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard Set(taskIDs).count >= 2 else { throw .invalid("合并至少需要两项任务。 A merge needs at least two tasks.") }
        guard !text.isEmpty else { throw .invalid("任务内容不能为空。 The task's text is empty.") }
        return try await transaction { database in
            var originals: [AllocatedTask] = []
            for id in taskIDs {
                originals.append(
                    try await Self.lockedTask(id, change: Change(actor: change.actor, reason: change.reason), in: database))
            }
            guard Set(originals.map(\.task.jurisdictionID)).count == 1, Set(originals.map(\.task.planYear)).count == 1 else {
                throw StoreError.invalid("只能合并同一计划中的任务。 Only tasks of one plan can be merged.")
            }
            let first = originals[0].task
            let id = try await Self.insertTask(
                jurisdictionID: first.jurisdictionID, reportID: first.reportID, planYear: first.planYear,
                section: first.sectionPath, text: text,
                offsets: (originals.map(\.task.startOffset).min()!, originals.map(\.task.endOffset).max()!),
                deadline: originals.map(\.task.deadline).max()!, origin: .merged, in: database)
            try await Self.copyAssignments(from: originals[0], to: id, in: database)
            for original in originals {
                try await Self.retire(original, action: "merge", change: change, successors: [id], in: database)
            }
            return try await Self.allocatedTask(id, in: database)
        }
    }

    /// Publishes a plan: every active task must have a lead department. After this, every
    /// change is an amendment with a reason.
    public func publish(jurisdiction: String, planYear: Int, actor: String) async throws(StoreError) -> Int {
        try await transaction { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else {
                throw StoreError.notFound(what: "行政区 jurisdiction", id: jurisdiction)
            }
            let unassigned = try await database.select().column("id").from("tasks")
                .where("jurisdiction_id", .equal, jurisdictionID).where("plan_year", .equal, planYear)
                .where("state", .equal, TaskState.active.rawValue)
                .where(SQLRaw("NOT EXISTS (SELECT 1 FROM assignments a WHERE a.task_id = tasks.id AND a.role = 'lead')"))
                .all().map { try $0.decode(column: "id", as: Int.self) }
            guard unassigned.isEmpty else { throw StoreError.unassignedTasks(unassigned) }
            let count = try await database.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("tasks")
                .where("jurisdiction_id", .equal, jurisdictionID).where("plan_year", .equal, planYear)
                .where("state", .equal, TaskState.active.rawValue).first()!.decode(column: "n", as: Int.self)
            guard count > 0 else { throw StoreError.notFound(what: "计划 plan", id: "\(jurisdiction) \(planYear)") }
            if try await Self.isPublished(jurisdictionID, planYear, in: database) {
                throw StoreError.invalid(
                    "\(jurisdiction) \(planYear)年的分工方案已发布。 The allocation of \(jurisdiction) \(planYear) is published already.")
            }
            let now = Timestamp.now()
            try await database.insert(into: "plans")
                .columns("jurisdiction_id", "plan_year", "published_at", "published_by", "row_version")
                .values(SQLBind(jurisdictionID), SQLBind(planYear), SQLBind(now), SQLBind(actor), SQLBind(1))
                .run()
            try await AuditLog.record(
                database, jurisdictionID: jurisdictionID, actor: actor, entity: "plan", entityID: planYear, action: "publish",
                before: String?.none, after: "\(count) tasks")
            return count
        }
    }

    /// Whether a plan is published.
    public func isPublished(jurisdiction: String, planYear: Int) async throws(StoreError) -> Bool {
        try await transaction(readOnly: true) { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else { return false }
            return try await Self.isPublished(jurisdictionID, planYear, in: database)
        }
    }

    // MARK: - shared steps

    /// Loads a task for a change, checks its version and the amendment rule, applies `body`,
    /// bumps the version and records the change in the audit log.
    private func modifyTask(
        _ taskID: Int, change: Change, action: String,
        _ body: @escaping (TaskRecord, any SQLDatabase) async throws -> Void
    ) async throws(StoreError) -> AllocatedTask {
        try await transaction { database in
            let before = try await Self.lockedTask(taskID, change: change, in: database)
            try await body(before.task, database)
            let updated = try await database.update("tasks")
                .set("row_version", to: SQLBind(before.task.rowVersion + 1)).set("updated_at", to: SQLBind(Timestamp.now()))
                .where("id", .equal, taskID).where("row_version", .equal, before.task.rowVersion)
                .returning("id").all()
            guard updated.count == 1 else {
                throw StoreError.conflict(what: "任务 task", id: "\(taskID)", expected: before.task.rowVersion, found: -1)
            }
            let after = try await Self.allocatedTask(taskID, in: database)
            try await AuditLog.record(
                database, jurisdictionID: before.task.jurisdictionID, actor: change.actor, entity: "task", entityID: taskID,
                action: action, before: TaskSnapshot(before), after: TaskSnapshot(after), reason: change.reason)
            return after
        }
    }

    /// A task read for a change: it exists, its version is the expected one, and a reason is
    /// given when its plan is published.
    static func lockedTask(_ taskID: Int, change: Change, in database: any SQLDatabase) async throws -> AllocatedTask {
        let task = try await allocatedTask(taskID, in: database)
        if let expected = change.expectedVersion, expected != task.task.rowVersion {
            throw StoreError.conflict(what: "任务 task", id: "\(taskID)", expected: expected, found: task.task.rowVersion)
        }
        try await requireReason(change, jurisdictionID: task.task.jurisdictionID, planYear: task.task.planYear, in: database)
        return task
    }

    static func requireReason(_ change: Change, jurisdictionID: Int, planYear: Int, in database: any SQLDatabase) async throws {
        let reason = change.reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if reason.isEmpty, try await isPublished(jurisdictionID, planYear, in: database) {
            throw StoreError.amendmentNeedsReason
        }
    }

    static func isPublished(_ jurisdictionID: Int, _ planYear: Int, in database: any SQLDatabase) async throws -> Bool {
        try await database.select().column("id").from("plans").where("jurisdiction_id", .equal, jurisdictionID)
            .where("plan_year", .equal, planYear).where("published_at", .isNot, SQLLiteral.null).first() != nil
    }

    static func allocatedTask(_ id: Int, in database: any SQLDatabase) async throws -> AllocatedTask {
        guard
            let task = try await database.select().column("*").from("tasks").where("id", .equal, id).first(
                decoding: TaskRecord.self)
        else { throw StoreError.notFound(what: "任务 task", id: "\(id)") }
        let assignments = try await database.select()
            .column(SQLColumn("name", table: "departments")).column(SQLColumn("role", table: "assignments"))
            .from("assignments")
            .join(
                "departments", on: SQLColumn("department_id", table: "assignments"), .equal, SQLColumn("id", table: "departments")
            )
            .where(SQLColumn("task_id", table: "assignments"), .equal, SQLBind(id))
            .all().map { row in
                Assignment(
                    department: try row.decode(column: "name", as: String.self),
                    role: Assignment.Role(rawValue: try row.decode(column: "role", as: String.self)) ?? .co)
            }
            .sorted { ($0.role == .lead ? 0 : 1, $0.department) < ($1.role == .lead ? 0 : 1, $1.department) }
        return AllocatedTask(task: task, assignments: assignments)
    }

    static func latestReportID(_ jurisdictionID: Int, _ planYear: Int, in database: any SQLDatabase) async throws -> Int? {
        try await database.select().column("id").from("reports").where("jurisdiction_id", .equal, jurisdictionID)
            .where("plan_year", .equal, planYear).orderBy("version", .descending).limit(1).first()?
            .decode(column: "id", as: Int.self)
    }

    static func insertTask(
        jurisdictionID: Int, reportID: Int, planYear: Int, section: String?, text: String, offsets: (Int, Int),
        deadline: String, origin: TaskOrigin, in database: any SQLDatabase
    ) async throws -> Int {
        let now = Timestamp.now()
        return try await database.insert(into: "tasks")
            .columns(
                "jurisdiction_id", "report_id", "plan_year", "section_path", "horizon", "text", "start_offset", "end_offset",
                "vague", "deadline", "origin", "state", "row_version", "created_at", "updated_at"
            )
            .values(
                SQLBind(jurisdictionID), SQLBind(reportID), SQLBind(planYear), SQLBind(section), SQLBind("year"), SQLBind(text),
                SQLBind(offsets.0), SQLBind(offsets.1), SQLBind(false), SQLBind(deadline), SQLBind(origin.rawValue),
                SQLBind(TaskState.active.rawValue),
                SQLBind(1), SQLBind(now), SQLBind(now)
            )
            .returning("id").first()!.decode(column: "id", as: Int.self)
    }

    private static func copyAssignments(from original: AllocatedTask, to taskID: Int, in database: any SQLDatabase) async throws {
        guard !original.assignments.isEmpty else { return }
        try await database.raw(
            """
            INSERT INTO assignments (jurisdiction_id, task_id, department_id, role, created_at)
            SELECT jurisdiction_id, \(bind: taskID), department_id, role, \(bind: Timestamp.now()) FROM assignments WHERE task_id = \(bind: original.task.id)
            """
        ).run()
    }

    private static func retire(
        _ original: AllocatedTask, action: String, change: Change, successors: [Int], in database: any SQLDatabase
    ) async throws {
        let updated = try await database.update("tasks")
            .set("state", to: SQLBind(TaskState.dropped.rawValue)).set("row_version", to: SQLBind(original.task.rowVersion + 1))
            .set("updated_at", to: SQLBind(Timestamp.now()))
            .where("id", .equal, original.task.id).where("row_version", .equal, original.task.rowVersion)
            .returning("id").all()
        guard updated.count == 1 else {
            throw StoreError.conflict(what: "任务 task", id: "\(original.task.id)", expected: original.task.rowVersion, found: -1)
        }
        try await AuditLog.record(
            database, jurisdictionID: original.task.jurisdictionID, actor: change.actor, entity: "task",
            entityID: original.task.id, action: action, before: TaskSnapshot(original),
            after: ["successors": successors], reason: change.reason)
    }

    static func validateDeadline(_ deadline: String, planYear: Int) throws(StoreError) {
        guard let date = ISODate(deadline) else {
            throw .invalid("期限「\(deadline)」不是有效日期（应为 2022-06-30）。 \(deadline) is not a date (write 2022-06-30).")
        }
        guard date.text >= PlanCalendar.start(planYear) else {
            throw .invalid(
                "期限 \(deadline) 早于计划开始（\(PlanCalendar.start(planYear))）。 The deadline \(deadline) is before the plan starts (\(PlanCalendar.start(planYear)))."
            )
        }
    }
}

/// A task and its assignments as the audit log records them.
struct TaskSnapshot: Encodable {
    var task: TaskRecord
    var assignments: [Assignment]

    init(_ allocated: AllocatedTask) {
        task = allocated.task
        assignments = allocated.assignments
    }
}
