import PlanStore

/// The accounts of a jurisdiction as its administrator keeps them: created, disabled, given a
/// new password. Passwords are checked once here and kept only as bcrypt hashes.
public struct UserActions: Sendable {
    let store: PlanStore
    let hasher: PasswordHasher

    public init(store: PlanStore, hasher: PasswordHasher) {
        self.store = store
        self.hasher = hasher
    }

    /// What the administrator writes for a new account.
    public struct Draft: Sendable {
        public var login: String
        public var displayName: String
        public var role: User.Role
        public var department: String?
        public var password: String

        public init(login: String, displayName: String, role: User.Role, department: String?, password: String) {
            self.login = login
            self.displayName = displayName
            self.role = role
            self.department = department
            self.password = password
        }
    }

    /// Creates an account of the administrator's jurisdiction.
    public func create(_ draft: Draft, by actor: ActingUser) async throws(ActionError) -> User {
        guard actor.isAdmin else { throw .forbidden }
        let hash = try await hashed(draft.password)
        return try await Reach.storing { () async throws(StoreError) -> User in
            try await store.createUser(
                NewUser(
                    login: draft.login, displayName: draft.displayName, role: draft.role, department: draft.department,
                    passwordHash: hash),
                jurisdiction: actor.user.jurisdiction, actor: actor.name)
        }
    }

    /// Disables or enables an account of the jurisdiction; an administrator cannot lock themselves out.
    public func setDisabled(userID: Int, _ disabled: Bool, by actor: ActingUser) async throws(ActionError) -> User {
        guard actor.isAdmin else { throw .forbidden }
        try await Reach.require(.user(userID), for: actor, in: store)
        guard userID != actor.user.id else { throw .invalid("不能停用自己的账号。 You cannot disable your own account.") }
        return try await Reach.storing { () async throws(StoreError) -> User in
            try await store.setDisabled(userID: userID, disabled, actor: actor.name)
        }
    }

    /// Sets a new password for an account of the jurisdiction; its sessions end.
    public func resetPassword(userID: Int, _ password: String, by actor: ActingUser) async throws(ActionError) {
        guard actor.isAdmin else { throw .forbidden }
        try await Reach.require(.user(userID), for: actor, in: store)
        let hash = try await hashed(password)
        try await Reach.storing { () async throws(StoreError) in
            try await store.setPasswordHash(userID: userID, hash, actor: actor.name)
        }
    }

    /// A password long enough, hashed.
    private func hashed(_ password: String) async throws(ActionError) -> String {
        do {
            try PasswordHasher.validate(password)
        } catch {
            throw .store(error)
        }
        do {
            return try await hasher.hash(password)
        } catch {
            throw .store(.query("bcrypt: \(error)"))
        }
    }
}
