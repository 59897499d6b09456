import Foundation
import Testing

@testable import PlanStore
@testable import ReportExtraction

@Suite("Departments")
struct DepartmentTests {
    static let directoryPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/DemoData/yuquan-departments.csv").path
    static let leadsPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/yuquan-2022-leads.csv").path

    static func directory() throws -> [DepartmentEntry] {
        try DepartmentDirectory.entries(try String(contentsOfFile: directoryPath, encoding: .utf8))
    }

    @Test("a directory imports; importing it again changes nothing; parents are linked", arguments: TestEngine.available)
    func importDirectory(_ engine: TestEngine) async throws {
        let test = try await TestStore.make(engine)
        let entries = try Self.directory()
        // act
        let first = try await test.store.importDepartments(entries, jurisdiction: "玉泉区", actor: "督查室")
        let second = try await test.store.importDepartments(entries, jurisdiction: "玉泉区", actor: "督查室")
        let departments = try await test.store.departments(jurisdiction: "玉泉区")
        await test.finish()
        // check
        #expect(first.created.count == entries.count)
        #expect(second.created.isEmpty && second.updated.isEmpty && second.unchanged == entries.count)
        let office = try #require(departments.first { $0.name == "玉泉区疫情防控工作指挥部办公室" })
        let health = try #require(departments.first { $0.name == "玉泉区卫生健康委员会" })
        #expect(office.parentID == health.id)
        #expect(health.keywordList.contains("疾控"))
    }

    @Test("a directory with missing columns is refused with the columns named")
    func missingColumns() {
        #expect(throws: DepartmentDirectory.Problem.missingColumns(["上级/parent", "关键词/keywords"])) {
            try DepartmentDirectory.entries("名称,简称\n区教育局,教育局\n")
        }
        #expect(throws: DepartmentDirectory.Problem.duplicateName("区教育局", line: 3)) {
            try DepartmentDirectory.entries("名称,简称,上级,关键词\n区教育局,,,\n区教育局,,,\n")
        }
    }

    @Test("an unknown parent refuses the whole file and changes nothing", arguments: TestEngine.available)
    func unknownParent(_ engine: TestEngine) async throws {
        let test = try await TestStore.make(engine)
        let entries = [
            DepartmentEntry(name: "区教育局", keywords: ["教育"]),
            DepartmentEntry(name: "区教研室", parent: "区教育委员会"),
        ]
        // act
        await #expect(throws: StoreError.unknownDepartment("区教育委员会")) {
            try await test.store.importDepartments(entries, jurisdiction: "玉泉区", actor: "督查室")
        }
        let departments = try await test.store.departments(jurisdiction: "玉泉区")
        await test.finish()
        // check
        #expect(departments.isEmpty)
    }

    @Test("a rename is audited; a rename from a stale version is a conflict", arguments: TestEngine.available)
    func renameAndConflict(_ engine: TestEngine) async throws {
        let test = try await TestStore.make(engine)
        let created = try await test.store.createDepartment(
            DepartmentEntry(name: "区教育局", keywords: ["教育"]), jurisdiction: "玉泉区", actor: "督查室")
        // act: two people read version 1; the first renames, the second tries to.
        let renamed = try await test.store.renameDepartment(
            "区教育局", to: "玉泉区教育局", jurisdiction: "玉泉区", actor: "张三", expectedVersion: created.rowVersion)
        await #expect(throws: StoreError.conflict(what: "单位 department", id: "玉泉区教育局", expected: 1, found: 2)) {
            try await test.store.renameDepartment(
                "玉泉区教育局", to: "玉泉区教育和体育局", jurisdiction: "玉泉区", actor: "李四", expectedVersion: created.rowVersion)
        }
        let log = try await test.store.auditLog(jurisdiction: "玉泉区", entity: "department", id: created.id)
        let departments = try await test.store.departments(jurisdiction: "玉泉区")
        await test.finish()
        // check
        #expect(renamed.rowVersion == 2)
        #expect(departments.map(\.name) == ["玉泉区教育局"])
        #expect(log.map(\.action) == ["create", "rename"])
        #expect(log[1].actor == "张三")
        #expect(log[1].beforeJSON?.contains("\"name\":\"区教育局\"") == true)
        #expect(log[1].afterJSON?.contains("\"name\":\"玉泉区教育局\"") == true)
    }

    /// The suggestion's accuracy on a hand-made assignment of the fixture's 67 required tasks
    /// to lead departments (`Fixtures/yuquan-2022-leads.csv`), with the example directory's keywords.
    @Test("the lead suggestion is right for most of the fixture's tasks")
    func suggestionAccuracy() throws {
        let suggester = LeadSuggester(entries: try Self.directory())
        let leads = CSVTable(parsing: try String(contentsOfFile: Self.leadsPath, encoding: .utf8)).rows
        let tasks = Set(ReportExtractor.extract(try Fixture.text).tasks.map(\.text))
        // Every hand-assigned task is one the extractor finds.
        #expect(leads.allSatisfy { tasks.contains($0[0]) })
        let right = leads.filter { suggester.suggest(for: $0[0])?.department == $0[1] }.count
        let accuracy = Double(right) / Double(leads.count)
        print("lead suggestion accuracy: \(right)/\(leads.count) = \(String(format: "%.3f", accuracy))")
        #expect(accuracy >= 0.85)
    }
}
