import SQLKit

extension PlanStore {
    /// Whether `record` exists within `scope`: in the scope's jurisdiction and, for a department,
    /// concerning that department. One query; a record outside the scope and a record that does
    /// not exist answer alike, so a caller cannot tell them apart.
    public func contains(_ record: ScopedRecord, in scope: AccessScope) async throws(StoreError) -> Bool {
        let (table, id, departmentRule) = Self.scopeQuery(record)
        var query = SQLQueryString("SELECT r.id FROM \(ident: table) r JOIN jurisdictions j ON j.id = r.jurisdiction_id")
        query.appendInterpolation(unsafeRaw: " WHERE r.id = ")
        query.appendInterpolation(bind: id)
        query.appendInterpolation(unsafeRaw: " AND j.name = ")
        query.appendInterpolation(bind: scope.jurisdiction)
        if let department = scope.department {
            switch departmentRule {
            case .everyone:
                break
            case .nobody:
                return false
            case .taskAssigned(let column):
                query.appendInterpolation(
                    unsafeRaw: """
                         AND EXISTS (SELECT 1 FROM assignments a JOIN departments d ON d.id = a.department_id
                         WHERE a.task_id = r.\(column) AND d.name = 
                        """)
                query.appendInterpolation(bind: department)
                query.appendInterpolation(unsafeRaw: ")")
            case .ownDepartment:
                query.appendInterpolation(
                    unsafeRaw:
                        " AND r.department_id IN (SELECT d.id FROM departments d WHERE d.jurisdiction_id = r.jurisdiction_id AND d.name = "
                )
                query.appendInterpolation(bind: department)
                query.appendInterpolation(unsafeRaw: ")")
            }
        }
        let found = query
        return try await transaction(readOnly: true) { database in
            try await database.raw(found).first() != nil
        }
    }

    /// Which rows of the department's jurisdiction a department user reaches.
    private enum DepartmentRule {
        case everyone
        case nobody
        /// The row's task (its `column`) is assigned to the department, as lead or co-responsible.
        case taskAssigned(column: String)
        /// The row's `department_id` is the department.
        case ownDepartment
    }

    private static func scopeQuery(_ record: ScopedRecord) -> (table: String, id: Int, rule: DepartmentRule) {
        switch record {
        case .task(let id): return ("tasks", id, .taskAssigned(column: "id"))
        case .progressReport(let id): return ("progress_reports", id, .taskAssigned(column: "task_id"))
        case .deadlineRequest(let id): return ("deadline_requests", id, .ownDepartment)
        case .instruction(let id): return ("instructions", id, .ownDepartment)
        case .circular(let id): return ("circulars", id, .everyone)
        case .comment(let id): return ("comments", id, .taskAssigned(column: "task_id"))
        case .verdict(let id): return ("verdicts", id, .taskAssigned(column: "task_id"))
        case .user(let id): return ("users", id, .nobody)
        }
    }
}
