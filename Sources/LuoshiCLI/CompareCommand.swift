import ArgumentParser
import Foundation
import PlanStore
import ReportExtraction
import ReportFiles

/// `luoshi compare --indicator 地区生产总值 FILES|DIRS…|--db`: an indicator's targets against
/// its actuals, per place and year.
struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "跨地区、跨年度比较一项指标的目标与实际。 Compare an indicator's targets and actuals across places and years.",
        discussion: """
            Reads every report given (files or folders, on all cores) or every report in the store \
            (--db), takes the indicator's target from each report's plan for its year and the actual \
            from the next year's review, and prints them side by side with the outcome. Indicator \
            names are matched through a synonym list (built in; --indicators FILE reads one kept by \
            the office: 名称,单位,同义词、同义词…).
            """
    )

    @Option(help: "指标名称（或其同义词），如 地区生产总值。 The indicator, by any of its names.")
    var indicator: String

    @Argument(help: "报告文件或目录。 Report files or folders.")
    var files: [String] = []

    @Option(name: .long, help: "从数据库读取全部报告。 Read every report in the store instead.")
    var db: String?

    @Option(name: .long, help: "指标同义词表（CSV）。 The indicator list (CSV: name,unit,synonyms).")
    var indicators: String?

    @Option(name: .long, help: "输出格式：table | csv | jsonl | svg。 Output format.")
    var format: CompareFormat = .table

    @Option(name: [.customShort("j"), .long], help: "同时使用的核数（默认：全部）。 Cores to use at once (default: all).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    enum CompareFormat: String, ExpressibleByArgument, CaseIterable {
        case table, csv, jsonl, svg
    }

    func validate() throws {
        guard files.isEmpty != (db == nil) else {
            throw ValidationError("请给出报告文件或目录，或者 --db（二者选一）。 Give report files or folders, or --db (one of the two).")
        }
        guard jobs > 0 else { throw ValidationError("--jobs 必须大于 0。 --jobs must be positive.") }
    }

    func run() async throws {
        let list = try indicatorList()
        guard let chosen = IndicatorList.find(indicator, in: list) else {
            StandardError.write(
                "luoshi: 指标表中没有“\(indicator)”；可选：\(list.map(\.name).joined(separator: "、"))。 No indicator \(indicator) in the list."
            )
            throw ExitCode(64)
        }
        var figures: [IndicatorFigures] = []
        var failures = 0
        let clock = ContinuousClock()
        let started = clock.now
        if let db {
            let texts: [ReportText]
            do {
                let store = try await PlanStore.open(try StoreLocation.parse(db))
                defer { Task { await store.close() } }
                texts = try await store.latestReportTexts()
            } catch {
                StandardError.write("luoshi: \(error.localizedDescription)")
                throw ExitCode(1)
            }
            await orderedParallelMap(texts, jobs: jobs, window: jobs * 4) { item in
                IndicatorFigures(reading: item.text, indicator: chosen, jurisdiction: item.jurisdiction, planYear: item.planYear)
            } deliver: { _, figure in
                figures.append(figure)
            }
        } else {
            let inputs = ReportFinder.inputs(files, recursive: true)
            await orderedParallelMap(inputs, jobs: jobs, window: jobs * 4) { path -> IndicatorFigures? in
                do throws(ReportFileError) {
                    return IndicatorFigures(reading: try ReportFile.read(path: path).text, indicator: chosen)
                } catch {
                    StandardError.write(ReportInput.message(error))
                    return nil
                }
            } deliver: { _, figure in
                if let figure { figures.append(figure) } else { failures += 1 }
            }
        }
        let comparison = IndicatorComparison(indicator: chosen, figures: figures)
        let elapsed = clock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        StandardError.write(
            String(
                format: "已读 %d 份报告（%d 份出错），用时 %.2f 秒，%d 核。 Read %d reports (%d failed) in %.2f s on %d cores.",
                figures.count + failures, failures, seconds, jobs, figures.count + failures, failures, seconds, jobs))
        var output = StandardOutput()
        output.write(ComparisonTable.render(comparison, format: format))
        output.flush()
        if failures > 0 { throw ExitCode(1) }
    }

    private func indicatorList() throws -> [Indicator] {
        try indicators.map(IndicatorFile.read) ?? IndicatorList.headline
    }
}
