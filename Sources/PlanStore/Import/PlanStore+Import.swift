import Foundation
import ReportExtraction
import SQLKit

extension PlanStore {
    /// Reads a report's text and imports it: what `luoshi import`, the admin's upload and the demo
    /// all do once the file is decoded.
    public func importReport(text: String, jurisdiction: String? = nil, planYear: Int? = nil) async throws(StoreError)
        -> ImportResult
    {
        try await importReport(ReportExtractor.extract(text), sourceText: text, jurisdiction: jurisdiction, planYear: planYear)
    }

    /// Imports an extracted report: the report text, its sections, quantities and draft tasks.
    ///
    /// Importing the same text again changes nothing. A corrected text of the same plan year
    /// becomes a new version; tasks whose text is unchanged are carried over (keeping their id,
    /// so their assignments and progress stay), new ones are added and missing ones marked removed.
    public func importReport(
        _ report: ExtractedReport, sourceText: String, jurisdiction: String? = nil, planYear: Int? = nil
    ) async throws(StoreError) -> ImportResult {
        guard let name = (jurisdiction ?? report.meta.jurisdiction)?.trimmingCharacters(in: .whitespaces), !name.isEmpty
        else { throw .missingJurisdiction }
        guard let year = planYear ?? report.meta.planYear else { throw .missingPlanYear }
        guard !report.sections.isEmpty || !report.tasks.isEmpty else { throw .emptyReport }
        let hash = ContentHash.of(report.normalizedText)
        let now = Timestamp.now()

        return try await transaction { database in
            let jurisdictionID = try await Self.jurisdictionID(name, level: report.meta.level, now: now, in: database)
            if let unchanged = try await Self.importedAlready(hash, jurisdictionID: jurisdictionID, name: name, in: database) {
                return unchanged
            }
            let previous = try await database.select().columns("id", "version").from("reports")
                .where("jurisdiction_id", .equal, jurisdictionID).where("plan_year", .equal, year)
                .orderBy("version", .descending).limit(1).first()
            let version = (try previous?.decode(column: "version", as: Int.self) ?? 0) + 1
            let place = ImportPlace(jurisdictionID: jurisdictionID, year: year, now: now)
            let reportID = try await Self.insertReport(
                report, sourceText: sourceText, hash: hash, version: version, place, in: database)
            try await Self.insertOutline(report, reportID: reportID, jurisdictionID: jurisdictionID, in: database)

            let previousTasks = previous == nil ? [] : try await Self.extractedTasks(place, in: database)
            // Each earlier task by its text, to be claimed once by a task of the same text.
            var unclaimed: [String: [Int]] = [:]
            for task in previousTasks { unclaimed[task.text, default: []].append(task.id) }
            var keptIDs: Set<Int> = []
            var newTasks: [(PlanTask, Quantity?)] = []
            for task in report.tasks {
                if var ids = unclaimed[task.text], !ids.isEmpty {
                    let id = ids.removeFirst()
                    unclaimed[task.text] = ids
                    keptIDs.insert(id)
                    try await Self.carryOver(taskID: id, to: task, reportID: reportID, now: now, in: database)
                } else {
                    newTasks.append((task, Self.target(of: task, in: report.quantities)))
                }
            }
            try await Self.insertTasks(newTasks, reportID: reportID, place, in: database)
            let removed = previousTasks.filter { !keptIDs.contains($0.id) }
            try await Self.markRemoved(removed.map(\.id), now: now, in: database)
            try await Self.judgeNeighbours(jurisdictionID: jurisdictionID, year: year, in: database)
            return ImportResult(
                outcome: previous == nil ? .created : .newVersion, jurisdiction: name, planYear: year, reportID: reportID,
                version: version, added: newTasks.map(\.0.text), removed: removed.map(\.text), kept: keptIDs.count)
        }
    }

    /// Where an import goes: the jurisdiction, the plan year, and the time it is written at.
    struct ImportPlace {
        let jurisdictionID: Int
        let year: Int
        let now: String
    }

    /// The import of the same text done before, if there was one.
    private static func importedAlready(_ hash: String, jurisdictionID: Int, name: String, in database: any SQLDatabase)
        async throws -> ImportResult?
    {
        guard
            let existing = try await database.select().columns("id", "version", "plan_year").from("reports")
                .where("jurisdiction_id", .equal, jurisdictionID).where("content_hash", .equal, hash).first()
        else { return nil }
        return ImportResult(
            outcome: .unchanged, jurisdiction: name, planYear: try existing.decode(column: "plan_year", as: Int.self),
            reportID: try existing.decode(column: "id", as: Int.self),
            version: try existing.decode(column: "version", as: Int.self), added: [], removed: [], kept: 0)
    }

    /// The report's row: its text as given and as normalized, and what its front matter says.
    private static func insertReport(
        _ report: ExtractedReport, sourceText: String, hash: String, version: Int, _ place: ImportPlace,
        in database: any SQLDatabase
    ) async throws -> Int {
        try await database.insert(into: "reports")
            .columns(
                "jurisdiction_id", "plan_year", "version", "content_hash", "title", "report_date", "speaker", "session",
                "source_text", "normalized_text", "imported_at"
            )
            .values(
                SQLBind(place.jurisdictionID), SQLBind(place.year), SQLBind(version), SQLBind(hash), SQLBind(report.meta.title),
                SQLBind(report.meta.date), SQLBind(report.meta.speaker), SQLBind(report.meta.session),
                SQLBind(sourceText), SQLBind(report.normalizedText), SQLBind(place.now)
            )
            .returning("id").first()!.decode(column: "id", as: Int.self)
    }

    /// The tasks the previous version's text gave (not those the office added or a removed one), in order.
    private static func extractedTasks(_ place: ImportPlace, in database: any SQLDatabase) async throws -> [(
        id: Int, text: String
    )] {
        try await database.select().columns("id", "text").from("tasks")
            .where("jurisdiction_id", .equal, place.jurisdictionID).where("plan_year", .equal, place.year)
            .where("state", .notEqual, TaskState.removed.rawValue).where("origin", .equal, TaskOrigin.extracted.rawValue)
            .orderBy("id").all()
            .map { (try $0.decode(column: "id", as: Int.self), try $0.decode(column: "text", as: String.self)) }
    }

    /// A task whose text the new version still has keeps its id; it now points into the new text.
    private static func carryOver(taskID: Int, to task: PlanTask, reportID: Int, now: String, in database: any SQLDatabase)
        async throws
    {
        try await database.update("tasks")
            .set("report_id", to: SQLBind(reportID))
            .set("section_path", to: SQLBind(task.section))
            .set("start_offset", to: SQLBind(task.start))
            .set("end_offset", to: SQLBind(task.end))
            .set("updated_at", to: SQLBind(now))
            .set("row_version", to: SQLRaw("row_version + 1"))
            .where("id", .equal, taskID)
            .run()
    }

    /// New tasks go in as multi-row inserts: hundreds of tasks, a handful of statements.
    private static func insertTasks(
        _ tasks: [(PlanTask, Quantity?)], reportID: Int, _ place: ImportPlace, in database: any SQLDatabase
    ) async throws {
        for chunk in tasks.chunked(50) {
            let insert = database.insert(into: "tasks")
                .columns(
                    "jurisdiction_id", "report_id", "plan_year", "section_path", "horizon", "text", "start_offset",
                    "end_offset", "vague", "target_value", "target_unit", "target_comparator", "deadline", "origin",
                    "state", "row_version", "created_at", "updated_at"
                )
            for (task, target) in chunk {
                insert.values(
                    SQLBind(place.jurisdictionID), SQLBind(reportID), SQLBind(place.year), SQLBind(task.section),
                    SQLBind(task.horizon.rawValue), SQLBind(task.text), SQLBind(task.start), SQLBind(task.end),
                    SQLBind(task.vague && target == nil), SQLBind(target?.value), SQLBind(target?.unit),
                    SQLBind(target?.comparator.rawValue),
                    SQLBind(PlanCalendar.defaultDeadline(place.year, horizon: task.horizon)),
                    SQLBind(TaskOrigin.extracted.rawValue), SQLBind(TaskState.active.rawValue), SQLBind(1), SQLBind(place.now),
                    SQLBind(place.now)
                )
            }
            try await insert.run()
        }
    }

    /// Tasks the new version no longer has are marked removed, not deleted: their history stays.
    private static func markRemoved(_ ids: [Int], now: String, in database: any SQLDatabase) async throws {
        for id in ids {
            try await database.update("tasks")
                .set("state", to: SQLBind(TaskState.removed.rawValue))
                .set("updated_at", to: SQLBind(now))
                .set("row_version", to: SQLRaw("row_version + 1"))
                .where("id", .equal, id)
                .run()
        }
    }

    /// The one target quantity a task holds, if it holds exactly one.
    static func target(of task: PlanTask, in quantities: [Quantity]) -> Quantity? {
        let targets = task.quantities.filter { quantities.indices.contains($0) && quantities[$0].kind == .target }
        return targets.count == 1 ? quantities[targets[0]] : nil
    }

    static func jurisdictionID(_ name: String, level: String?, now: String, in database: any SQLDatabase)
        async throws -> Int
    {
        if let row = try await database.select().column("id").from("jurisdictions").where("name", .equal, name).first() {
            return try row.decode(column: "id", as: Int.self)
        }
        return try await database.insert(into: "jurisdictions")
            .columns("name", "level", "created_at")
            .values(SQLBind(name), SQLBind(level), SQLBind(now))
            .returning("id").first()!.decode(column: "id", as: Int.self)
    }

    private static func insertOutline(
        _ report: ExtractedReport, reportID: Int, jurisdictionID: Int, in database: any SQLDatabase
    ) async throws {
        for chunk in report.sections.chunked(200) {
            let insert = database.insert(into: "sections")
                .columns("jurisdiction_id", "report_id", "path", "marker", "title", "start_offset")
            for section in chunk {
                insert.values(
                    SQLBind(jurisdictionID), SQLBind(reportID), SQLBind(section.id), SQLBind(section.marker),
                    SQLBind(section.title), SQLBind(section.start))
            }
            try await insert.run()
        }
        for chunk in Array(report.quantities.enumerated()).chunked(200) {
            let insert = database.insert(into: "quantities")
                .columns(
                    "jurisdiction_id", "report_id", "ordinal", "section_path", "kind", "subject", "action", "value",
                    "value_max", "unit", "comparator", "quote", "start_offset", "end_offset")
            for (ordinal, quantity) in chunk {
                insert.values(
                    SQLBind(jurisdictionID), SQLBind(reportID), SQLBind(ordinal), SQLBind(quantity.section),
                    SQLBind(quantity.kind.rawValue), SQLBind(quantity.subject), SQLBind(quantity.action),
                    SQLBind(quantity.value), SQLBind(quantity.valueMax), SQLBind(quantity.unit),
                    SQLBind(quantity.comparator.rawValue), SQLBind(quantity.quote), SQLBind(quantity.start),
                    SQLBind(quantity.end))
            }
            try await insert.run()
        }
    }
}

extension Array {
    /// The array in consecutive pieces of at most `size` elements (bulk inserts stay under
    /// the engines' limits on bound parameters).
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
