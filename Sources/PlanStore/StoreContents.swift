import SQLKit

/// What a store holds, enough to tell a new user where to start.
public struct StoreContents: Sendable, Equatable {
    /// The jurisdictions with an imported report, by name.
    public var jurisdictions: [String]
    /// Office administrators who can sign in (not disabled).
    public var administrators: Int

    /// These contents when there is nothing to serve yet (no report, or no one who can sign in
    /// to manage it); nil when the store is ready.
    public var needingSetUp: StoreContents? { jurisdictions.isEmpty || administrators == 0 ? self : nil }
}

extension PlanStore {
    /// The jurisdictions with a report and the number of active office administrators.
    public func contents() async throws(StoreError) -> StoreContents {
        try await transaction(readOnly: true) { database in
            let jurisdictions = try await database.raw(
                """
                SELECT DISTINCT j.name AS name FROM jurisdictions j JOIN reports r ON r.jurisdiction_id = j.id ORDER BY j.name
                """
            ).all().map { try $0.decode(column: "name", as: String.self) }
            let administrators = try await database.raw(
                """
                SELECT COUNT(*) AS count FROM users WHERE role = 'office_admin' AND disabled = \(bind: false)
                """
            ).first()!.decode(column: "count", as: Int.self)
            return StoreContents(jurisdictions: jurisdictions, administrators: administrators)
        }
    }
}
