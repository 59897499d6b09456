import Foundation
import SQLKit

extension PlanStore {
    /// Writes a consistent copy of the store while it is in use: `VACUUM INTO` for SQLite (a
    /// snapshot inside one read transaction), `pg_dump` for PostgreSQL.
    public func backup(to path: String) async throws(StoreError) {
        if FileManager.default.fileExists(atPath: path) {
            throw .invalid("\(path) 已存在，不会覆盖。 \(path) exists: not overwritten.")
        }
        switch location {
        case .sqlite:
            do {
                try await connection.database.raw("VACUUM INTO \(bind: path)").run()
            } catch {
                throw .query("备份失败 backup failed: \(error)")
            }
        case .postgres(let url):
            try ExternalTool.run(
                "pg_dump", ["--format=custom", "--no-owner", "--file=\(path)", "--dbname=\(ExternalTool.libpqURL(url))"],
                package: "postgresql-client")
        }
    }

    /// Brings a backup back, replacing what the store holds. The store is closed by this and
    /// must be opened again.
    public static func restore(_ location: StoreLocation, from path: String) async throws(StoreError) {
        guard FileManager.default.fileExists(atPath: path) else { throw .notFound(what: "备份文件 backup", id: path) }
        switch location {
        case .sqlite(let target):
            // Check that the backup is an SQLite database before replacing anything.
            let header = FileManager.default.contents(atPath: path)?.prefix(16)
            guard let header, header.elementsEqual(Array("SQLite format 3\0".utf8)) else {
                throw .invalid("\(path) 不是 SQLite 备份。 \(path) is not an SQLite backup.")
            }
            let temporary = target + ".restoring"
            do {
                try? FileManager.default.removeItem(atPath: temporary)
                try FileManager.default.copyItem(atPath: path, toPath: temporary)
            } catch {
                throw .query("恢复失败 restore failed: \(error.localizedDescription)")
            }
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: target + suffix) }
            // rename(2) replaces the file in one step: a reader sees the old store or the new one.
            guard rename(temporary, target) == 0 else {
                throw .query("恢复失败 restore failed: rename \(temporary) → \(target): errno \(errno)")
            }
        case .postgres(let url):
            try ExternalTool.run(
                "pg_restore",
                ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname=\(ExternalTool.libpqURL(url))", path],
                package: "postgresql-client")
        }
    }
}

/// Runs PostgreSQL's own tools, which a consistent dump needs.
enum ExternalTool {
    static func run(_ tool: String, _ arguments: [String], package: String) throws(StoreError) {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let path else {
            throw .invalid("需要 \(tool)，请安装 Debian 软件包 \(package)。 \(tool) is needed: install the Debian package \(package).")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .query("\(tool): \(error.localizedDescription)")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw .query("\(tool): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }

    /// libpq reads `sslmode`, not postgres-kit's `tlsmode`.
    static func libpqURL(_ url: String) -> String {
        url.replacingOccurrences(of: "tlsmode=", with: "sslmode=")
    }
}
