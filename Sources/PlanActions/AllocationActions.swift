import PlanStore

/// The office's allocation of the plan: who leads a task, who shares it, by when; a task dropped
/// or split. Every change names the version the office read, so two people editing the same
/// task do not overwrite each other, and, once the plan is published, a reason.
public struct AllocationActions: Sendable {
    let store: PlanStore

    public init(store: PlanStore) {
        self.store = store
    }

    /// What the office sets on a task; nil leaves a field as it is.
    public struct Allocation: Sendable {
        public var lead: String?
        public var coResponsible: [String]
        public var deadline: String?

        public init(lead: String?, coResponsible: [String] = [], deadline: String? = nil) {
            self.lead = lead
            self.coResponsible = coResponsible
            self.deadline = deadline
        }
    }

    /// Sets the lead and co-responsible departments and the deadline, each only if it changed;
    /// both are checked against the version the office read.
    public func allocate(
        taskID: Int, _ allocation: Allocation, reason: String?, expectedVersion: Int?, by actor: ActingUser
    ) async throws(ActionError) -> AllocatedTask {
        guard actor.isOffice else { throw .forbidden }
        try await Reach.require(.task(taskID), for: actor, in: store)
        return try await Reach.storing { () async throws(StoreError) -> AllocatedTask in
            var task = try await store.allocatedTask(taskID)
            var expected = expectedVersion
            if let lead = allocation.lead {
                let co = allocation.coResponsible.filter { $0 != lead }
                if lead != task.lead || co != task.coResponsible {
                    task = try await store.assign(
                        taskID: taskID, lead: lead, co: co,
                        change: Change(actor: actor.name, reason: reason, expectedVersion: expected))
                    // The deadline below follows on from this request's own change.
                    expected = expected.map { _ in task.task.rowVersion }
                }
            }
            if let deadline = allocation.deadline, deadline != task.task.deadline {
                task = try await store.setDeadline(
                    taskID: taskID, deadline: deadline,
                    change: Change(actor: actor.name, reason: reason, expectedVersion: expected))
            }
            return task
        }
    }

    /// Takes a task out of the plan (it stays in the audit trail).
    public func drop(taskID: Int, reason: String?, expectedVersion: Int?, by actor: ActingUser) async throws(ActionError)
        -> AllocatedTask
    {
        guard actor.isOffice else { throw .forbidden }
        try await Reach.require(.task(taskID), for: actor, in: store)
        return try await Reach.storing { () async throws(StoreError) -> AllocatedTask in
            try await store.dropTask(taskID, change: Change(actor: actor.name, reason: reason, expectedVersion: expectedVersion))
        }
    }

    /// Adds a task the report did not hold to the acting user's plan of `planYear`.
    public func add(
        text: String, section: String?, deadline: String?, planYear: Int, reason: String?, by actor: ActingUser
    ) async throws(ActionError) -> AllocatedTask {
        guard actor.isOffice else { throw .forbidden }
        return try await Reach.storing { () async throws(StoreError) -> AllocatedTask in
            try await store.addTask(
                jurisdiction: actor.user.jurisdiction, planYear: planYear, text: text, section: section, deadline: deadline,
                change: Change(actor: actor.name, reason: reason))
        }
    }

    /// Merges tasks into one; every one of them must be within the acting user's reach.
    public func merge(taskIDs: [Int], text: String, reason: String?, by actor: ActingUser) async throws(ActionError)
        -> AllocatedTask
    {
        guard actor.isOffice else { throw .forbidden }
        for id in taskIDs { try await Reach.require(.task(id), for: actor, in: store) }
        return try await Reach.storing { () async throws(StoreError) -> AllocatedTask in
            try await store.mergeTasks(taskIDs, text: text, change: Change(actor: actor.name, reason: reason))
        }
    }

    /// Makes departments the leads of tasks nobody leads yet (the suggestions the office accepts);
    /// every task must be within the acting user's reach. Returns how many were assigned.
    public func assignLeads(_ leads: [(taskID: Int, lead: String)], by actor: ActingUser) async throws(ActionError) -> Int {
        guard actor.isOffice else { throw .forbidden }
        for lead in leads { try await Reach.require(.task(lead.taskID), for: actor, in: store) }
        return try await Reach.storing { () async throws(StoreError) -> Int in
            try await store.assignLeads(leads, actor: actor.name)
        }
    }

    /// Publishes the acting user's plan of `planYear`: from then on every change is an amendment with a reason.
    public func publish(planYear: Int, by actor: ActingUser) async throws(ActionError) -> Int {
        guard actor.isOffice else { throw .forbidden }
        return try await Reach.storing { () async throws(StoreError) -> Int in
            try await store.publish(jurisdiction: actor.user.jurisdiction, planYear: planYear, actor: actor.name)
        }
    }

    /// Splits a task into parts, one task each.
    public func split(taskID: Int, into parts: [String], reason: String?, expectedVersion: Int?, by actor: ActingUser)
        async throws(ActionError) -> [AllocatedTask]
    {
        guard actor.isOffice else { throw .forbidden }
        try await Reach.require(.task(taskID), for: actor, in: store)
        return try await Reach.storing { () async throws(StoreError) -> [AllocatedTask] in
            try await store.splitTask(
                taskID, into: parts, change: Change(actor: actor.name, reason: reason, expectedVersion: expectedVersion))
        }
    }
}
