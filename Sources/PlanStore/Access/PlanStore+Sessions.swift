import SQLKit

/// A signed-in browser session: its user and the token every form must carry back.
public struct Session: Sendable, Equatable {
    public var user: User
    public var csrfToken: String
    public var expiresAt: String
}

extension PlanStore {
    /// Starts a session; the caller keeps the token, the store only its hash.
    public func createSession(tokenHash: String, userID: Int, csrfToken: String, expiresAt: String) async throws(StoreError) {
        try await transaction { database in
            // Expired sessions go when anyone signs in: no timer needed.
            try await database.delete(from: "sessions").where("expires_at", .lessThan, Timestamp.now()).run()
            try await database.insert(into: "sessions")
                .columns("token_hash", "user_id", "csrf_token", "created_at", "expires_at")
                .values(SQLBind(tokenHash), SQLBind(userID), SQLBind(csrfToken), SQLBind(Timestamp.now()), SQLBind(expiresAt))
                .run()
        }
    }

    /// The live session of a token hash: not expired, its user not disabled.
    public func session(tokenHash: String) async throws(StoreError) -> Session? {
        try await transaction(readOnly: true) { database in
            guard
                let row = try await database.select().columns("user_id", "csrf_token", "expires_at").from("sessions")
                    .where("token_hash", .equal, tokenHash).where("expires_at", .greaterThan, Timestamp.now()).first()
            else { return nil }
            let userID = try row.decode(column: "user_id", as: Int.self)
            guard
                let user = try await Self.user(
                    where: SQLBinaryExpression(SQLColumn("id", table: "u"), .equal, SQLBind(userID)), in: database)?.user,
                !user.disabled
            else { return nil }
            return Session(
                user: user, csrfToken: try row.decode(column: "csrf_token", as: String.self),
                expiresAt: try row.decode(column: "expires_at", as: String.self))
        }
    }

    /// Ends a session (signing out).
    public func deleteSession(tokenHash: String) async throws(StoreError) {
        try await transaction { database in
            try await database.delete(from: "sessions").where("token_hash", .equal, tokenHash).run()
        }
    }

    /// Registers an API token for scripts; the caller shows the token once and keeps nothing.
    public func createAPIToken(tokenHash: String, userID: Int, name: String, actor: String) async throws(StoreError) {
        try await transaction { database in
            try await database.insert(into: "api_tokens").columns("token_hash", "user_id", "name", "created_at")
                .values(SQLBind(tokenHash), SQLBind(userID), SQLBind(name), SQLBind(Timestamp.now())).run()
        }
    }

    /// The user of an API token, unless disabled.
    public func user(apiTokenHash: String) async throws(StoreError) -> User? {
        try await transaction(readOnly: true) { database in
            guard
                let row = try await database.select().column("user_id").from("api_tokens").where(
                    "token_hash", .equal, apiTokenHash
                ).first()
            else { return nil }
            let userID = try row.decode(column: "user_id", as: Int.self)
            let user = try await Self.user(
                where: SQLBinaryExpression(SQLColumn("id", table: "u"), .equal, SQLBind(userID)), in: database)?.user
            return user?.disabled == false ? user : nil
        }
    }

    /// A number that grows whenever the plan changes (an import, an allocation change, a progress
    /// report, a review): what a cache of derived pictures checks, cheaply, before reusing one.
    /// Read from the tables, so it holds across several app servers on one PostgreSQL.
    public func planRevision() async throws(StoreError) -> Int {
        try await transaction(readOnly: true) { database in
            try await database.raw(
                """
                SELECT (SELECT COALESCE(MAX(id), 0) FROM audit_log) + (SELECT COALESCE(MAX(id), 0) FROM reports)
                     + (SELECT COALESCE(MAX(id), 0) FROM progress_reports) AS revision
                """
            ).first()!.decode(column: "revision", as: Int.self)
        }
    }
}
