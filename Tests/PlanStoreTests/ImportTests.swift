import Foundation
import Testing

@testable import PlanStore
@testable import ReportExtraction

/// The store's conformance suite: every test runs on every available engine.
@Suite("Importing a report")
struct ImportTests {
    @Test("migrations run once, on first use, and again on reopening change nothing", arguments: TestEngine.available)
    func migrations(_ engine: TestEngine) async throws {
        let test = try await TestStore.make(engine)
        // act
        let first = try await test.store.appliedMigrations()
        let reopened = try await test.reopen()
        let second = try await reopened.appliedMigrations()
        await reopened.close()
        await test.finish()
        // check
        #expect(
            first == [
                "0001_create_plan_tables", "0002_create_allocation_tables", "0003_create_progress_tables",
                "0004_create_access_tables",
                "0005_create_verdict_tables",
                "0006_create_supervision_tables", "0007_add_instructions", "0008_create_circulars", "0009_create_ranking_weights",
                "0010_create_comments", "0011_create_challenge_answers",
            ])
        #expect(second == first)
    }

    @Test("the fixture imports as draft tasks with offsets and numeric targets", arguments: TestEngine.available)
    func importFixture(_ engine: TestEngine) async throws {
        // setup
        let test = try await TestStore.make(engine)
        let text = try Fixture.text
        let report = ReportExtractor.extract(text)
        // act
        let result = try await test.store.importReport(report, sourceText: text)
        let tasks = try await test.store.tasks(jurisdiction: "玉泉区", planYear: 2022)
        await test.finish()
        // check
        #expect(result.outcome == .created)
        #expect(result.version == 1)
        #expect(result.added.count == report.tasks.count)
        #expect(tasks.count == report.tasks.count)
        #expect(tasks.allSatisfy { $0.state == .active && $0.origin == .extracted && $0.rowVersion == 1 })
        #expect(tasks.allSatisfy { $0.deadline == ($0.horizon == "term" ? "2026-12-31" : "2022-12-31") })
        #expect(tasks.contains { $0.horizon == "term" })
        let scalars = Array(report.normalizedText.unicodeScalars)
        for task in tasks {
            #expect(String(String.UnicodeScalarView(scalars[task.startOffset..<task.endOffset])) == task.text)
        }
        let transferStations = try #require(tasks.first { $0.text == "新建垃圾转运站4座" })
        #expect(transferStations.targetValue == 4)
        #expect(transferStations.targetUnit == "座")
        #expect(transferStations.targetComparator == .eq)
        #expect(transferStations.vague == false)
        let training = try #require(tasks.first { $0.text.contains("职业技能培训2200人以上") })
        #expect(training.targetValue == 2200)
        #expect(training.targetComparator == .gte)
    }

    @Test("importing the same text again changes nothing and says so", arguments: TestEngine.available)
    func reimportIsUnchanged(_ engine: TestEngine) async throws {
        let test = try await TestStore.make(engine)
        let text = try Fixture.text
        let report = ReportExtractor.extract(text)
        let first = try await test.store.importReport(report, sourceText: text)
        // act
        let second = try await test.store.importReport(report, sourceText: text)
        let tasks = try await test.store.tasks(jurisdiction: "玉泉区")
        let reports = try await test.store.reports(jurisdiction: "玉泉区")
        await test.finish()
        // check
        #expect(second.outcome == .unchanged)
        #expect(second.reportID == first.reportID)
        #expect(tasks.count == report.tasks.count)
        #expect(reports.count == 1)
    }

    @Test("a corrected text is a new version: unchanged tasks keep their id, changes are listed", arguments: TestEngine.available)
    func correctedVersion(_ engine: TestEngine) async throws {
        // setup
        let test = try await TestStore.make(engine)
        let original = try Fixture.text
        _ = try await test.store.importReport(ReportExtractor.extract(original), sourceText: original)
        let before = try await test.store.tasks(jurisdiction: "玉泉区")
        let corrected = original.replacingOccurrences(of: "新建垃圾转运站4座", with: "新建垃圾转运站5座")
        // act
        let result = try await test.store.importReport(ReportExtractor.extract(corrected), sourceText: corrected)
        let after = try await test.store.tasks(jurisdiction: "玉泉区")
        let withRemoved = try await test.store.tasks(jurisdiction: "玉泉区", includeRemoved: true)
        let reports = try await test.store.reports(jurisdiction: "玉泉区")
        await test.finish()
        // check
        #expect(result.outcome == .newVersion)
        #expect(result.version == 2)
        #expect(result.added == ["新建垃圾转运站5座"])
        #expect(result.removed == ["新建垃圾转运站4座"])
        #expect(result.kept == before.count - 1)
        #expect(after.count == before.count)
        #expect(withRemoved.count == before.count + 1)
        #expect(reports.map(\.version) == [2, 1])
        let keptBefore = try #require(before.first { $0.text == "启动区疾控中心建设" })
        let keptAfter = try #require(after.first { $0.text == "启动区疾控中心建设" })
        #expect(keptAfter.id == keptBefore.id)
        #expect(keptAfter.reportID == result.reportID)
        #expect(keptAfter.rowVersion == keptBefore.rowVersion + 1)
    }

    @Test("a report that names no jurisdiction is refused and nothing is written", arguments: TestEngine.available)
    func missingJurisdiction(_ engine: TestEngine) async throws {
        let test = try await TestStore.make(engine)
        let text = "三、2022年工作安排\n（一）测试\n新建公园3处。\n"
        // act
        await #expect(throws: StoreError.missingJurisdiction) {
            try await test.store.importReport(ReportExtractor.extract(text), sourceText: text)
        }
        let named = try await test.store.importReport(
            ReportExtractor.extract(text), sourceText: text, jurisdiction: "白水区", planYear: 2022)
        let tasks = try await test.store.tasks(jurisdiction: "白水区")
        await test.finish()
        // check
        #expect(named.outcome == .created)
        #expect(tasks.map(\.text) == ["新建公园3处"])
    }

    @Test("a failure in the middle of an import rolls all of it back", arguments: TestEngine.available)
    func failedImportRollsBack(_ engine: TestEngine) async throws {
        let test = try await TestStore.make(engine)
        var report = ReportExtractor.extract("三、2022年工作安排\n（一）测试\n新建公园3处。\n")
        // Two sections with one id break the schema's unique constraint after the report row is written.
        report.sections.append(report.sections[1])
        // act
        await #expect(throws: StoreError.self) {
            try await test.store.importReport(report, sourceText: "x", jurisdiction: "白水区", planYear: 2022)
        }
        let reports = try await test.store.reports(jurisdiction: "白水区")
        let tasks = try await test.store.tasks(jurisdiction: "白水区")
        await test.finish()
        // check
        #expect(reports.isEmpty)
        #expect(tasks.isEmpty)
    }

    @Test("what is imported is still there when the store is opened again", arguments: TestEngine.available)
    func survivesReopening(_ engine: TestEngine) async throws {
        let test = try await TestStore.make(engine)
        let text = try Fixture.text
        _ = try await test.store.importReport(ReportExtractor.extract(text), sourceText: text)
        await test.store.close()
        // act
        let reopened = try await test.reopen()
        let tasks = try await reopened.tasks(jurisdiction: "玉泉区")
        await reopened.close()
        await test.finish()
        // check
        #expect(tasks.count == ReportExtractor.extract(text).tasks.count)
    }
}
