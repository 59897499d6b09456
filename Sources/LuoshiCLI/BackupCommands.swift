import ArgumentParser
import Foundation
import PlanStore

/// `luoshi backup --output FILE`.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "备份数据库（使用中也可）。 Back up the store, also while it is in use.",
        discussion: "SQLite: a consistent copy (VACUUM INTO). PostgreSQL: pg_dump in its custom format (needs postgresql-client)."
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "备份文件（不会覆盖已有文件）。 The backup file (an existing file is never overwritten).")
    var output: String

    func run() async throws {
        try await store.run { try await $0.backup(to: output) }
        print("已备份到 \(output)。 Backed up to \(output).")
    }
}

/// `luoshi restore FILE`.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "从备份恢复数据库，替换现有内容。 Restore the store from a backup, replacing what it holds.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "备份文件。 The backup file.")
    var file: String

    func run() async throws {
        do {
            try await PlanStore.restore(try store.location, from: file)
            // Opening it applies any migrations the backup predates.
            let reopened = try await store.open()
            await reopened.close()
        } catch let error as StoreError {
            StandardError.write("luoshi: \(error.localizedDescription)")
            throw ExitCode(1)
        }
        print("已从 \(file) 恢复。 Restored from \(file).")
    }
}
