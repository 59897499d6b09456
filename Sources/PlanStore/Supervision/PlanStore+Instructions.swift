import Foundation
import SQLKit

extension PlanStore {
    /// Records a leader's instruction and puts it in the department's inbox (and its e-mail and
    /// webhook). Refused for a disabled department, a dropped task, an empty text or a date before today.
    public func giveInstruction(_ new: NewInstruction, jurisdiction: String, planYear: Int, today: ISODate = .today)
        async throws(StoreError) -> Instruction
    {
        let text = new.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw .invalid("请填写批示内容。 Write the instruction.") }
        guard text.count <= 2000 else {
            throw .invalid("批示内容过长（不超过 2000 字）。 The instruction is too long (2,000 characters at most).")
        }
        guard let answerBy = ISODate(new.answerBy) else {
            throw .invalid("答复期限「\(new.answerBy)」不是有效日期（应为 2022-06-30）。 \(new.answerBy) is not a date (write 2022-06-30).")
        }
        guard answerBy >= today else {
            throw .invalid("答复期限 \(answerBy.text) 已过。 The answer date \(answerBy.text) has passed.")
        }
        return try await transaction { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else {
                throw StoreError.notFound(what: "行政区 jurisdiction", id: jurisdiction)
            }
            var planYear = planYear
            var departmentName = new.department
            if let taskID = new.taskID {
                let task = try await Self.allocatedTask(taskID, in: database)
                guard task.task.jurisdictionID == jurisdictionID else {
                    throw StoreError.notFound(what: "任务 task", id: "\(taskID)")
                }
                guard task.task.state == .active else {
                    throw StoreError.invalid("任务 \(taskID) 已撤销，不能再作批示。 Task \(taskID) was dropped: it takes no instruction.")
                }
                planYear = task.task.planYear
                departmentName = departmentName ?? task.lead
            }
            guard let departmentName else {
                throw StoreError.invalid("请选择批示的承办单位。 Choose the department the instruction is for.")
            }
            guard
                let department = try await Self.departments(jurisdictionID, in: database).first(where: {
                    $0.name == departmentName
                })
            else {
                throw StoreError.unknownDepartment(departmentName)
            }
            guard !department.disabled else {
                throw StoreError.invalid(
                    "「\(department.name)」已停用，不能接收批示；请改批给承接其职能的单位。 \(department.name) is disabled and takes no instructions: address the unit that took over its work."
                )
            }
            let now = Timestamp.now()
            let id = try await database.insert(into: "instructions")
                .columns(
                    "jurisdiction_id", "plan_year", "task_id", "department_id", "author", "text", "answer_by", "created_at",
                    "row_version"
                )
                .values(
                    SQLBind(jurisdictionID), SQLBind(planYear), SQLBind(new.taskID), SQLBind(department.id), SQLBind(new.author),
                    SQLBind(text), SQLBind(answerBy.text), SQLBind(now), SQLBind(1)
                )
                .returning("id").first()!.decode(column: "id", as: Int.self)
            let instruction = try await Self.instruction(id, in: database)
            try await Self.audit(instruction, action: "instruction", actor: new.author, in: database)
            _ = try await Self.insert(
                [InstructionNotice.given(instruction, departmentID: department.id)], jurisdiction: jurisdiction,
                planYear: planYear,
                dryRun: false, in: database)
            return instruction
        }
    }

    /// Instructions of a jurisdiction, newest first: all, a department's, or a task's.
    public func instructions(jurisdiction: String, department: String? = nil, taskID: Int? = nil) async throws(StoreError)
        -> [Instruction]
    {
        try await transaction(readOnly: true) { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else { return [] }
            var filter: SQLQueryString = "i.jurisdiction_id = \(bind: jurisdictionID)"
            if let department { filter = filter + " AND d.name = \(bind: department)" }
            if let taskID { filter = filter + " AND i.task_id = \(bind: taskID)" }
            return try await database.raw("\(unsafeRaw: Instruction.selection) WHERE \(filter) ORDER BY i.id DESC").all().map(
                Instruction.init(row:))
        }
    }

    /// The department acknowledges (签收) an instruction addressed to it.
    public func acknowledgeInstruction(_ id: Int, department: String, actor: String) async throws(StoreError) -> Instruction {
        try await changeInstruction(id, department: department, actor: actor, action: "instruction_acknowledged") {
            instruction, database in
            guard instruction.acknowledgedAt == nil else { return false }
            try await database.update("instructions").set("acknowledged_at", to: SQLBind(Timestamp.now())).set(
                "acknowledged_by", to: SQLBind(actor)
            )
            .where("id", .equal, id).run()
            return true
        }
    }

    /// The department answers an instruction (acknowledging it too); the leaders are told.
    /// `expectedVersion`: the version the form showed, so that two people answering at once do
    /// not overwrite each other.
    public func answerInstruction(_ id: Int, department: String, answer: String, actor: String, expectedVersion: Int? = nil)
        async throws(StoreError) -> Instruction
    {
        let answer = answer.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !answer.isEmpty else { throw .invalid("请填写办理情况。 Write what was done.") }
        guard answer.count <= 4000 else {
            throw .invalid("办理情况过长（不超过 4000 字）。 The answer is too long (4,000 characters at most).")
        }
        return try await changeInstruction(
            id, department: department, actor: actor, action: "instruction_answered", expectedVersion: expectedVersion
        ) { instruction, database in
            guard instruction.answeredAt == nil else {
                throw StoreError.invalid(
                    "此批示已于 \(instruction.answeredAt!.prefix(10)) 答复。 This instruction was answered on \(instruction.answeredAt!.prefix(10))."
                )
            }
            let now = Timestamp.now()
            try await database.update("instructions")
                .set("answer", to: SQLBind(answer)).set("answered_at", to: SQLBind(now)).set("answered_by", to: SQLBind(actor))
                .set("acknowledged_at", to: SQLBind(instruction.acknowledgedAt ?? now)).set(
                    "acknowledged_by", to: SQLBind(instruction.acknowledgedBy ?? actor)
                )
                .where("id", .equal, id).run()
            return true
        } then: { instruction, jurisdiction, database in
            _ = try await Self.insert(
                [InstructionNotice.answered(instruction)], jurisdiction: jurisdiction, planYear: instruction.planYear,
                dryRun: false, in: database)
        }
    }

    /// Changes an instruction of `department` (others' are not found), bumps its version and audits it.
    private func changeInstruction(
        _ id: Int, department: String, actor: String, action: String, expectedVersion: Int? = nil,
        _ change: @escaping @Sendable (Instruction, any SQLDatabase) async throws -> Bool,
        then: @escaping @Sendable (Instruction, String, any SQLDatabase) async throws -> Void = { _, _, _ in }
    ) async throws(StoreError) -> Instruction {
        try await transaction { database in
            let before = try await Self.instruction(id, in: database)
            guard before.department == department else { throw StoreError.notFound(what: "批示 instruction", id: "\(id)") }
            if let expectedVersion, expectedVersion != before.rowVersion {
                throw StoreError.conflict(
                    what: "批示 instruction", id: "\(id)", expected: expectedVersion, found: before.rowVersion)
            }
            guard try await change(before, database) else { return before }
            try await database.update("instructions").set("row_version", to: SQLBind(before.rowVersion + 1)).where(
                "id", .equal, id
            ).run()
            let after = try await Self.instruction(id, in: database)
            try await Self.audit(after, action: action, actor: actor, in: database)
            try await then(after, after.jurisdictionName, database)
            return after
        }
    }

    static func instruction(_ id: Int, in database: any SQLDatabase) async throws -> Instruction {
        guard let row = try await database.raw("\(unsafeRaw: Instruction.selection) WHERE i.id = \(bind: id)").first() else {
            throw StoreError.notFound(what: "批示 instruction", id: "\(id)")
        }
        return try Instruction(row: row)
    }

    /// Instructions appear in the history of their task, or else of their department.
    private static func audit(_ instruction: Instruction, action: String, actor: String, in database: any SQLDatabase)
        async throws
    {
        try await AuditLog.record(
            database, jurisdictionID: instruction.jurisdictionID, actor: actor,
            entity: instruction.taskID == nil ? "department" : "task",
            entityID: instruction.taskID ?? instruction.departmentID, action: action, before: AuditedInstruction?.none,
            after: AuditedInstruction(instruction))
    }

    /// The open instructions of a plan, for the urges.
    static func openInstructions(jurisdictionID: Int, planYear: Int, in database: any SQLDatabase) async throws -> [(
        Instruction, departmentID: Int
    )] {
        try await database.raw(
            """
            \(unsafeRaw: Instruction.selection)
            WHERE i.jurisdiction_id = \(bind: jurisdictionID) AND i.plan_year = \(bind: planYear) AND i.answered_at IS NULL ORDER BY i.id
            """
        ).all().map { row in
            let instruction = try Instruction(row: row)
            return (instruction, instruction.departmentID)
        }
    }
}

/// What the audit log keeps of an instruction.
struct AuditedInstruction: Encodable {
    var instruction: Int
    var department: String
    var text: String
    var answerBy: String
    var answer: String?

    init(_ instruction: Instruction) {
        self.instruction = instruction.id
        department = instruction.department
        text = instruction.text
        answerBy = instruction.answerBy
        answer = instruction.answer
    }
}

extension Instruction {
    static let selection = """
        SELECT i.id, i.plan_year, i.task_id, t.text AS task_text, i.department_id, d.name AS department, i.author, i.text, i.answer_by,
            i.created_at, i.acknowledged_at, i.acknowledged_by, i.answer, i.answered_at, i.answered_by, i.row_version,
            i.jurisdiction_id, j.name AS jurisdiction
        FROM instructions i JOIN departments d ON d.id = i.department_id JOIN jurisdictions j ON j.id = i.jurisdiction_id
            LEFT JOIN tasks t ON t.id = i.task_id
        """

    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: Int.self)
        planYear = try row.decode(column: "plan_year", as: Int.self)
        taskID = try row.decode(column: "task_id", as: Int?.self)
        taskText = try row.decode(column: "task_text", as: String?.self)
        department = try row.decode(column: "department", as: String.self)
        author = try row.decode(column: "author", as: String.self)
        text = try row.decode(column: "text", as: String.self)
        answerBy = try row.decode(column: "answer_by", as: String.self)
        createdAt = try row.decode(column: "created_at", as: String.self)
        acknowledgedAt = try row.decode(column: "acknowledged_at", as: String?.self)
        acknowledgedBy = try row.decode(column: "acknowledged_by", as: String?.self)
        answer = try row.decode(column: "answer", as: String?.self)
        answeredAt = try row.decode(column: "answered_at", as: String?.self)
        answeredBy = try row.decode(column: "answered_by", as: String?.self)
        rowVersion = try row.decode(column: "row_version", as: Int.self)
        jurisdictionID = try row.decode(column: "jurisdiction_id", as: Int.self)
        jurisdictionName = try row.decode(column: "jurisdiction", as: String.self)
        departmentID = try row.decode(column: "department_id", as: Int.self)
    }
}
