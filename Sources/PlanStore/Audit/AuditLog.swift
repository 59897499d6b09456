import Foundation
import SQLKit

/// The append-only record of who changed what, when, before and after.
enum AuditLog {
    static func record(
        _ database: any SQLDatabase, jurisdictionID: Int, actor: String, entity: String, entityID: Int, action: String,
        before: (some Encodable)?, after: (some Encodable)?, reason: String? = nil
    ) async throws {
        try await database.insert(into: "audit_log")
            .columns("jurisdiction_id", "at", "actor", "entity", "entity_id", "action", "before_json", "after_json", "reason")
            .values(
                SQLBind(jurisdictionID), SQLBind(Timestamp.now()), SQLBind(actor), SQLBind(entity), SQLBind(entityID),
                SQLBind(action), SQLBind(before.map(json)), SQLBind(after.map(json)), SQLBind(reason)
            )
            .run()
    }

    private static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }
}

/// One entry of the audit log.
public struct AuditEntry: Codable, Sendable, Equatable {
    public var id: Int
    public var at: String
    public var actor: String
    public var entity: String
    public var entityID: Int
    public var action: String
    public var beforeJSON: String?
    public var afterJSON: String?
    public var reason: String?

    enum CodingKeys: String, CodingKey {
        case id, at, actor, entity
        case entityID = "entity_id"
        case action
        case beforeJSON = "before_json"
        case afterJSON = "after_json"
        case reason
    }
}
