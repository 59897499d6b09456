import Foundation
import Logging
import Metrics
import SQLKit

/// The plan of record: reports, sections, quantities and tasks of each jurisdiction, on an
/// SQLite file or a PostgreSQL server. Every operation runs in one transaction.
public actor PlanStore {
    /// Where the store lives.
    public let location: StoreLocation
    let connection: StoreConnection
    private let logger: Logger
    /// Transactions take turns on the one connection: the actor alone does not keep them apart,
    /// because it runs another call whenever one awaits the database.
    private var transactionRunning = false
    private var waitingTransactions: [CheckedContinuation<Void, Never>] = []

    /// Opens the store and brings its schema up to date.
    public static func open(_ location: StoreLocation, logger: Logger = Logger(label: "luoshi.store")) async throws(StoreError)
        -> PlanStore
    {
        try await open(location, logger: logger, migrations: Migrations.all)
    }

    /// Opens the store with only the first of the migrations: an older release's schema, for
    /// the tests that upgrade a store with data in it.
    static func open(_ location: StoreLocation, logger: Logger, migrations: [any Migration]) async throws(StoreError) -> PlanStore
    {
        let connection = try await StoreConnection.open(location, logger: logger)
        let store = PlanStore(location: location, connection: connection, logger: logger)
        do {
            try await store.migrate(migrations)
        } catch {
            // A store that cannot be brought up to date is closed, not leaked.
            await store.close()
            throw error
        }
        return store
    }

    private init(location: StoreLocation, connection: StoreConnection, logger: Logger) {
        self.location = location
        self.connection = connection
        self.logger = logger
    }

    /// Closes the connection; the store cannot be used after.
    public func close() async {
        do {
            try await connection.close()
        } catch {
            logger.warning("closing the store failed: \(error)")
        }
    }

    /// Transactions committed by this process that may have written: what lets a cache in
    /// front of the store trust what it read without asking the database again.
    public private(set) var writeCount = 0

    /// Runs `body` in one transaction: all of it is committed, or none of it. Transactions run
    /// one at a time, in the order they were asked for. `readOnly` marks one that writes nothing,
    /// so `writeCount` stays as it is.
    func transaction<T: Sendable>(
        readOnly: Bool = false, operation: String = #function, _ body: (any SQLDatabase) async throws -> T
    ) async throws(StoreError) -> T {
        // The time of each operation, waiting for its turn included (a no-op unless a metrics
        // backend is bootstrapped, as `luoshi serve` does).
        let started = ContinuousClock.now
        defer {
            let elapsed = (ContinuousClock.now - started).components
            Timer(label: "luoshi_store_transaction_seconds", dimensions: [("operation", Self.operationName(operation))])
                .recordNanoseconds(elapsed.seconds * 1_000_000_000 + elapsed.attoseconds / 1_000_000_000)
        }
        if transactionRunning {
            await withCheckedContinuation { waitingTransactions.append($0) }
        } else {
            transactionRunning = true
        }
        defer {
            if waitingTransactions.isEmpty {
                transactionRunning = false
            } else {
                waitingTransactions.removeFirst().resume()
            }
        }
        let database = connection.database
        // On SQLite a writer takes the write lock at BEGIN: a deferred transaction that reads
        // and then writes fails at once (SQLITE_BUSY, no waiting) when another process, a cron
        // `luoshi remind` beside `luoshi serve`, say, wrote in between.
        let begin: SQLQueryString = !readOnly && location.isSQLite ? "BEGIN IMMEDIATE" : "BEGIN"
        do {
            try await database.raw(begin).run()
        } catch {
            throw .query("BEGIN: \(DatabaseFailure.describe(error))")
        }
        do {
            let result = try await body(database)
            try await database.raw("COMMIT").run()
            if !readOnly { writeCount += 1 }
            return result
        } catch {
            do {
                try await database.raw("ROLLBACK").run()
            } catch let rollbackError {
                logger.error("rollback failed: \(rollbackError)")
            }
            if let storeError = error as? StoreError { throw storeError }
            throw .query(DatabaseFailure.describe(error))
        }
    }

    /// `status(jurisdictions:planYear:asOf:)` → `status`: one series per operation, not per signature.
    static func operationName(_ function: String) -> String {
        String(function.prefix { $0 != "(" })
    }

    /// Applies the migrations this store has not seen, each in its own transaction.
    func migrate(_ migrations: [any Migration] = Migrations.all) async throws(StoreError) {
        let database = connection.database
        do {
            try await database.create(table: "schema_migrations").ifNotExists()
                .column("name", type: .text, .primaryKey(autoIncrement: false))
                .column("applied_at", type: .text, .notNull)
                .run()
        } catch {
            throw .migrationFailed(name: "schema_migrations", reason: DatabaseFailure.describe(error))
        }
        let applied: Set<String>
        do {
            applied = Set(
                try await database.select().column("name").from("schema_migrations").all().map {
                    try $0.decode(column: "name", as: String.self)
                })
        } catch {
            throw .migrationFailed(name: "schema_migrations", reason: DatabaseFailure.describe(error))
        }
        for migration in migrations where !applied.contains(migration.name) {
            do {
                try await transaction { database in
                    try await migration.apply(database)
                    try await database.insert(into: "schema_migrations")
                        .columns("name", "applied_at")
                        .values(SQLBind(migration.name), SQLBind(Timestamp.now()))
                        .run()
                }
            } catch {
                throw .migrationFailed(name: migration.name, reason: DatabaseFailure.describe(error))
            }
            logger.info("applied migration \(migration.name)")
        }
    }

    /// The names of the applied migrations, oldest first.
    public func appliedMigrations() async throws(StoreError) -> [String] {
        try await transaction(readOnly: true) { database in
            try await database.select().column("name").from("schema_migrations").orderBy("name").all().map {
                try $0.decode(column: "name", as: String.self)
            }
        }
    }
}

/// Timestamps are stored as ISO 8601 text, which sorts and compares the same on both engines.
enum Timestamp {
    static func now() -> String {
        text(Date.now)
    }

    static func text(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
