import Foundation
import SQLKit

extension PlanStore {
    /// Creates a user of a jurisdiction; a department user needs a department of that jurisdiction.
    public func createUser(_ new: NewUser, jurisdiction: String, actor: String) async throws(StoreError) -> User {
        let login = new.login.trimmingCharacters(in: .whitespacesAndNewlines)
        guard Self.isValidLogin(login) else {
            throw .invalid("登录名只能用字母、数字、点、横线和下划线，3 到 40 个字符。 A login is 3–40 letters, digits, dots, dashes or underscores.")
        }
        let displayName = new.displayName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !displayName.isEmpty else { throw .invalid("姓名不能为空。 The name is empty.") }
        if new.role == .department, new.department == nil {
            throw .invalid("承办单位用户须指定所属单位。 A department user needs a department.")
        }
        if new.role != .department, new.department != nil {
            throw .invalid("只有承办单位用户属于某个单位。 Only a department user belongs to a department.")
        }
        return try await transaction { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else {
                throw StoreError.notFound(what: "行政区 jurisdiction", id: jurisdiction)
            }
            if try await database.select().column("id").from("users").where("login", .equal, login).first() != nil {
                throw StoreError.duplicate("登录名「\(login)」已被使用。 The login \(login) is taken.")
            }
            var departmentID: Int?
            if let department = new.department {
                guard let found = try await Self.departments(jurisdictionID, in: database).first(where: { $0.name == department })
                else {
                    throw StoreError.unknownDepartment(department)
                }
                departmentID = found.id
            }
            let now = Timestamp.now()
            let id = try await database.insert(into: "users")
                .columns(
                    "jurisdiction_id", "login", "display_name", "role", "department_id", "password_hash", "disabled",
                    "row_version", "created_at", "updated_at"
                )
                .values(
                    SQLBind(jurisdictionID), SQLBind(login), SQLBind(displayName), SQLBind(new.role.rawValue),
                    SQLBind(departmentID),
                    SQLBind(new.passwordHash), SQLBind(false), SQLBind(1), SQLBind(now), SQLBind(now)
                )
                .returning("id").first()!.decode(column: "id", as: Int.self)
            let user = try await Self.user(
                where: SQLBinaryExpression(SQLColumn("id", table: "u"), .equal, SQLBind(id)), in: database)!.user
            try await AuditLog.record(
                database, jurisdictionID: jurisdictionID, actor: actor, entity: "user", entityID: id, action: "create",
                before: User?.none, after: user)
            return user
        }
    }

    /// The user who signs in with `login`, and the stored password hash to check against.
    public func credentials(login: String) async throws(StoreError) -> (user: User, passwordHash: String)? {
        try await transaction(readOnly: true) { database in
            try await Self.user(where: SQLBinaryExpression(SQLColumn("login", table: "u"), .equal, SQLBind(login)), in: database)
        }
    }

    /// A user by id.
    public func user(id: Int) async throws(StoreError) -> User? {
        try await transaction(readOnly: true) { database in
            try await Self.user(where: SQLBinaryExpression(SQLColumn("id", table: "u"), .equal, SQLBind(id)), in: database)?.user
        }
    }

    /// The users of a jurisdiction, by login.
    public func users(jurisdiction: String) async throws(StoreError) -> [User] {
        try await transaction(readOnly: true) { database in
            try await Self.users(
                where: SQLBinaryExpression(SQLColumn("name", table: "j"), .equal, SQLBind(jurisdiction)), in: database
            ).map(\.user)
        }
    }

    /// Replaces a user's password hash and signs the user out everywhere.
    public func setPasswordHash(userID: Int, _ hash: String, actor: String) async throws(StoreError) {
        try await transaction { database in
            guard
                let user = try await Self.user(
                    where: SQLBinaryExpression(SQLColumn("id", table: "u"), .equal, SQLBind(userID)), in: database)?.user,
                let jurisdictionID = try await Self.existingJurisdictionID(user.jurisdiction, in: database)
            else { throw StoreError.notFound(what: "用户 user", id: String(userID)) }
            try await database.update("users").set("password_hash", to: SQLBind(hash))
                .set("row_version", to: SQLBind(user.rowVersion + 1)).set("updated_at", to: SQLBind(Timestamp.now()))
                .where("id", .equal, userID).run()
            try await database.delete(from: "sessions").where("user_id", .equal, userID).run()
            try await AuditLog.record(
                database, jurisdictionID: jurisdictionID, actor: actor, entity: "user", entityID: userID, action: "password",
                before: String?.none, after: String?.none)
        }
    }

    /// Disables or enables a user; a disabled user's sessions and tokens stop working at once.
    public func setDisabled(userID: Int, _ disabled: Bool, actor: String) async throws(StoreError) -> User {
        try await transaction { database in
            guard
                let before = try await Self.user(
                    where: SQLBinaryExpression(SQLColumn("id", table: "u"), .equal, SQLBind(userID)), in: database)?.user,
                let jurisdictionID = try await Self.existingJurisdictionID(before.jurisdiction, in: database)
            else { throw StoreError.notFound(what: "用户 user", id: String(userID)) }
            try await database.update("users").set("disabled", to: SQLBind(disabled))
                .set("row_version", to: SQLBind(before.rowVersion + 1)).set("updated_at", to: SQLBind(Timestamp.now()))
                .where("id", .equal, userID).run()
            if disabled { try await database.delete(from: "sessions").where("user_id", .equal, userID).run() }
            var after = before
            after.disabled = disabled
            after.rowVersion += 1
            try await AuditLog.record(
                database, jurisdictionID: jurisdictionID, actor: actor, entity: "user", entityID: userID,
                action: disabled ? "disable" : "enable", before: before, after: after)
            return after
        }
    }

    static func isValidLogin(_ login: String) -> Bool {
        (3...40).contains(login.unicodeScalars.count)
            && login.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || ".-_".unicodeScalars.contains($0))
            }
    }

    static func user(where condition: some SQLExpression, in database: any SQLDatabase) async throws -> (
        user: User, passwordHash: String
    )? {
        try await users(where: condition, in: database).first
    }

    static func users(where condition: some SQLExpression, in database: any SQLDatabase) async throws -> [(
        user: User, passwordHash: String
    )] {
        try await database.select()
            .column(SQLColumn("id", table: "u"), as: "id").column(SQLColumn("name", table: "j"), as: "jurisdiction")
            .column(SQLColumn("login", table: "u"), as: "login").column(SQLColumn("display_name", table: "u"), as: "display_name")
            .column(SQLColumn("role", table: "u"), as: "role").column(SQLColumn("department_id", table: "u"), as: "department_id")
            .column(SQLColumn("name", table: "d"), as: "department_name").column(
                SQLColumn("disabled", table: "u"), as: "disabled"
            )
            .column(SQLColumn("row_version", table: "u"), as: "row_version")
            .column(SQLColumn("password_hash", table: "u"), as: "password_hash")
            .from(SQLAlias(SQLIdentifier("users"), as: SQLIdentifier("u")))
            .join(
                SQLAlias(SQLIdentifier("jurisdictions"), as: SQLIdentifier("j")), on: SQLColumn("jurisdiction_id", table: "u"),
                .equal, SQLColumn("id", table: "j")
            )
            .join(
                SQLAlias(SQLIdentifier("departments"), as: SQLIdentifier("d")), method: SQLJoinMethod.left,
                on: SQLColumn("department_id", table: "u"), .equal, SQLColumn("id", table: "d")
            )
            .where(condition)
            .orderBy(SQLColumn("login", table: "u"))
            .all()
            .map { row in
                let user = User(
                    id: try row.decode(column: "id", as: Int.self),
                    jurisdiction: try row.decode(column: "jurisdiction", as: String.self),
                    login: try row.decode(column: "login", as: String.self),
                    displayName: try row.decode(column: "display_name", as: String.self),
                    role: User.Role(rawValue: try row.decode(column: "role", as: String.self)) ?? .leader,
                    departmentID: try row.decode(column: "department_id", as: Int?.self),
                    departmentName: try row.decode(column: "department_name", as: String?.self),
                    disabled: try row.decode(column: "disabled", as: Bool.self),
                    rowVersion: try row.decode(column: "row_version", as: Int.self))
                return (user, try row.decode(column: "password_hash", as: String.self))
            }
    }
}
