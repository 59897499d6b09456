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
        try await status(
            jurisdictions: jurisdictions, planYear: planYear, asOf: date, department: department, rule: rule, keptLatest: true)
    }

    /// `keptLatest: false` always reads the reports themselves (tests compare the two ways).
    func status(
        jurisdictions: [String], planYear: Int, asOf date: ISODate, department: String?, rule: StatusRule, keptLatest: Bool
    ) async throws(StoreError) -> [TaskStatus] {
        try await transaction(readOnly: true) { database in
            var jurisdictionIDs: [Int] = []
            for name in jurisdictions {
                if let id = try await Self.existingJurisdictionID(name, in: database) { jurisdictionIDs.append(id) }
            }
            guard !jurisdictionIDs.isEmpty else { return [] }
            let scope = SQLList(jurisdictionIDs.map { SQLBind($0) })
            let fromKept = keptLatest ? try await Self.latestTableAnswers(date, scope: scope, in: database) : false
            let plan = try await StatusRows.read(scope: scope, planYear: planYear, asOf: date, fromKept: fromKept, in: database)
            var statuses: [TaskStatus] = []
            statuses.reserveCapacity(plan.tasks.count)
            for task in plan.tasks {
                let assignments = plan.assignments[task.id, default: []]
                if let department, !assignments.contains(where: { $0.assignment.department == department }) { continue }
                let allocated = AllocatedTask(
                    task: task, assignments: assignments.map(\.assignment).sorted { $0.role == .lead && $1.role != .lead })
                let lead = assignments.first { $0.assignment.role == .lead }?.departmentID
                statuses.append(
                    rule.status(of: allocated, reports: plan.reports[task.id, default: []], leadDepartmentID: lead, asOf: date))
            }
            return Self.mostBehindFirst(statuses)
        }
    }

    /// Whether the kept latest reports give the picture of `date`: a date from today on, with no
    /// report dated after it (a past date needs the reports as they stood then).
    static func latestTableAnswers(_ date: ISODate, scope: SQLList, in database: any SQLDatabase) async throws -> Bool {
        guard date.text >= String(Timestamp.now().prefix(10)) else { return false }
        let later = try await database.raw(
            """
            SELECT 1 AS later FROM progress_latest WHERE jurisdiction_id IN (\(scope)) AND reported_on > \(bind: date.text) LIMIT 1
            """
        ).first()
        return later == nil
    }

    /// Red before yellow before green; within a light, the biggest gap first.
    static func mostBehindFirst(_ statuses: [TaskStatus]) -> [TaskStatus] {
        func rank(_ light: TaskStatus.Light) -> Int {
            switch light {
            case .red: return 0
            case .yellow: return 1
            case .green: return 2
            case .none: return 3
            }
        }
        let keyed = statuses.map { status in
            (rank(status.light), -(status.expected - (status.actual ?? 0)), status.taskID, status)
        }
        return keyed.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.map(\.3)
    }
}
