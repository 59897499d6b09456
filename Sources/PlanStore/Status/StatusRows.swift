import ReportExtraction
import SQLKit

/// What the status rules read, fetched in one round trip: the plan's active tasks, their
/// assignments and each department's latest counted report, as one text column a row.
///
/// Why packed: SQLKit decodes every value through generic `Decodable` machinery, and every row
/// costs a round of driver work; for the ~30,000 rows of a 10,000-task status that cost more
/// than the query on either engine. So each row becomes one string and the server joins them
/// all into one value (`string_agg` / `group_concat`), split here by hand. The record separator
/// (U+001E) cannot be typed into a task and is stripped from the text anyway.
struct StatusRows {
    var tasks: [TaskRecord] = []
    var assignments: [Int: [(assignment: Assignment, departmentID: Int)]] = [:]
    var reports: [Int: [ProgressReport]] = [:]

    static func read(
        scope: SQLList, planYear: Int, asOf date: ISODate, fromKept: Bool, in database: any SQLDatabase
    ) async throws -> StatusRows {
        let postgres = database.dialect.name == "postgresql"
        let separatorFunction = postgres ? "chr(30)" : "char(30)"
        let rows = packedRows(
            scope: scope, planYear: planYear,
            latest: latestReports(scope: scope, asOf: date, fromKept: fromKept, postgres: postgres),
            separatorFunction: separatorFunction)
        let joined: SQLQueryString =
            postgres
            ? "SELECT string_agg(packed, \(unsafeRaw: separatorFunction)) AS packed FROM (\(rows)) packed_rows"
            : "SELECT group_concat(packed, \(unsafeRaw: separatorFunction)) AS packed FROM (\(rows)) packed_rows"
        // No rows at all aggregate to NULL.
        let packed = try await database.raw(joined).first()?.decode(column: "packed", as: String?.self) ?? ""
        return unpacked(packed, planYear: planYear)
    }

    /// Each department's latest report: kept up to date for today. For a past date, PostgreSQL
    /// ranks the reports with a window function (61 ms for 10,020 tasks and 100,000 reports;
    /// a lookup per task and department took 107 ms), SQLite looks each pair up through the
    /// `progress_by_department` index (twice as fast there as the window).
    private static func latestReports(scope: SQLList, asOf date: ISODate, fromKept: Bool, postgres: Bool) -> SQLQueryString {
        if fromKept {
            return
                "SELECT task_id, department_id, report_id AS id, reported_on, value, percent, behind_reason FROM progress_latest WHERE jurisdiction_id IN (\(scope))"
        }
        if postgres {
            return """
                SELECT task_id, department_id, id, reported_on, value, percent, behind_reason FROM (
                  SELECT id, task_id, department_id, reported_on, value, percent, behind_reason,
                         ROW_NUMBER() OVER (PARTITION BY task_id, department_id ORDER BY reported_on DESC, id DESC) AS position
                  FROM progress_reports
                  WHERE jurisdiction_id IN (\(scope)) AND reported_on <= \(bind: date.text)
                    AND (review_state <> 'returned' OR reviewed_on > \(bind: date.text))
                ) ranked WHERE position = 1
                """
        }
        return """
            SELECT p.task_id, p.department_id, p.id, p.reported_on, p.value, p.percent, p.behind_reason
            FROM (SELECT DISTINCT jurisdiction_id, task_id, department_id FROM progress_reports WHERE jurisdiction_id IN (\(scope))) pairs
            JOIN progress_reports p ON p.id = (
              SELECT r.id FROM progress_reports r
              WHERE r.jurisdiction_id = pairs.jurisdiction_id AND r.task_id = pairs.task_id AND r.department_id = pairs.department_id
                AND r.reported_on <= \(bind: date.text) AND (r.review_state <> 'returned' OR r.reviewed_on > \(bind: date.text))
              ORDER BY r.reported_on DESC, r.id DESC LIMIT 1)
            """
    }

    /// Tasks (`t|`), assignments (`a|`) and latest reports (`l|`), one text column a row.
    private static func packedRows(scope: SQLList, planYear: Int, latest: SQLQueryString, separatorFunction: String)
        -> SQLQueryString
    {
        """
        SELECT 't|' || CAST(id AS TEXT) || '|' || CAST(start_offset AS TEXT) || '|' || COALESCE(section_path, '') || '|'
               || deadline || '|' || COALESCE(CAST(target_value AS TEXT), '') || '|' || COALESCE(target_unit, '') || '|'
               || COALESCE(target_comparator, '') || '|' || COALESCE(completed_on, '') || '|' || REPLACE(text, \(unsafeRaw: separatorFunction), '') AS packed
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
    }

    /// The rows of the one packed value, in report order: tasks as in the report, reports oldest first.
    private static func unpacked(_ packed: String, planYear: Int) -> StatusRows {
        var all = packed
        var rows = StatusRows()
        all.withUTF8 { bytes in
            for record in bytes.split(separator: 0x1E) {
                switch record.first {
                case UInt8(ascii: "t"):
                    // The text comes last and may hold any character.
                    if let task = task(PackedFields(record, count: 10), planYear: planYear) { rows.tasks.append(task) }
                case UInt8(ascii: "a"):
                    if let (taskID, assignment) = assignment(PackedFields(record, count: 5)) {
                        rows.assignments[taskID, default: []].append(assignment)
                    }
                case UInt8(ascii: "l"):
                    if let report = report(PackedFields(record, count: 8)) {
                        rows.reports[report.taskID, default: []].append(report)
                    }
                default:
                    continue
                }
            }
        }
        rows.tasks.sort { ($0.startOffset, $0.id) < ($1.startOffset, $1.id) }
        for (key, reports) in rows.reports where reports.count > 1 {
            rows.reports[key] = reports.sorted { ($0.reportedOn, $0.id) < ($1.reportedOn, $1.id) }
        }
        return rows
    }

    private static func task(_ fields: PackedFields, planYear: Int) -> TaskRecord? {
        guard fields.count == 10, let id = fields.int(1) else { return nil }
        return TaskRecord(
            id: id, jurisdictionID: 0, reportID: 0, planYear: planYear, sectionPath: fields.optionalString(3),
            horizon: "year", text: fields.string(9), startOffset: fields.int(2) ?? 0, endOffset: 0, vague: false,
            targetValue: fields.double(5), targetUnit: fields.optionalString(6),
            targetComparator: fields.optionalString(7).flatMap { Comparator(rawValue: $0) },
            deadline: fields.string(4), origin: .extracted, state: .active,  // origin: not read, no status depends on it
            completedOn: fields.optionalString(8), rowVersion: 0, createdAt: "", updatedAt: "")
    }

    private static func assignment(_ fields: PackedFields) -> (Int, (assignment: Assignment, departmentID: Int))? {
        guard fields.count == 5, let taskID = fields.int(1), let departmentID = fields.int(2) else { return nil }
        let role = Assignment.Role(rawValue: fields.string(3)) ?? .co
        return (taskID, (Assignment(department: fields.string(4), role: role), departmentID))
    }

    private static func report(_ fields: PackedFields) -> ProgressReport? {
        guard fields.count == 8, let taskID = fields.int(1), let departmentID = fields.int(2), let id = fields.int(3) else {
            return nil
        }
        return ProgressReport(
            id: id, taskID: taskID, departmentID: departmentID, reportedOn: fields.string(4), narrative: "",
            value: fields.double(5), percent: fields.double(6), evidenceID: nil, evidenceName: nil,
            completionRequested: false, behindReason: fields.optionalString(7).flatMap(BehindReason.init(rawValue:)),
            reviewState: .pending, reviewComment: nil, reviewedBy: nil, reviewedOn: nil, createdBy: "", createdAt: "")
    }
}

/// The `|`-separated fields of one packed row, read straight off its UTF-8 bytes: splitting
/// `String`s by `Character` walks grapheme clusters and cost more than the query itself.
private struct PackedFields {
    private let record: Slice<UnsafeBufferPointer<UInt8>>
    private var bounds: [Range<Int>] = []

    /// Splits at most `count - 1` times, so the last field keeps any `|` it holds.
    init(_ record: Slice<UnsafeBufferPointer<UInt8>>, count: Int) {
        self.record = record
        bounds.reserveCapacity(count)
        var start = record.startIndex
        var index = record.startIndex
        while index < record.endIndex, bounds.count < count - 1 {
            if record[index] == UInt8(ascii: "|") {
                bounds.append(start..<index)
                start = index + 1
            }
            index += 1
        }
        bounds.append(start..<record.endIndex)
    }

    var count: Int { bounds.count }

    func string(_ field: Int) -> String {
        String(decoding: record.base[bounds[field]], as: UTF8.self)
    }

    func optionalString(_ field: Int) -> String? {
        bounds[field].isEmpty ? nil : string(field)
    }

    /// A non-negative decimal integer, as the ids and offsets are.
    func int(_ field: Int) -> Int? {
        let range = bounds[field]
        guard !range.isEmpty else { return nil }
        var value = 0
        for index in range {
            let digit = Int(record.base[index]) - 48
            guard digit >= 0, digit <= 9 else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    func double(_ field: Int) -> Double? {
        bounds[field].isEmpty ? nil : Double(string(field))
    }
}
