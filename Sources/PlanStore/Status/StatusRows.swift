import SQLKit

/// What the status rules read, fetched in one round trip: the plan's active tasks, their
/// assignments and each department's latest counted report, as one text column a row.
///
/// Why packed: SQLKit decodes every value through generic `Decodable` machinery, which for the
/// ~30,000 values of a 10,000-task status cost more than the query on either engine; one
/// string a row, split by hand, is several times cheaper. The SQL is plain `||`, `CAST`,
/// `COALESCE` and `UNION ALL`, the same on SQLite and PostgreSQL.
struct StatusRows {
    var tasks: [TaskRecord] = []
    var assignments: [Int: [(assignment: Assignment, departmentID: Int)]] = [:]
    var reports: [Int: [ProgressReport]] = [:]

    static func read(
        scope: SQLList, planYear: Int, asOf date: ISODate, fromKept: Bool, in database: any SQLDatabase
    ) async throws -> StatusRows {
        // Each department's latest report: kept up to date for today, picked by a window
        // function for a past date.
        let latest: SQLQueryString = fromKept
            ? "SELECT task_id, department_id, report_id AS id, reported_on, value, percent, behind_reason FROM progress_latest WHERE jurisdiction_id IN (\(scope))"
            : """
            SELECT task_id, department_id, id, reported_on, value, percent, behind_reason FROM (
              SELECT id, task_id, department_id, reported_on, value, percent, behind_reason,
                     ROW_NUMBER() OVER (PARTITION BY task_id, department_id ORDER BY reported_on DESC, id DESC) AS position
              FROM progress_reports
              WHERE jurisdiction_id IN (\(scope)) AND reported_on <= \(bind: date.text)
                AND (review_state <> 'returned' OR reviewed_on > \(bind: date.text))
            ) ranked WHERE position = 1
            """
        let query: SQLQueryString = """
            SELECT 't|' || CAST(id AS TEXT) || '|' || CAST(start_offset AS TEXT) || '|' || COALESCE(section_path, '') || '|'
                   || deadline || '|' || COALESCE(CAST(target_value AS TEXT), '') || '|' || COALESCE(target_unit, '') || '|'
                   || COALESCE(target_comparator, '') || '|' || COALESCE(completed_on, '') || '|' || text AS packed
            FROM tasks WHERE jurisdiction_id IN (\(scope)) AND plan_year = \(bind: planYear) AND state = 'active'
            UNION ALL
            SELECT 'a|' || CAST(a.task_id AS TEXT) || '|' || CAST(a.department_id AS TEXT) || '|' || a.role || '|' || d.name
            FROM assignments a JOIN departments d ON d.id = a.department_id WHERE a.jurisdiction_id IN (\(scope))
            UNION ALL
            SELECT 'l|' || CAST(task_id AS TEXT) || '|' || CAST(department_id AS TEXT) || '|' || CAST(id AS TEXT) || '|'
                   || reported_on || '|' || COALESCE(CAST(value AS TEXT), '') || '|' || COALESCE(CAST(percent AS TEXT), '') || '|'
                   || COALESCE(behind_reason, '')
            FROM (\(latest)) latest
            """
        var rows = StatusRows()
        var starts: [Int: Int] = [:]
        for row in try await database.raw(query).all() {
            let packed = try row.decode(column: "packed", as: String.self)
            switch packed.first {
            case "t":
                // The text comes last and may hold any character.
                let fields = packed.split(separator: "|", maxSplits: 9, omittingEmptySubsequences: false)
                guard fields.count == 10, let id = Int(fields[1]) else { continue }
                starts[id] = Int(fields[2]) ?? 0
                rows.tasks.append(
                    TaskRecord(
                        id: id, jurisdictionID: 0, reportID: 0, planYear: planYear, sectionPath: optional(fields[3]),
                        horizon: "year", text: String(fields[9]), startOffset: starts[id]!, endOffset: 0, vague: false,
                        targetValue: Double(fields[5]), targetUnit: optional(fields[6]), targetComparator: optional(fields[7]),
                        deadline: String(fields[4]), origin: "", state: "active", completedOn: optional(fields[8]), rowVersion: 0,
                        createdAt: "", updatedAt: ""))
            case "a":
                let fields = packed.split(separator: "|", maxSplits: 4, omittingEmptySubsequences: false)
                guard fields.count == 5, let taskID = Int(fields[1]), let departmentID = Int(fields[2]) else { continue }
                let role = Assignment.Role(rawValue: String(fields[3])) ?? .co
                rows.assignments[taskID, default: []].append((Assignment(department: String(fields[4]), role: role), departmentID))
            case "l":
                let fields = packed.split(separator: "|", omittingEmptySubsequences: false)
                guard fields.count == 8, let taskID = Int(fields[1]), let departmentID = Int(fields[2]), let id = Int(fields[3]) else {
                    continue
                }
                rows.reports[taskID, default: []].append(
                    ProgressReport(
                        id: id, taskID: taskID, departmentID: departmentID, reportedOn: String(fields[4]), narrative: "",
                        value: Double(fields[5]), percent: Double(fields[6]), evidenceID: nil, evidenceName: nil,
                        completionRequested: false, behindReason: BehindReason(rawValue: String(fields[7])), reviewState: .pending,
                        reviewComment: nil, reviewedBy: nil, reviewedOn: nil, createdBy: "", createdAt: ""))
            default:
                continue
            }
        }
        // Report order and the rules' order: tasks as in the report, reports oldest first.
        rows.tasks.sort { ($0.startOffset, $0.id) < ($1.startOffset, $1.id) }
        for (key, reports) in rows.reports where reports.count > 1 {
            rows.reports[key] = reports.sorted { ($0.reportedOn, $0.id) < ($1.reportedOn, $1.id) }
        }
        return rows
    }

    private static func optional(_ field: Substring) -> String? {
        field.isEmpty ? nil : String(field)
    }
}
