import ArgumentParser
import Foundation
import Logging
import PlanStore

/// `--db`, shared by every command that uses the store.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help:
            "数据库：SQLite 文件路径或 postgres://… 地址（默认：LUOSHI_DATABASE_URL，否则 ./luoshi.sqlite）。 The store: an SQLite file or a postgres:// URL (default: LUOSHI_DATABASE_URL, else ./luoshi.sqlite)."
    )
    var db: String?

    func validate() throws {
        if let db {
            do {
                _ = try StoreLocation.parse(db)
            } catch {
                throw ValidationError(error.localizedDescription)
            }
        }
    }

    var location: StoreLocation {
        get throws { try db.map { try StoreLocation.parse($0) } ?? .default() }
    }

    /// Opens the store, runs `body`, closes the store; prints a store error and exits with 1.
    func run<T: Sendable>(_ body: (PlanStore) async throws -> T) async throws -> T {
        let store = try await open()
        do {
            let result = try await body(store)
            await store.close()
            return result
        } catch {
            await store.close()
            StandardError.write("luoshi: \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }

    /// Opens the store, or prints why not and exits with 1.
    func open() async throws -> PlanStore {
        var logger = Logger(label: "luoshi")
        logger.logLevel = .error
        do {
            return try await PlanStore.open(try location, logger: logger)
        } catch {
            StandardError.write("luoshi: \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}
