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
        try await status(jurisdictions: jurisdictions, planYear: planYear, asOf: date, department: department, rule: rule, keptLatest: true)
    }

    /// `keptLatest: false` always reads the reports themselves (tests compare the two ways).
    func status(
        jurisdictions: [String], planYear: Int, asOf date: ISODate, department: String?, rule: StatusRule, keptLatest: Bool
    ) async throws(StoreError) -> [TaskStatus] {
        try await transaction { database in
            var jurisdictionIDs: [Int] = []
            for name in jurisdictions {
                if let id = try await Self.existingJurisdictionID(name, in: database) { jurisdictionIDs.append(id) }
            }
            guard !jurisdictionIDs.isEmpty else { return [] }
            let scope = SQLBinaryExpression(SQLIdentifier("jurisdiction_id"), .in, SQLGroupExpression(jurisdictionIDs.map { SQLBind($0) }))
            // The columns the rules need, packed into one text column and decoded by hand:
            // SQLKit's generic decoding of every column of ten thousand rows costs more than
            // the query itself.
            let tasks = try await database.select()
                .column("id").column("text")
                .column(
                    SQLRaw(
                        "COALESCE(section_path, '') || '|' || deadline || '|' || COALESCE(CAST(target_value AS TEXT), '') || '|' || COALESCE(target_unit, '') || '|' || COALESCE(target_comparator, '') || '|' || COALESCE(completed_on, '')"
                    ), as: "packed"
                )
                .from("tasks").where(scope)
                .where("plan_year", .equal, planYear).where("state", .equal, "active").orderBy("start_offset").orderBy("id")
                .all().compactMap { row -> TaskRecord? in
                    let fields = try row.decode(column: "packed", as: String.self).split(separator: "|", omittingEmptySubsequences: false)
                    guard fields.count == 6 else { return nil }
                    func optional(_ field: Substring) -> String? { field.isEmpty ? nil : String(field) }
                    return TaskRecord(
                        id: try row.decode(column: "id", as: Int.self), jurisdictionID: 0, reportID: 0, planYear: planYear,
                        sectionPath: optional(fields[0]), horizon: "year", text: try row.decode(column: "text", as: String.self),
                        startOffset: 0, endOffset: 0, vague: false, targetValue: Double(fields[2]), targetUnit: optional(fields[3]),
                        targetComparator: optional(fields[4]), deadline: String(fields[1]), origin: "", state: "active",
                        completedOn: optional(fields[5]), rowVersion: 0, createdAt: "", updatedAt: "")
                }
            var names: [Int: String] = [:]
            for row in try await database.select().columns("id", "name").from("departments").where(scope).all() {
                names[try row.decode(column: "id", as: Int.self)] = try row.decode(column: "name", as: String.self)
            }
            var assignments: [Int: [Assignment]] = [:]
            var leads: [Int: Int] = [:]
            for row in try await database.select()
                .column(SQLRaw("CAST(task_id AS TEXT) || '|' || CAST(department_id AS TEXT) || '|' || role"), as: "packed")
                .from("assignments").where(scope).all()
            {
                let fields = try row.decode(column: "packed", as: String.self).split(separator: "|")
                guard fields.count == 3, let taskID = Int(fields[0]), let departmentID = Int(fields[1]) else { continue }
                let role = Assignment.Role(rawValue: String(fields[2])) ?? .co
                if role == .lead { leads[taskID] = departmentID }
                assignments[taskID, default: []].append(Assignment(department: names[departmentID] ?? "?", role: role))
            }
            // Only each department's latest counted report matters to the rules: let the database
            // pick them (a window function, on both engines) instead of shipping every report.
            var reports: [Int: [ProgressReport]] = [:]
            let idList = SQLList(jurisdictionIDs.map { SQLBind($0) })
            // The fields travel packed in one text column: decoding one value a row instead of
            // six halves the time of this query's rows on SQLite.
            let packed = "reported_on || '|' || COALESCE(CAST(value AS TEXT), '') || '|' || COALESCE(CAST(percent AS TEXT), '') || '|' || COALESCE(behind_reason, '')"
            let latest: [any SQLRow]
            if keptLatest, try await Self.latestTableAnswers(date, scope: idList, in: database) {
                latest = try await database.raw("""
                    SELECT task_id, department_id, \(unsafeRaw: packed) AS packed FROM progress_latest
                    WHERE jurisdiction_id IN (\(idList)) ORDER BY reported_on, report_id
                    """).all()
            } else {
                latest = try await database.raw("""
                    SELECT task_id, department_id, \(unsafeRaw: packed) AS packed
                    FROM (
                      SELECT id, task_id, department_id, reported_on, value, percent, behind_reason,
                             ROW_NUMBER() OVER (PARTITION BY task_id, department_id ORDER BY reported_on DESC, id DESC) AS position
                      FROM progress_reports
                      WHERE jurisdiction_id IN (\(idList)) AND reported_on <= \(bind: date.text)
                        AND (review_state <> 'returned' OR reviewed_on > \(bind: date.text))
                    ) ranked WHERE position = 1 ORDER BY reported_on, id
                    """).all()
            }
            for row in latest {
                let fields = try row.decode(column: "packed", as: String.self).split(separator: "|", omittingEmptySubsequences: false)
                guard fields.count == 4 else { continue }
                let taskID = try row.decode(column: "task_id", as: Int.self)
                let report = ProgressReport(
                    id: 0, taskID: taskID, departmentID: try row.decode(column: "department_id", as: Int.self),
                    reportedOn: String(fields[0]), narrative: "", value: Double(fields[1]), percent: Double(fields[2]),
                    evidenceID: nil, evidenceName: nil, completionRequested: false,
                    behindReason: BehindReason(rawValue: String(fields[3])), reviewState: .pending, reviewComment: nil,
                    reviewedBy: nil, reviewedOn: nil, createdBy: "", createdAt: "")
                reports[taskID, default: []].append(report)
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
            return Self.mostBehindFirst(statuses)
        }
    }

    /// Whether the kept latest reports give the picture of `date`: a date from today on, with no
    /// report dated after it (a past date needs the reports as they stood then).
    static func latestTableAnswers(_ date: ISODate, scope: SQLList, in database: any SQLDatabase) async throws -> Bool {
        guard date.text >= String(Timestamp.now().prefix(10)) else { return false }
        let later = try await database.raw("""
            SELECT 1 AS later FROM progress_latest WHERE jurisdiction_id IN (\(scope)) AND reported_on > \(bind: date.text) LIMIT 1
            """).first()
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
        let keyed = statuses.map { status in (rank(status.light), -(status.expected - (status.actual ?? 0)), status.taskID, status) }
        return keyed.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.map(\.3)
    }
}
