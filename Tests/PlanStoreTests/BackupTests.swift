import Foundation
import Testing

@testable import PlanStore
@testable import ReportExtraction

@Suite("Backup and restore")
struct BackupTests {
    @Test("a backup taken while the store is in use brings the plan back as it was", arguments: TestEngine.available)
    func roundTrip(_ engine: TestEngine) async throws {
        // setup
        let (test, tasks) = try await ProgressTests.assigned(engine)
        let backup = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-backup-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: backup) }
        // A second connection, as another user would hold, stays open during the backup.
        let other = try await test.reopen()
        _ = try await other.tasks(jurisdiction: "白水区")
        // act
        try await test.store.backup(to: backup)
        _ = try await test.store.dropTask(tasks[0].id, change: Change(actor: "督查室"))
        let afterDrop = try await test.store.tasks(jurisdiction: "白水区")
        await other.close()
        await test.store.close()
        try await PlanStore.restore(test.location, from: backup)
        let restored = try await PlanStore.open(test.location, logger: TestStore.logger)
        let tasksBack = try await restored.tasks(jurisdiction: "白水区")
        let allocated = try await restored.allocatedTask(tasks[2].id)
        await restored.close()
        await test.finish()
        // check
        #expect(afterDrop.count == 2)
        #expect(tasksBack.map(\.id) == tasks.map(\.id))
        #expect(allocated.lead == "区住建局")
    }

    @Test("a backup never overwrites a file; a missing or foreign backup is refused", arguments: TestEngine.available)
    func refusals(_ engine: TestEngine) async throws {
        let test = try await TestStore.make(engine)
        let existing = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-existing-\(UUID().uuidString)").path
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: existing))
        defer { try? FileManager.default.removeItem(atPath: existing) }
        await #expect(throws: StoreError.self) { try await test.store.backup(to: existing) }
        await test.store.close()
        await #expect(throws: StoreError.self) { try await PlanStore.restore(test.location, from: "/nonexistent/backup") }
        await test.finish()
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "keep me")
    }
}
