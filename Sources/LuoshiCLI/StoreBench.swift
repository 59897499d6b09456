import ArgumentParser
import Foundation
import Logging
import PlanStore
import ReportExtraction

/// `luoshi bench-store`: import, progress and status speed on SQLite or PostgreSQL.
struct StoreBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-store",
        abstract: "测量数据库速度：导入、进展写入、状态查询。 Measure the store: import rate, progress insert rate, status query time.",
        discussion: """
            Imports the report N times as different jurisdictions, assigns the tasks of the first \
            K jurisdictions, files progress reports on them in batches, and times the status of \
            those K jurisdictions' tasks as of today and as of a past date (median of 5 each). Without --db it uses a new SQLite file in \
            a temporary directory and deletes it after. Build with -c release for real figures.
            """
    )

    @Option(help: "数据库（默认：临时 SQLite 文件）。 The store (default: a temporary SQLite file).")
    var db: String?

    @Argument(help: "报告文件（默认：程序自带的演示报告）。 The report to import (default: the built-in demo report).")
    var file: String?

    @Option(help: "导入次数（不同行政区）。 How many jurisdictions to import the report as.")
    var jurisdictions: Int = 1000

    @Option(help: "进展报告数。 How many progress reports to file.")
    var progress: Int = 100_000

    @Option(help: "状态查询覆盖的行政区数（约 334 项任务/区）。 Jurisdictions in the status query (about 334 tasks each).")
    var statusJurisdictions: Int = 30

    func validate() throws {
        guard jurisdictions > 0, progress >= 0, statusJurisdictions > 0, statusJurisdictions <= jurisdictions else {
            throw ValidationError(
                "参数应为正数，且 --status-jurisdictions ≤ --jurisdictions。 Counts must be positive, and --status-jurisdictions ≤ --jurisdictions."
            )
        }
    }

    func run() async throws {
        let text = try ReportInput.text(file)
        let temporary =
            db == nil
            ? FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-bench-\(UUID().uuidString)") : nil
        if let temporary { try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true) }
        defer { if let temporary { try? FileManager.default.removeItem(at: temporary) } }
        let location =
            try db.map { try StoreLocation.parse($0) } ?? .sqlite(path: temporary!.appendingPathComponent("bench.sqlite").path)
        var logger = Logger(label: "luoshi.bench")
        logger.logLevel = .error
        let store = try await PlanStore.open(location, logger: logger)
        let report = ReportExtractor.extract(text)
        let year = report.meta.planYear ?? 2022
        let prefix = "基准\(Int(Date().timeIntervalSince1970) % 100_000)-"
        let names = (1...jurisdictions).map { prefix + String(format: "%04d", $0) }
        print("store: \(location)  report: \(report.tasks.count) tasks × \(jurisdictions) jurisdictions")

        // 1. Import.
        let clock = ContinuousClock()
        let importTime = try await clock.measure {
            for name in names { _ = try await store.importReport(report, sourceText: text, jurisdiction: name, planYear: year) }
        }
        let importSeconds = Self.seconds(importTime)
        print(
            String(
                format: "import: %d reports in %.2f s = %.1f reports/s (%.0f tasks/s)", jurisdictions, importSeconds,
                Double(jurisdictions) / importSeconds, Double(jurisdictions * report.tasks.count) / importSeconds))

        // 2. Assign the tasks of the measured jurisdictions to one department each.
        var taskIDs: [Int] = []
        for name in names.prefix(statusJurisdictions) {
            _ = try await store.importDepartments([DepartmentEntry(name: "督办单位")], jurisdiction: name, actor: "bench")
            let tasks = try await store.tasks(jurisdiction: name, planYear: year)
            _ = try await store.assignLeads(tasks.map { ($0.id, "督办单位") }, actor: "bench")
            taskIDs += tasks.map(\.id)
        }
        try await fileProgress(store, taskIDs: taskIDs, year: year)
        try await measureStatus(store, jurisdictions: Array(names.prefix(statusJurisdictions)), year: year)
        await store.close()
    }

    /// 3. Progress reports, 1000 a transaction, spread over the year.
    private func fileProgress(_ store: PlanStore, taskIDs: [Int], year: Int) async throws {
        var inputs: [ProgressInput] = []
        inputs.reserveCapacity(progress)
        for index in 0..<progress {
            let taskID = taskIDs[index % taskIDs.count]
            let round = index / taskIDs.count
            let day = String(format: "%04d-%02d-%02d", year, 1 + (round % 12), 1 + (taskID % 28))
            inputs.append(
                ProgressInput(
                    taskID: taskID, department: "督办单位", reportedOn: day, narrative: "按计划推进",
                    percent: Double(min(100, 8 * (round + 1))), actor: "bench"))
        }
        let progressTime = try await ContinuousClock().measure {
            for start in stride(from: 0, to: inputs.count, by: 1000) {
                _ = try await store.fileProgress(Array(inputs[start..<min(start + 1000, inputs.count)]))
            }
        }
        let progressSeconds = Self.seconds(progressTime)
        if progress > 0 {
            print(
                String(
                    format: "progress: %d reports in %.2f s = %.0f reports/s", progress, progressSeconds,
                    Double(progress) / progressSeconds))
        }
    }

    /// 4. Status of the measured jurisdictions' tasks: as of today (the kept latest reports)
    /// and as of a past date (the reports as they stood then), median of 5 each.
    private func measureStatus(_ store: PlanStore, jurisdictions measured: [String], year: Int) async throws {
        let today = ISODate(String(ISO8601DateFormatter().string(from: Date()).prefix(10)))!
        for (label, date) in [("today", today), ("\(year)-07-01", ISODate("\(year)-07-01")!)] {
            var times: [Double] = []
            var count = 0
            for _ in 0..<5 {
                let time = try await ContinuousClock().measure {
                    count = try await store.status(jurisdictions: measured, planYear: year, asOf: date).count
                }
                times.append(Self.seconds(time))
            }
            times.sort()
            print(
                String(
                    format: "status as of %@: %d tasks (%d jurisdictions) in %.1f ms (median of 5)", label, count,
                    measured.count, times[2] * 1000))
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
