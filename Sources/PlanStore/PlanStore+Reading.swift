import Foundation
import SQLKit

/// A heading of a report's outline as stored.
public struct SectionRecord: Codable, Sendable, Equatable {
    public var path: String
    public var marker: String
    public var title: String
    public var startOffset: Int

    enum CodingKeys: String, CodingKey {
        case path, marker, title
        case startOffset = "start_offset"
    }
}

/// A quantity of a report as stored, with its place in the normalized text.
public struct QuantityRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var sectionPath: String?
    public var kind: String
    public var subject: String
    public var value: Double
    public var unit: String
    public var comparator: String
    public var startOffset: Int
    public var endOffset: Int

    enum CodingKeys: String, CodingKey {
        case id
        case sectionPath = "section_path"
        case kind, subject, value, unit, comparator
        case startOffset = "start_offset"
        case endOffset = "end_offset"
    }
}

/// A plan the office has published: what the public portal shows.
public struct PublishedPlan: Sendable, Equatable {
    public var jurisdiction: String
    public var planYear: Int
    public var publishedAt: String
}

extension PlanStore {
    /// The outline of a report version, in reading order.
    public func sections(reportID: Int) async throws(StoreError) -> [SectionRecord] {
        try await transaction(readOnly: true) { database in
            try await database.select().columns("path", "marker", "title", "start_offset").from("sections")
                .where("report_id", .equal, reportID).orderBy("start_offset").all(decoding: SectionRecord.self)
        }
    }

    /// The quantities of a report version, in reading order.
    public func quantities(reportID: Int) async throws(StoreError) -> [QuantityRecord] {
        try await transaction(readOnly: true) { database in
            try await database.select()
                .columns("id", "section_path", "kind", "subject", "value", "unit", "comparator", "start_offset", "end_offset")
                .from("quantities").where("report_id", .equal, reportID).orderBy("start_offset")
                .all(decoding: QuantityRecord.self)
        }
    }

    /// The text of a report version as imported and as normalized (the offsets count in the latter).
    public func reportText(reportID: Int) async throws(StoreError) -> (source: String, normalized: String) {
        try await transaction(readOnly: true) { database in
            guard
                let row = try await database.select().columns("source_text", "normalized_text").from("reports")
                    .where("id", .equal, reportID).first()
            else { throw StoreError.notFound(what: "报告 report", id: "\(reportID)") }
            return (
                try row.decode(column: "source_text", as: String.self), try row.decode(column: "normalized_text", as: String.self)
            )
        }
    }

    /// Every published plan, newest year first.
    public func publishedPlans() async throws(StoreError) -> [PublishedPlan] {
        try await transaction(readOnly: true) { database in
            try await database.select()
                .column(SQLColumn("name", table: "j"), as: "jurisdiction").column(
                    SQLColumn("plan_year", table: "p"), as: "plan_year"
                )
                .column(SQLColumn("published_at", table: "p"), as: "published_at")
                .from(SQLAlias(SQLIdentifier("plans"), as: SQLIdentifier("p")))
                .join(
                    SQLAlias(SQLIdentifier("jurisdictions"), as: SQLIdentifier("j")),
                    on: SQLColumn("jurisdiction_id", table: "p"), .equal, SQLColumn("id", table: "j")
                )
                .where(SQLBinaryExpression(SQLColumn("published_at", table: "p"), .isNot, SQLLiteral.null))
                .orderBy(SQLOrderBy(expression: SQLColumn("plan_year", table: "p"), direction: SQLDirection.descending))
                .orderBy(SQLColumn("name", table: "j"))
                .all()
                .map {
                    PublishedPlan(
                        jurisdiction: try $0.decode(column: "jurisdiction", as: String.self),
                        planYear: try $0.decode(column: "plan_year", as: Int.self),
                        publishedAt: try $0.decode(column: "published_at", as: String.self))
                }
        }
    }

    /// What changed in a jurisdiction from a moment on (the audit log), newest first, at most `limit` entries.
    public func changes(jurisdiction: String, since: String, limit: Int = 200) async throws(StoreError) -> [AuditEntry] {
        try await transaction(readOnly: true) { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else { return [] }
            return try await database.select()
                .columns("id", "at", "actor", "entity", "entity_id", "action", "before_json", "after_json", "reason")
                .from("audit_log").where("jurisdiction_id", .equal, jurisdictionID).where("at", .greaterThanOrEqual, since)
                .orderBy("id", .descending).limit(limit)
                .all(decoding: AuditEntry.self)
        }
    }
}

extension PlanStore {
    /// The evidence file of a progress report, under the name that report filed it with (two
    /// reports may share one file's bytes and still name it differently); nil without one.
    public func evidence(reportID: Int) async throws(StoreError) -> (name: String, contentType: String, bytes: [UInt8])? {
        try await transaction(readOnly: true) { database in
            guard
                let row = try await database.raw(
                    """
                    SELECT p.evidence_name, e.content_type, e.content FROM progress_reports p
                    JOIN evidence_files e ON e.id = p.evidence_id WHERE p.id = \(bind: reportID)
                    """
                ).first()
            else { return nil }
            return (
                try row.decode(column: "evidence_name", as: String?.self) ?? "evidence",
                try row.decode(column: "content_type", as: String.self),
                Array(try row.decode(column: "content", as: Data.self))
            )
        }
    }
}

/// How many changes of one kind a jurisdiction saw in a period.
public struct ChangeCount: Sendable, Equatable {
    public var entity: String
    public var action: String
    public var count: Int
}

extension PlanStore {
    /// The changes of a jurisdiction from a moment on, counted by kind (most frequent first).
    public func changeCounts(jurisdiction: String, since: String) async throws(StoreError) -> [ChangeCount] {
        try await transaction(readOnly: true) { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else { return [] }
            return try await database.raw(
                """
                SELECT entity, action, COUNT(*) AS changes FROM audit_log
                WHERE jurisdiction_id = \(bind: jurisdictionID) AND at >= \(bind: since)
                GROUP BY entity, action ORDER BY changes DESC, entity, action
                """
            ).all().map {
                ChangeCount(
                    entity: try $0.decode(column: "entity", as: String.self),
                    action: try $0.decode(column: "action", as: String.self),
                    count: try $0.decode(column: "changes", as: Int.self))
            }
        }
    }
}
