import SQLKit

extension PlanStore {
    /// The status of every task of a plan as of a date, most behind first; only one
    /// department's tasks (as lead or co-responsible) when `department` is given.
    /// Three queries, then the rules in memory: the same picture for the same date, always.
    public func status(
        jurisdiction: String, planYear: Int, asOf date: ISODate, department: String? = nil,
        rule: StatusRule = StatusRule()
    ) async throws(StoreError) -> [TaskStatus] {
        try await status(jurisdictions: [jurisdiction], planYear: planYear, asOf: date, department: department, rule: rule)
    }

    /// The status of every task of several jurisdictions' plans (a province's, say), most behind first.
    public func status(
        jurisdictions: [String], planYear: Int, asOf date: ISODate, department: String? = nil,
        rule: StatusRule = StatusRule()
    ) async throws(StoreError) -> [TaskStatus] {
        try await transaction { database in
            var jurisdictionIDs: [Int] = []
            for name in jurisdictions {
                if let id = try await Self.existingJurisdictionID(name, in: database) { jurisdictionIDs.append(id) }
            }
            guard !jurisdictionIDs.isEmpty else { return [] }
            let scope = SQLBinaryExpression(SQLIdentifier("jurisdiction_id"), .in, SQLGroupExpression(jurisdictionIDs.map { SQLBind($0) }))
            let tasks = try await database.select().column("*").from("tasks").where(scope)
                .where("plan_year", .equal, planYear).where("state", .equal, "active").orderBy("start_offset").orderBy("id")
                .all(decoding: TaskRecord.self)
            var names: [Int: String] = [:]
            for row in try await database.select().columns("id", "name").from("departments").where(scope).all() {
                names[try row.decode(column: "id", as: Int.self)] = try row.decode(column: "name", as: String.self)
            }
            var assignments: [Int: [Assignment]] = [:]
            var leads: [Int: Int] = [:]
            for row in try await database.select().columns("task_id", "department_id", "role").from("assignments").where(scope).all() {
                let taskID = try row.decode(column: "task_id", as: Int.self)
                let departmentID = try row.decode(column: "department_id", as: Int.self)
                let role = Assignment.Role(rawValue: try row.decode(column: "role", as: String.self)) ?? .co
                if role == .lead { leads[taskID] = departmentID }
                assignments[taskID, default: []].append(Assignment(department: names[departmentID] ?? "?", role: role))
            }
            var reports: [Int: [ProgressReport]] = [:]
            for report in try await database.select().column("*").from("progress_reports").where(scope)
                .where("reported_on", .lessThanOrEqual, date.text).orderBy("reported_on").orderBy("id")
                .all(decoding: ProgressReport.self)
            {
                reports[report.taskID, default: []].append(report)
            }
            var statuses: [TaskStatus] = []
            statuses.reserveCapacity(tasks.count)
            for task in tasks {
                let taskAssignments = assignments[task.id, default: []]
                if let department, !taskAssignments.contains(where: { $0.department == department }) { continue }
                let allocated = AllocatedTask(task: task, assignments: taskAssignments.sorted { $0.role == .lead && $1.role != .lead })
                statuses.append(
                    rule.status(of: allocated, reports: reports[task.id, default: []], leadDepartmentID: leads[task.id], asOf: date))
            }
            return statuses.sorted(by: Self.mostBehindFirst)
        }
    }

    /// Red before yellow before green; within a light, the biggest gap first.
    static func mostBehindFirst(_ a: TaskStatus, _ b: TaskStatus) -> Bool {
        let order: [TaskStatus.Light: Int] = [.red: 0, .yellow: 1, .green: 2, .none: 3]
        if a.light != b.light { return order[a.light]! < order[b.light]! }
        let gapA = a.expected - (a.actual ?? 0)
        let gapB = b.expected - (b.actual ?? 0)
        if gapA != gapB { return gapA > gapB }
        return a.taskID < b.taskID
    }
}
