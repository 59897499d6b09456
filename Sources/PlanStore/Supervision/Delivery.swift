import Foundation
import SQLKit

/// One message on its way out of the store by e-mail or webhook: queued, sending (claimed by a
/// process for a while), sent, or failed for good after the last retry.
public struct Delivery: Sendable, Equatable {
    public enum Channel: String, Sendable, CaseIterable { case email, webhook }
    public enum State: String, Sendable {
        case queued, sending, sent, failed

        public var chinese: String {
            switch self {
            case .queued: return "排队待发"
            case .sending: return "正在发送"
            case .sent: return "已发送"
            case .failed: return "发送失败"
            }
        }
    }

    public var id: Int
    public var notificationID: Int
    public var channel: Channel
    /// The e-mail address or the webhook URL.
    public var target: String
    public var webhookKind: NotificationChannel.WebhookKind?
    public var webhookSecret: String?
    public var state: State
    public var attempts: Int
    public var nextAttemptAt: String
    public var lastError: String?
    public var sentAt: String?
    /// The message.
    public var kind: Reminder.Kind
    public var subject: String
    public var body: String
    public var taskID: Int?

    /// Waits before the n-th retry: a minute, then longer, up to half a day; after the last one
    /// the delivery fails for good (the inbox still has the message).
    public static let backOff: [TimeInterval] = [60, 300, 900, 3600, 4 * 3600, 12 * 3600]
    /// How long a process may hold a delivery it is sending before another may take it.
    static let lease: TimeInterval = 300

    /// Queues a notification's e-mail and webhook for `channel`; returns how many.
    static func queue(notificationID: Int, channel: NotificationChannel, now: String, in database: any SQLDatabase) async throws
        -> Int
    {
        var targets: [(Channel, String, String?, String?)] = []
        if let email = channel.email { targets.append((.email, email, nil, nil)) }
        if let url = channel.webhookURL { targets.append((.webhook, url, channel.webhookKind.rawValue, channel.webhookSecret)) }
        for (kind, target, webhookKind, secret) in targets {
            try await database.insert(into: "deliveries")
                .columns(
                    "notification_id", "channel", "target", "webhook_kind", "webhook_secret", "state", "attempts",
                    "next_attempt_at", "created_at"
                )
                .values(
                    SQLBind(notificationID), SQLBind(kind.rawValue), SQLBind(target), SQLBind(webhookKind), SQLBind(secret),
                    SQLBind(State.queued.rawValue), SQLBind(0), SQLBind(now), SQLBind(now)
                )
                .run()
        }
        return targets.count
    }

    static let selection = """
        SELECT d.id, d.notification_id, d.channel, d.target, d.webhook_kind, d.webhook_secret, d.state, d.attempts,
            d.next_attempt_at, d.last_error, d.sent_at, n.kind, n.subject, n.body, n.task_id
        FROM deliveries d JOIN notifications n ON n.id = d.notification_id
        """

    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: Int.self)
        notificationID = try row.decode(column: "notification_id", as: Int.self)
        channel = Channel(rawValue: try row.decode(column: "channel", as: String.self)) ?? .email
        target = try row.decode(column: "target", as: String.self)
        webhookKind = try row.decode(column: "webhook_kind", as: String?.self).flatMap(
            NotificationChannel.WebhookKind.init(rawValue:))
        webhookSecret = try row.decode(column: "webhook_secret", as: String?.self)
        state = State(rawValue: try row.decode(column: "state", as: String.self)) ?? .queued
        attempts = try row.decode(column: "attempts", as: Int.self)
        nextAttemptAt = try row.decode(column: "next_attempt_at", as: String.self)
        lastError = try row.decode(column: "last_error", as: String?.self)
        sentAt = try row.decode(column: "sent_at", as: String?.self)
        kind = Reminder.Kind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .deadlineSoon
        subject = try row.decode(column: "subject", as: String.self)
        body = try row.decode(column: "body", as: String.self)
        taskID = try row.decode(column: "task_id", as: Int?.self)
    }
}

extension PlanStore {
    /// Takes up to `limit` deliveries by `channels` that are due (or whose sender vanished
    /// mid-send) for this process to send: each is claimed by one process only, for a lease of
    /// five minutes. Deliveries by other channels stay queued, untouched.
    public func claimDueDeliveries(
        now: Date = .now, limit: Int = 20, channels: Set<Delivery.Channel> = Set(Delivery.Channel.allCases)
    ) async throws(StoreError) -> [Delivery] {
        let nowText = Timestamp.text(now)
        let leaseEnd = Timestamp.text(now + Delivery.lease)
        let names = channels.map(\.rawValue).sorted()
        guard !names.isEmpty else { return [] }
        return try await transaction { database in
            let due = try await database.raw(
                """
                \(unsafeRaw: Delivery.selection)
                WHERE d.state IN ('queued', 'sending') AND d.next_attempt_at <= \(bind: nowText)
                AND d.channel IN (\(binds: names))
                ORDER BY d.next_attempt_at, d.id LIMIT \(bind: limit)
                """
            ).all().map(Delivery.init(row:))
            var claimed: [Delivery] = []
            for var delivery in due {
                let taken = try await database.raw(
                    """
                    UPDATE deliveries SET state = 'sending', next_attempt_at = \(bind: leaseEnd)
                    WHERE id = \(bind: delivery.id) AND state = \(bind: delivery.state.rawValue) AND next_attempt_at = \(bind: delivery.nextAttemptAt)
                    RETURNING id
                    """
                ).first()
                guard taken != nil else { continue }
                delivery.state = .sending
                delivery.nextAttemptAt = leaseEnd
                claimed.append(delivery)
            }
            return claimed
        }
    }

    /// Records how a send went: sent, or queued again after the next wait, or failed for good.
    public func recordDelivery(id: Int, error: String?, now: Date = .now) async throws(StoreError) {
        let nowText = Timestamp.text(now)
        try await transaction { database in
            guard let row = try await database.select().column("attempts").from("deliveries").where("id", .equal, id).first()
            else {
                throw StoreError.notFound(what: "投递 delivery", id: String(id))
            }
            let attempts = try row.decode(column: "attempts", as: Int.self) + 1
            if let error {
                let retry = attempts <= Delivery.backOff.count
                let next = retry ? Timestamp.text(now + Delivery.backOff[attempts - 1]) : nowText
                try await database.update("deliveries")
                    .set("state", to: retry ? Delivery.State.queued.rawValue : Delivery.State.failed.rawValue)
                    .set("attempts", to: attempts).set("next_attempt_at", to: next)
                    .set("last_error", to: String(error.prefix(500)))
                    .where("id", .equal, id).run()
            } else {
                try await database.update("deliveries")
                    .set("state", to: Delivery.State.sent.rawValue).set("attempts", to: attempts).set("sent_at", to: nowText)
                    .where("id", .equal, id).run()
            }
        }
    }

    /// A jurisdiction's latest deliveries, newest first: the office's view of what went out.
    public func deliveries(jurisdiction: String, limit: Int = 100) async throws(StoreError) -> [Delivery] {
        try await transaction(readOnly: true) { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else { return [] }
            return try await database.raw(
                """
                \(unsafeRaw: Delivery.selection)
                WHERE n.jurisdiction_id = \(bind: jurisdictionID) ORDER BY d.id DESC LIMIT \(bind: limit)
                """
            ).all().map(Delivery.init(row:))
        }
    }
}
