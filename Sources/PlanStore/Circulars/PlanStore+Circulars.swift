import Foundation
import SQLKit

/// A circular the office published, as it was issued.
public struct PublishedCircular: Sendable, Equatable {
    public var id: Int
    public var circular: Circular
    public var publishedBy: String
    public var publishedAt: String
}

extension PlanStore {
    /// The circular of a month as it stands now: figures as of the month's last day (today,
    /// within the current month), for the plan of `planYear` (by default the month's year).
    public func draftCircular(jurisdiction: String, year: Int, month: Int, planYear: Int? = nil, today: ISODate = .today)
        async throws(StoreError) -> Circular
    {
        guard (1...12).contains(month), (1990...2100).contains(year) else {
            throw .invalid("月份应为 1–12，年份应为四位数。 The month is 1–12 and the year four digits.")
        }
        let monthEnd = ISODate(year: year, month: month, day: ISODate.days(in: month, of: year))
        let monthStart = ISODate(year: year, month: month, day: 1)
        guard monthStart <= today else {
            throw .invalid("\(year)年\(month)月尚未开始，不能通报。 \(year)-\(month) has not begun yet.")
        }
        let planYear = planYear ?? year
        guard try await reports(jurisdiction: jurisdiction).contains(where: { $0.planYear == planYear }) else {
            throw .notFound(what: "计划 plan", id: "\(jurisdiction) \(planYear)")
        }
        let asOf = min(monthEnd, today)
        let statuses = try await status(jurisdiction: jurisdiction, planYear: planYear, asOf: asOf)
        let instructions = try await self.instructions(jurisdiction: jurisdiction).filter { $0.planYear == planYear }
        return CircularDraft.make(
            jurisdiction: jurisdiction, planYear: planYear, year: year, month: month, asOf: asOf, today: today,
            statuses: statuses, instructions: instructions)
    }

    /// Publishes a drafted circular with the office's summary: it gets the year's next number
    /// and is kept as it is. A month is published once.
    public func publishCircular(_ draft: Circular, summary: String?, actor: String, today: ISODate = .today)
        async throws(StoreError) -> PublishedCircular
    {
        var circular = draft
        if let summary = summary?.trimmingCharacters(in: .whitespacesAndNewlines) {
            guard !summary.isEmpty else { throw .invalid("通报的概述不能为空。 The summary is empty.") }
            guard summary.count <= 4000 else {
                throw .invalid("概述过长（不超过 4000 字）。 The summary is too long (4,000 characters at most).")
            }
            circular.summary = summary
        }
        circular.issuedOn = today.text
        return try await transaction { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(circular.jurisdiction, in: database) else {
                throw StoreError.notFound(what: "行政区 jurisdiction", id: circular.jurisdiction)
            }
            if try await database.select().column("id").from("circulars").where("jurisdiction_id", .equal, jurisdictionID)
                .where("year", .equal, circular.year).where("month", .equal, circular.month).first() != nil
            {
                throw StoreError.duplicate(
                    "\(circular.year)年\(circular.month)月的督查通报已经发布。 The circular of \(circular.year)-\(circular.month) is published already."
                )
            }
            let last = try await database.raw(
                """
                SELECT MAX(number) AS number FROM circulars WHERE jurisdiction_id = \(bind: jurisdictionID) AND year = \(bind: circular.year)
                """
            ).first()?.decode(column: "number", as: Int?.self)
            circular.number = (last ?? 0) + 1
            let now = Timestamp.now()
            let id = try await database.insert(into: "circulars")
                .columns(
                    "jurisdiction_id", "plan_year", "year", "month", "number", "content_json", "published_by", "published_at"
                )
                .values(
                    SQLBind(jurisdictionID), SQLBind(circular.planYear), SQLBind(circular.year), SQLBind(circular.month),
                    SQLBind(circular.number), SQLBind(try Self.json(circular)), SQLBind(actor), SQLBind(now)
                )
                .returning("id").first()!.decode(column: "id", as: Int.self)
            try await AuditLog.record(
                database, jurisdictionID: jurisdictionID, actor: actor, entity: "circular", entityID: id, action: "publish",
                before: Circular?.none, after: circular)
            return PublishedCircular(id: id, circular: circular, publishedBy: actor, publishedAt: now)
        }
    }

    /// The published circulars of a jurisdiction, newest first.
    public func circulars(jurisdiction: String) async throws(StoreError) -> [PublishedCircular] {
        try await transaction(readOnly: true) { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else { return [] }
            return try await database.select().columns("id", "content_json", "published_by", "published_at").from("circulars")
                .where("jurisdiction_id", .equal, jurisdictionID).orderBy("year", .descending).orderBy("month", .descending)
                .all().map(Self.published)
        }
    }

    /// The circular published for a month, if any.
    public func circular(jurisdiction: String, year: Int, month: Int) async throws(StoreError) -> PublishedCircular? {
        try await transaction(readOnly: true) { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else { return nil }
            return try await database.select().columns("id", "content_json", "published_by", "published_at").from("circulars")
                .where("jurisdiction_id", .equal, jurisdictionID).where("year", .equal, year).where("month", .equal, month)
                .first().map(Self.published)
        }
    }

    /// One published circular of a jurisdiction.
    public func circular(_ id: Int, jurisdiction: String) async throws(StoreError) -> PublishedCircular {
        try await transaction(readOnly: true) { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database),
                let row = try await database.select().columns("id", "content_json", "published_by", "published_at").from(
                    "circulars"
                )
                .where("jurisdiction_id", .equal, jurisdictionID).where("id", .equal, id).first()
            else { throw StoreError.notFound(what: "督查通报 circular", id: "\(id)") }
            return try Self.published(row)
        }
    }

    private static func published(_ row: any SQLRow) throws -> PublishedCircular {
        let json = try row.decode(column: "content_json", as: String.self)
        return PublishedCircular(
            id: try row.decode(column: "id", as: Int.self),
            circular: try JSONDecoder().decode(Circular.self, from: Data(json.utf8)),
            publishedBy: try row.decode(column: "published_by", as: String.self),
            publishedAt: try row.decode(column: "published_at", as: String.self))
    }

    private static func json(_ circular: Circular) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(circular), as: UTF8.self)
    }
}
