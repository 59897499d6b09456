import PlanStore

/// The signed-in user an action is done for: their role decides what they may do, their
/// jurisdiction and (for a department user) department what they may reach.
public struct ActingUser: Sendable, Equatable {
    public let user: User

    public init(_ user: User) {
        self.user = user
    }

    /// Office roles allocate, review and decide verdicts.
    public var isOffice: Bool { user.role.isOffice }

    /// The office's administrator manages users, departments and imports.
    public var isAdmin: Bool { user.role == .officeAdmin }

    /// Leaders give instructions; the office gives them on a leader's behalf.
    public var mayInstruct: Bool { user.role == .leader || isOffice }

    /// The department whose tasks a department user reports on; nil for every other role.
    public var department: String? { user.role == .department ? user.departmentName : nil }

    /// The records this user may reach: the jurisdiction, and the department's part for a department user.
    public var scope: AccessScope { AccessScope(jurisdiction: user.jurisdiction, department: department) }

    /// The name the audit trail records.
    public var name: String { user.displayName }
}
