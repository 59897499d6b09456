/// A department's part in a task: the lead (牵头单位) or a co-responsible unit (责任单位).
public struct Assignment: Codable, Sendable, Equatable {
    public enum Role: String, Codable, Sendable {
        case lead, co
    }

    public var department: String
    public var role: Role

    public init(department: String, role: Role) {
        self.department = department
        self.role = role
    }
}

/// A task with its assignments, as the office reviews it.
public struct AllocatedTask: Sendable, Equatable {
    public var task: TaskRecord
    public var assignments: [Assignment]

    public var lead: String? { assignments.first { $0.role == .lead }?.department }
    public var coResponsible: [String] { assignments.filter { $0.role == .co }.map(\.department) }
}

/// Who changes a plan, and why when it is already published.
public struct Change: Sendable {
    public var actor: String
    /// Required once the plan is published: every change is then an amendment.
    public var reason: String?
    /// The task's version as the actor read it; a newer one means someone else changed it.
    public var expectedVersion: Int?

    public init(actor: String, reason: String? = nil, expectedVersion: Int? = nil) {
        self.actor = actor
        self.reason = reason
        self.expectedVersion = expectedVersion
    }
}
