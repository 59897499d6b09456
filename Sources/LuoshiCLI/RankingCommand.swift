import ArgumentParser
import Documents
import Foundation
import PlanStore

/// `luoshi ranking`: the year-end ranking of lead departments (考核) as a table, or the
/// workbook the office files (XLSX, or CSV for other tools).
struct RankingCommand: AsyncParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, xlsx
    }

    static let configuration = CommandConfiguration(
        commandName: "ranking",
        abstract: "各牵头单位考核排名：按时报送、按期完成、红灯天数、批示办理，按权重计分。 Rank the lead departments (考核).",
        discussion:
            "Counted from 1 January of the plan year to --as-of (at most 31 December), with the weights the office set on the rankings page."
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "行政区名称。 The jurisdiction.")
    var jurisdiction: String

    @Option(help: "计划年度。 The plan year.")
    var year: Int

    @Option(help: "截至日期（默认今天）。 As of this date (default: today).")
    var asOf: String?

    @Option(help: "table、csv 或 xlsx。 table, csv or xlsx.")
    var format: Format = .table

    @Option(help: "输出文件（xlsx 必需）。 The file to write (required for xlsx).")
    var output: String?

    func validate() throws {
        if let asOf, ISODate(asOf) == nil { throw ValidationError("--as-of 应为日期，如 2022-06-30。 --as-of takes a date.") }
        if format == .xlsx, output == nil { throw ValidationError("xlsx 需要 --output 文件。 xlsx needs --output.") }
    }

    func run() async throws {
        let day = asOf.flatMap(ISODate.init) ?? .today
        let ranking = try await store.run { try await $0.ranking(jurisdiction: jurisdiction, planYear: year, asOf: day) }
        let table = RankingTable(ranking)
        switch format {
        case .table:
            var output = StandardOutput()
            let weights = ranking.weights
            output.write(
                "截至 \(ranking.asOf)，权重：按时报送 \(weights.onTimeReports)、按期完成 \(weights.doneOnTime)、红灯天数 \(weights.redDays)、批示办理 \(weights.instructions)\n"
            )
            output.write(
                TableRenderer.table(
                    ["名次", "单位", "牵头", "按时报送", "按期完成", "非红灯", "批示", "得分"],
                    ranking.rows.map { row in
                        func score(_ value: Double?) -> String { value.map { AllocationTable.Cell.number($0).text } ?? "—" }
                        return [
                            String(row.rank), TableRenderer.clip(row.department, 24), String(row.leadTasks),
                            score(row.reports.score),
                            score(row.doneOnTime.score), score(row.redScore), score(row.instructions.score), score(row.total),
                        ]
                    }, rightAligned: [0, 2, 3, 4, 5, 6, 7]))
            output.flush()
        case .csv:
            if let output {
                try write(Data(table.csv().utf8), to: output)
            } else {
                var standard = StandardOutput()
                standard.write(table.csv())
                standard.flush()
            }
        case .xlsx:
            let path = output!
            do {
                try table.writeXLSX(to: URL(fileURLWithPath: path))
            } catch {
                StandardError.write("luoshi: \(error.localizedDescription)")
                throw ExitCode(1)
            }
            print(
                "已导出 \(ranking.rows.count) 个单位的考核排名到 \(path)。 Wrote the ranking of \(ranking.rows.count) departments to \(path).")
        }
    }

    private func write(_ data: Data, to path: String) throws {
        do {
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            StandardError.write("luoshi: 无法写入 \(path)：\(error.localizedDescription) Cannot write \(path).")
            throw ExitCode(1)
        }
    }
}
