import ArgumentParser
import Documents
import Foundation
import PlanStore

/// `luoshi export`: the allocation table (分工方案) as XLSX or CSV.
struct ExportCommand: AsyncParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case xlsx, csv
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "导出分工方案（序号、工作任务、牵头单位、责任单位、完成时限、目标值、当前进展、状态）。 Export the allocation table.",
        discussion:
            "XLSX is a real workbook with a frozen header row; CSV is UTF-8 with a byte-order mark, so Excel and WPS open it right."
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "行政区名称。 The jurisdiction.")
    var jurisdiction: String

    @Option(help: "计划年度。 The plan year.")
    var year: Int

    @Option(help: "xlsx 或 csv。 xlsx or csv.")
    var format: Format = .xlsx

    @Option(help: "输出文件。 The file to write.")
    var output: String

    @Option(help: "进展和状态的截至日期（默认今天）。 Progress and status as of this date (default: today).")
    var asOf: String?

    /// The date asked for, else today (not a default value: help would print a date that changes daily).
    private var day: ISODate { asOf.flatMap(ISODate.init) ?? .today }

    func validate() throws {
        guard asOf.map({ ISODate($0) != nil }) ?? true else {
            throw ValidationError("--as-of 应为日期，如 2022-06-30。 --as-of takes a date.")
        }
    }

    func run() async throws {
        let url = URL(fileURLWithPath: output)
        let table = try await store.run { store in
            let table = try await store.allocationTable(jurisdiction: jurisdiction, planYear: year, asOf: day)
            if format == .xlsx { try table.writeXLSX(to: url) }
            return table
        }
        if format == .csv {
            do {
                try Data(table.csv().utf8).write(to: url)
            } catch {
                StandardError.write("luoshi: 无法写入 \(output)：\(error.localizedDescription) Cannot write \(output).")
                throw ExitCode(1)
            }
        }
        print("已导出 \(table.rows.count) 项任务到 \(output)。 Exported \(table.rows.count) tasks to \(output).")
    }
}
