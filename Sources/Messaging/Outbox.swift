import Foundation
import Logging
import PlanStore

/// Sends what the store has queued: claims due deliveries, sends each by its channel, and
/// records the result (sent, or queued again after a wait, or failed after the last retry).
public struct Outbox: Sendable {
    public let store: PlanStore
    /// nil: e-mail is not configured, and e-mail deliveries stay queued in the outbox (the
    /// office reads them on /supervision) until a server is; no retry is spent on them.
    public let mailer: SMTPMailer?
    public let webhooks: WebhookSender
    let logger: Logger

    public init(
        store: PlanStore, mailer: SMTPMailer?, webhooks: WebhookSender = WebhookSender(),
        logger: Logger = Logger(label: "luoshi.outbox")
    ) {
        self.store = store
        self.mailer = mailer
        self.webhooks = webhooks
        self.logger = logger
    }

    /// What one pass sent.
    public struct Pass: Sendable, Equatable {
        public var sent = 0
        public var failed = 0

        public init(sent: Int = 0, failed: Int = 0) {
            self.sent = sent
            self.failed = failed
        }
    }

    /// Sends every delivery due at `now`, a batch at a time; returns how many went and how many did not.
    public func sendDue(now: @Sendable () -> Date = { .now }) async throws(StoreError) -> Pass {
        var pass = Pass()
        var seen = Set<Int>()
        while true {
            let channels: Set<Delivery.Channel> = mailer == nil ? [.webhook] : [.email, .webhook]
            let batch = try await store.claimDueDeliveries(now: now(), limit: 20, channels: channels).filter {
                !seen.contains($0.id)
            }
            if batch.isEmpty { return pass }
            for delivery in batch {
                seen.insert(delivery.id)
                let error = await send(delivery, now: now())
                try await store.recordDelivery(id: delivery.id, error: error?.localizedDescription, now: now())
                if let error {
                    pass.failed += 1
                    logger.warning("delivery \(delivery.id) to \(delivery.target) failed: \(error.localizedDescription)")
                } else {
                    pass.sent += 1
                }
            }
        }
    }

    private func send(_ delivery: Delivery, now: Date) async -> MessagingError? {
        do {
            switch delivery.channel {
            case .email:
                guard let mailer else { throw MessagingError.smtpNotConfigured }
                try await mailer.send(to: delivery.target, subject: delivery.subject, body: delivery.body)
            case .webhook:
                try await webhooks.send(WebhookRequest(delivery, now: now))
            }
            return nil
        } catch let error as MessagingError {
            return error
        } catch {
            return .webhookUnreachable("\(error)")
        }
    }
}
