import PlanStore

/// Leaders' instructions (批示): a leader or the office gives one on a task or to a department;
/// the department acknowledges and answers it.
public struct InstructionActions: Sendable {
    let store: PlanStore

    public init(store: PlanStore) {
        self.store = store
    }

    /// What the one who instructs writes: a task (its lead answers) or a department, the text
    /// and the day the answer is due.
    public struct Draft: Sendable {
        public var taskID: Int?
        public var department: String?
        public var text: String
        public var answerBy: String

        public init(taskID: Int? = nil, department: String? = nil, text: String, answerBy: String) {
            self.taskID = taskID
            self.department = department
            self.text = text
            self.answerBy = answerBy
        }
    }

    /// A leader, or the office for one, gives an instruction within the plan of `planYear`.
    public func give(_ draft: Draft, planYear: Int, by actor: ActingUser) async throws(ActionError) -> Instruction {
        guard actor.mayInstruct else { throw .forbidden }
        if let taskID = draft.taskID {
            try await Reach.require(.task(taskID), for: actor, in: store)
        } else if draft.department == nil {
            throw .invalid("请选择任务或承办单位。 Choose a task or a department.")
        }
        return try await Reach.storing { () async throws(StoreError) -> Instruction in
            try await store.giveInstruction(
                NewInstruction(
                    taskID: draft.taskID, department: draft.taskID == nil ? draft.department : nil, text: draft.text,
                    answerBy: draft.answerBy, author: actor.name),
                jurisdiction: actor.user.jurisdiction, planYear: planYear)
        }
    }

    /// The department an instruction is addressed to says it has it.
    public func acknowledge(instructionID: Int, by actor: ActingUser) async throws(ActionError) -> Instruction {
        guard let department = actor.department else { throw .forbidden }
        try await Reach.require(.instruction(instructionID), for: actor, in: store)
        return try await Reach.storing { () async throws(StoreError) -> Instruction in
            try await store.acknowledgeInstruction(instructionID, department: department, actor: actor.name)
        }
    }

    /// The department answers what it did, against the version it read.
    public func answer(instructionID: Int, _ answer: String, expectedVersion: Int?, by actor: ActingUser)
        async throws(ActionError) -> Instruction
    {
        guard let department = actor.department else { throw .forbidden }
        try await Reach.require(.instruction(instructionID), for: actor, in: store)
        return try await Reach.storing { () async throws(StoreError) -> Instruction in
            try await store.answerInstruction(
                instructionID, department: department, answer: answer, actor: actor.name, expectedVersion: expectedVersion)
        }
    }
}
