import PlanStore

/// The jurisdiction's directory of departments and the reports its plan is read from, as the
/// administrator keeps them.
public struct DirectoryActions: Sendable {
    let store: PlanStore

    public init(store: PlanStore) {
        self.store = store
    }

    /// Adds a department to the administrator's jurisdiction.
    public func createDepartment(_ entry: DepartmentEntry, by actor: ActingUser) async throws(ActionError) -> DepartmentRecord {
        guard actor.isAdmin else { throw .forbidden }
        return try await Reach.storing { () async throws(StoreError) -> DepartmentRecord in
            try await store.createDepartment(entry, jurisdiction: actor.user.jurisdiction, actor: actor.name)
        }
    }

    /// Imports a report's text into the administrator's jurisdiction (the year from the text, or `planYear`).
    public func importReport(text: String, planYear: Int?, by actor: ActingUser) async throws(ActionError) -> ImportResult {
        guard actor.isAdmin else { throw .forbidden }
        return try await Reach.storing { () async throws(StoreError) -> ImportResult in
            try await store.importReport(text: text, jurisdiction: actor.user.jurisdiction, planYear: planYear)
        }
    }
}
