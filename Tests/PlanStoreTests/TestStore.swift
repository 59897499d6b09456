import Foundation
import Logging
import PostgresKit
import Testing

@testable import PlanStore
@testable import ReportExtraction

/// The engines the store suite runs on: SQLite always, PostgreSQL when the test script has
/// started a server and set `LUOSHI_TEST_POSTGRES_URL`.
enum TestEngine: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    static var available: [TestEngine] {
        ProcessInfo.processInfo.environment["LUOSHI_TEST_POSTGRES_URL"].map { _ in [.sqlite, .postgres] } ?? [.sqlite]
    }

    var testDescription: String { rawValue }
}

/// A store of its own for one test: a new SQLite file, or a new PostgreSQL database
/// (Swift Testing runs tests in parallel).
struct TestStore {
    let store: PlanStore
    let location: StoreLocation
    private let cleanup: @Sendable () async -> Void

    static let logger: Logger = {
        var logger = Logger(label: "luoshi.test")
        logger.logLevel = .warning
        return logger
    }()

    static func make(_ engine: TestEngine) async throws -> TestStore {
        let location = try await newLocation(engine)
        let store = try await PlanStore.open(location, logger: logger)
        return TestStore(store: store, location: location) {
            await store.close()
            await drop(location)
        }
    }

    /// Opens the same database again, as a second process would.
    func reopen() async throws -> PlanStore {
        try await PlanStore.open(location, logger: Self.logger)
    }

    func finish() async {
        await cleanup()
    }

    static func newLocation(_ engine: TestEngine) async throws -> StoreLocation {
        let name = "luoshi_test_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))"
        switch engine {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            return .sqlite(path: directory.appendingPathComponent("luoshi.sqlite").path)
        case .postgres:
            let admin = ProcessInfo.processInfo.environment["LUOSHI_TEST_POSTGRES_URL"]!
            try await withAdmin(admin) { try await $0.query("CREATE DATABASE \(unescaped: name)", logger: logger) }
            var components = URLComponents(string: admin)!
            components.path = "/" + name
            return .postgres(url: components.string!)
        }
    }

    static func drop(_ location: StoreLocation) async {
        switch location {
        case .sqlite(let path):
            try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        case .postgres(let url):
            guard let admin = ProcessInfo.processInfo.environment["LUOSHI_TEST_POSTGRES_URL"],
                let name = URLComponents(string: url)?.path.dropFirst()
            else { return }
            try? await withAdmin(admin) {
                try await $0.query("DROP DATABASE IF EXISTS \(unescaped: String(name)) WITH (FORCE)", logger: logger)
            }
        }
    }

    private static func withAdmin(_ url: String, _ body: (PostgresConnection) async throws -> Void) async throws {
        let configuration = try SQLPostgresConfiguration(url: url)
        let connection = try await PostgresConnection.connect(
            configuration: configuration.coreConfiguration, id: 99, logger: logger)
        do {
            try await body(connection)
        } catch {
            try? await connection.close()
            throw error
        }
        try await connection.close()
    }
}

enum Fixture {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/yuquan-2022.txt").path

    static var text: String {
        get throws { try String(contentsOfFile: path, encoding: .utf8) }
    }
}
