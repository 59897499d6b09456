import Foundation
import SQLKit

/// Where a department (or, without one, the leaders) is told besides the in-app inbox:
/// an e-mail address and a webhook (a generic receiver, or a 企业微信 / 钉钉 group robot).
public struct NotificationChannel: Sendable, Equatable {
    public enum WebhookKind: String, Sendable, CaseIterable {
        case generic, wecom, dingtalk

        public var chinese: String {
            switch self {
            case .generic: return "通用（HMAC 签名）"
            case .wecom: return "企业微信群机器人"
            case .dingtalk: return "钉钉群机器人"
            }
        }
    }

    /// The department's name; nil for the leaders.
    public var department: String?
    public var email: String?
    public var webhookURL: String?
    public var webhookKind: WebhookKind
    /// The signing secret (generic: HMAC-SHA256 of the body; 钉钉: its 加签 secret).
    public var webhookSecret: String?
    var departmentID: Int?

    public init(
        department: String?, email: String? = nil, webhookURL: String? = nil, webhookKind: WebhookKind = .generic,
        webhookSecret: String? = nil
    ) {
        self.department = department
        self.email = email
        self.webhookURL = webhookURL
        self.webhookKind = webhookKind
        self.webhookSecret = webhookSecret
    }

    /// The channel with empty fields as nil, checked: an address without line breaks, a
    /// webhook over https (http only when the server was started with `--allow-http`).
    public func validated(allowHTTP: Bool) throws(StoreError) -> NotificationChannel {
        var channel = self
        channel.email = email?.trimmingCharacters(in: .whitespaces).nilIfEmpty
        channel.webhookURL = webhookURL?.trimmingCharacters(in: .whitespaces).nilIfEmpty
        channel.webhookSecret = webhookSecret?.trimmingCharacters(in: .whitespaces).nilIfEmpty
        if let email = channel.email {
            let parts = email.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), email.count <= 254,
                !email.contains(where: { $0.isWhitespace || $0.isNewline || "<>,;\"".contains($0) })
            else { throw .invalid("「\(email)」不是有效的电子邮件地址。 \(email) is not an e-mail address.") }
        }
        if let text = channel.webhookURL {
            guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty,
                scheme == "https" || scheme == "http"
            else { throw .invalid("「\(text)」不是有效的网址。 \(text) is not a web address.") }
            guard scheme == "https" || allowHTTP else {
                throw .invalid(
                    "Webhook 地址必须使用 https（测试环境可用 luoshi serve --allow-http 放行 http）。 A webhook must use https (start luoshi serve --allow-http to allow http for testing)."
                )
            }
        }
        return channel
    }

    static func all(jurisdictionID: Int, in database: any SQLDatabase) async throws -> [NotificationChannel] {
        try await database.raw(
            """
            SELECT c.department_id, d.name AS department, c.email, c.webhook_url, c.webhook_kind, c.webhook_secret
            FROM notification_channels c LEFT JOIN departments d ON d.id = c.department_id
            WHERE c.jurisdiction_id = \(bind: jurisdictionID) ORDER BY d.name
            """
        ).all().map { row in
            var channel = NotificationChannel(
                department: try row.decodeNil(column: "department") ? nil : try row.decode(column: "department", as: String.self),
                email: try row.decode(column: "email", as: String?.self),
                webhookURL: try row.decode(column: "webhook_url", as: String?.self),
                webhookKind: WebhookKind(rawValue: try row.decode(column: "webhook_kind", as: String.self)) ?? .generic,
                webhookSecret: try row.decode(column: "webhook_secret", as: String?.self))
            channel.departmentID = try row.decode(column: "department_id", as: Int?.self)
            return channel
        }
    }
}

/// What the audit log keeps of a channel: never the secret.
struct AuditedChannel: Encodable {
    var email: String?
    var webhookURL: String?
    var webhookKind: String
    var hasSecret: Bool

    init(_ channel: NotificationChannel) {
        email = channel.email
        webhookURL = channel.webhookURL
        webhookKind = channel.webhookKind.rawValue
        hasSecret = channel.webhookSecret != nil
    }
}

extension PlanStore {
    /// Every department's channels (and the leaders', `department == nil`).
    public func channels(jurisdiction: String) async throws(StoreError) -> [NotificationChannel] {
        try await transaction(readOnly: true) { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else { return [] }
            return try await NotificationChannel.all(jurisdictionID: jurisdictionID, in: database)
        }
    }

    /// Sets where a department (or the leaders) is told; empty fields clear the channel.
    public func setChannel(_ channel: NotificationChannel, jurisdiction: String, actor: String, allowHTTP: Bool)
        async throws(StoreError)
    {
        var channel = try channel.validated(allowHTTP: allowHTTP)
        try await transaction { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else {
                throw StoreError.notFound(what: "行政区 jurisdiction", id: jurisdiction)
            }
            if let name = channel.department {
                guard
                    let row = try await database.select().column("id").from("departments")
                        .where("jurisdiction_id", .equal, jurisdictionID).where("name", .equal, name).first()
                else { throw StoreError.unknownDepartment(name) }
                channel.departmentID = try row.decode(column: "id", as: Int.self)
            }
            let before = try await NotificationChannel.all(jurisdictionID: jurisdictionID, in: database)
                .first { $0.departmentID == channel.departmentID }
            let match: any SQLExpression =
                channel.departmentID.map { SQLBinaryExpression(SQLColumn("department_id"), .equal, SQLBind($0)) }
                ?? SQLBinaryExpression(SQLColumn("department_id"), .is, SQLLiteral.null)
            try await database.delete(from: "notification_channels")
                .where("jurisdiction_id", .equal, jurisdictionID).where(match).run()
            if channel.email != nil || channel.webhookURL != nil {
                try await database.insert(into: "notification_channels")
                    .columns(
                        "jurisdiction_id", "department_id", "email", "webhook_url", "webhook_kind", "webhook_secret",
                        "updated_by", "updated_at"
                    )
                    .values(
                        SQLBind(jurisdictionID), SQLBind(channel.departmentID), SQLBind(channel.email),
                        SQLBind(channel.webhookURL),
                        SQLBind(channel.webhookKind.rawValue), SQLBind(channel.webhookSecret), SQLBind(actor),
                        SQLBind(Timestamp.now())
                    )
                    .run()
            }
            try await AuditLog.record(
                database, jurisdictionID: jurisdictionID, actor: actor, entity: "notification_channel",
                entityID: channel.departmentID ?? 0, action: "set", before: before.map(AuditedChannel.init),
                after: AuditedChannel(channel))
        }
    }
}
