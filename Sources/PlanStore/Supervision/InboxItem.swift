import SQLKit

/// A message in a department's (or the leaders') inbox, with how its e-mail and webhook went.
public struct InboxItem: Sendable, Equatable {
    public var id: Int
    public var kind: Reminder.Kind
    public var taskID: Int?
    public var department: String?
    public var dueOn: String
    public var subject: String
    public var body: String
    public var createdAt: String
    public var readAt: String?
    public var deliveries: [Delivery.State]
}

/// Whose inbox.
public enum Inbox: Sendable, Hashable {
    case department(String)
    case leaders
}

extension PlanStore {
    /// An inbox's messages, newest first.
    public func inbox(_ inbox: Inbox, jurisdiction: String, limit: Int = 200) async throws(StoreError) -> [InboxItem] {
        try await transaction(readOnly: true) { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else { return [] }
            let rows = try await database.raw(
                """
                SELECT n.id, n.kind, n.task_id, d.name AS department, n.due_on, n.subject, n.body, n.created_at, n.read_at
                FROM notifications n LEFT JOIN departments d ON d.id = n.department_id
                WHERE n.jurisdiction_id = \(bind: jurisdictionID) AND \(Self.inboxFilter(inbox))
                ORDER BY n.id DESC LIMIT \(bind: limit)
                """
            ).all()
            var items = try rows.map { row in
                InboxItem(
                    id: try row.decode(column: "id", as: Int.self),
                    kind: Reminder.Kind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .deadlineSoon,
                    taskID: try row.decode(column: "task_id", as: Int?.self),
                    department: try row.decode(column: "department", as: String?.self),
                    dueOn: try row.decode(column: "due_on", as: String.self),
                    subject: try row.decode(column: "subject", as: String.self),
                    body: try row.decode(column: "body", as: String.self),
                    createdAt: try row.decode(column: "created_at", as: String.self),
                    readAt: try row.decode(column: "read_at", as: String?.self),
                    deliveries: [])
            }
            guard !items.isEmpty else { return items }
            let states = try await database.select().column("notification_id").column("state").from("deliveries")
                .where("notification_id", .in, items.map(\.id)).orderBy("id").all()
            var byNotification: [Int: [Delivery.State]] = [:]
            for row in states {
                let state = Delivery.State(rawValue: try row.decode(column: "state", as: String.self)) ?? .queued
                byNotification[try row.decode(column: "notification_id", as: Int.self), default: []].append(state)
            }
            for index in items.indices { items[index].deliveries = byNotification[items[index].id] ?? [] }
            return items
        }
    }

    /// How many messages of an inbox are unread: the badge in the navigation.
    public func unreadCount(_ inbox: Inbox, jurisdiction: String) async throws(StoreError) -> Int {
        try await transaction(readOnly: true) { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else { return 0 }
            return try await database.raw(
                """
                SELECT COUNT(*) AS unread FROM notifications n
                WHERE n.jurisdiction_id = \(bind: jurisdictionID) AND n.read_at IS NULL AND \(Self.inboxFilter(inbox))
                """
            ).first()?.decode(column: "unread", as: Int.self) ?? 0
        }
    }

    /// Marks messages of an inbox read (all of it when `ids` is nil); others' messages are left alone.
    public func markRead(_ inbox: Inbox, jurisdiction: String, ids: [Int]?, reader: String) async throws(StoreError) -> Int {
        if ids?.isEmpty == true { return 0 }
        return try await transaction { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else { return 0 }
            let only: SQLQueryString = ids.map { ids in "AND n.id IN (\(SQLList(ids.map { SQLBind($0) })))" } ?? ""
            return try await database.raw(
                """
                UPDATE notifications SET read_at = \(bind: Timestamp.now()), read_by = \(bind: reader)
                WHERE id IN (SELECT n.id FROM notifications n WHERE n.jurisdiction_id = \(bind: jurisdictionID)
                    AND n.read_at IS NULL AND \(Self.inboxFilter(inbox)) \(only))
                RETURNING id
                """
            ).all().count
        }
    }

    static func inboxFilter(_ inbox: Inbox) -> SQLQueryString {
        switch inbox {
        case .department(let name):
            return
                "n.department_id = (SELECT id FROM departments WHERE jurisdiction_id = n.jurisdiction_id AND name = \(bind: name))"
        case .leaders:
            return "n.audience = 'leader'"
        }
    }
}
