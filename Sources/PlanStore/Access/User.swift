/// Someone who signs in to Luoshi, with the one role that decides what they may see and do.
public struct User: Sendable, Equatable, Codable {
    /// What a user may do (the public needs no account: the portal is open).
    public enum Role: String, Sendable, Codable, CaseIterable {
        /// Runs the office: users, departments, imports, allocation, review.
        case officeAdmin = "office_admin"
        /// Works in the office: allocation and review.
        case officeStaff = "office_staff"
        /// Works in one department: sees and reports on that department's tasks only.
        case department
        /// Reads everything, changes nothing.
        case leader

        /// The role in Chinese.
        public var chinese: String {
            switch self {
            case .officeAdmin: return "督查室管理员"
            case .officeStaff: return "督查室工作人员"
            case .department: return "承办单位"
            case .leader: return "领导"
            }
        }

        /// Office roles allocate, review and see internal notes.
        public var isOffice: Bool { self == .officeAdmin || self == .officeStaff }
    }

    public var id: Int
    public var jurisdiction: String
    public var login: String
    public var displayName: String
    public var role: Role
    /// The department of a department user; nil for every other role.
    public var departmentID: Int?
    public var departmentName: String?
    public var disabled: Bool
    public var rowVersion: Int

    public init(
        id: Int, jurisdiction: String, login: String, displayName: String, role: Role, departmentID: Int?,
        departmentName: String?, disabled: Bool, rowVersion: Int
    ) {
        self.id = id
        self.jurisdiction = jurisdiction
        self.login = login
        self.displayName = displayName
        self.role = role
        self.departmentID = departmentID
        self.departmentName = departmentName
        self.disabled = disabled
        self.rowVersion = rowVersion
    }
}

/// A new user as the admin writes it; the password is hashed by the caller (bcrypt, in the web layer).
public struct NewUser: Sendable {
    public var login: String
    public var displayName: String
    public var role: User.Role
    public var department: String?
    public var passwordHash: String

    public init(login: String, displayName: String, role: User.Role, department: String? = nil, passwordHash: String) {
        self.login = login
        self.displayName = displayName
        self.role = role
        self.department = department
        self.passwordHash = passwordHash
    }
}
