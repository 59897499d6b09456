import Foundation
import Logging
import PlanStore
import ServiceLifecycle

/// The supervision loop inside `luoshi serve`: every interval, the reminders owed today are
/// created (once each: the store's keys decide) and the due deliveries are sent. Everything it
/// knows is in the store, so a restart loses nothing and repeats nothing, and after downtime
/// the first pass catches up. A service of the application: it stops when the server shuts down.
public struct SupervisionScheduler: Service {
    public let store: PlanStore
    public let outbox: Outbox
    public let interval: Duration
    let logger: Logger

    public init(store: PlanStore, outbox: Outbox, interval: Duration, logger: Logger = Logger(label: "luoshi.scheduler")) {
        self.store = store
        self.outbox = outbox
        self.interval = interval
        self.logger = logger
    }

    /// One pass: today's reminders, then the deliveries due.
    public func pass(today: ISODate = .today) async throws(StoreError) -> (reminders: Int, sent: Outbox.Pass) {
        let run = try await store.runReminders(asOf: today)
        if run.newCount > 0 { logger.info("\(run.newCount) new reminders, \(run.queuedDeliveries) deliveries queued") }
        return (run.newCount, try await outbox.sendDue())
    }

    /// Runs passes until the application shuts down (or the task is cancelled); a failed pass is
    /// logged and the next one tries again.
    public func run() async {
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            do {
                _ = try await pass()
            } catch {
                logger.error("supervision pass failed: \(error.localizedDescription)")
            }
            // The wait ends early when the server shuts down.
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }
}
