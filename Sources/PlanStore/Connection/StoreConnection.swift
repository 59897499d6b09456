import Foundation
import Logging
import PostgresKit
import SQLKit
import SQLiteKit

/// One open connection to the store's database, as an SQLKit database.
struct StoreConnection: Sendable {
    let database: any SQLDatabase
    let close: @Sendable () async throws -> Void

    static func open(_ location: StoreLocation, logger: Logger) async throws(StoreError) -> StoreConnection {
        switch location {
        case .sqlite(let path):
            do {
                let connection = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
                let database = connection.sql()
                // WAL lets readers work while a writer commits; foreign keys are off by default in SQLite.
                _ = try await database.raw("PRAGMA journal_mode = WAL").all()
                try await database.raw("PRAGMA foreign_keys = ON").run()
                try await database.raw("PRAGMA busy_timeout = 5000").run()
                return StoreConnection(database: database, close: { try await connection.close() })
            } catch {
                throw .cannotOpen(location: path, reason: "\(error)")
            }
        case .postgres(let url):
            do {
                let configuration = try SQLPostgresConfiguration(url: url)
                let connection = try await PostgresConnection.connect(
                    configuration: configuration.coreConfiguration, id: 1, logger: logger)
                let database = connection.sql()
                return StoreConnection(database: database, close: { try await connection.close() })
            } catch {
                throw .cannotOpen(location: location.description, reason: DatabaseFailure.describe(error))
            }
        }
    }
}
