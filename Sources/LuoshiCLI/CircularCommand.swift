import ArgumentParser
import Documents
import Foundation
import PlanStore

/// `luoshi circular`: a month's supervision circular (督查通报) as DOCX or a print-ready HTML
/// page; the draft as the plan stands, or the published issue as it was issued.
struct CircularCommand: AsyncParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case docx, html
    }

    static let configuration = CommandConfiguration(
        commandName: "circular",
        abstract: "生成某月的督查通报（DOCX 或可打印的 HTML），可直接发布。 Write a month's supervision circular (DOCX or HTML); publish it.",
        discussion: """
            Without --publish the circular is a draft built from the plan as it stands (marked 草稿); a month already
            published is written as it was issued. --publish gives it the year's next number and keeps it; --summary
            replaces the opening paragraph.
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "行政区名称。 The jurisdiction.")
    var jurisdiction: String

    @Option(help: "通报的年份。 The year of the month reported on.")
    var year: Int

    @Option(help: "通报的月份（1–12）。 The month reported on (1–12).")
    var month: Int

    @Option(help: "计划年度（默认同 --year）。 The plan year (default: --year).")
    var planYear: Int?

    @Option(help: "docx 或 html。 docx or html.")
    var format: Format = .docx

    @Option(help: "输出文件（默认 督查通报-行政区-年-月.docx）。 The file to write (default: 督查通报-<jurisdiction>-<year>-<month>.<format>).")
    var output: String?

    @Option(help: "替换开头的概述段落。 The opening paragraph, in place of the drafted one.")
    var summary: String?

    @Flag(help: "编号并发布（每月一期）。 Number and publish it (one per month).")
    var publish = false

    @Option(help: "按哪一天计算（默认今天）。 The day to draft on (default: today).")
    var date: String?

    func validate() throws {
        guard (1...12).contains(month) else { throw ValidationError("--month 应为 1–12。 --month is 1–12.") }
        if let date, ISODate(date) == nil {
            throw ValidationError("「\(date)」不是有效日期（应为 2022-06-30）。 \(date) is not a date (write 2022-06-30).")
        }
        if let summary, summary.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--summary 不能为空。 --summary is empty.")
        }
    }

    func run() async throws {
        let today = date.flatMap(ISODate.init) ?? .today
        let (jurisdiction, year, month, planYear, summary, publish) = (jurisdiction, year, month, planYear, summary, publish)
        let (circular, note) = try await store.run { store -> (Circular, String) in
            if let issued = try await store.circular(jurisdiction: jurisdiction, year: year, month: month) {
                if publish {
                    throw StoreError.duplicate(
                        "\(year)年\(month)月的督查通报已经发布（\(issued.circular.numberLine)）。 The circular of \(year)-\(month) is published already."
                    )
                }
                return (
                    issued.circular,
                    "已发布的\(issued.circular.numberLine)，按发布时的内容输出。 Published as issue \(issued.circular.number ?? 0); written as issued."
                )
            }
            var draft = try await store.draftCircular(
                jurisdiction: jurisdiction, year: year, month: month, planYear: planYear, today: today)
            if publish {
                let published = try await store.publishCircular(draft, summary: summary, actor: "luoshi circular", today: today)
                return (
                    published.circular,
                    "已发布\(published.circular.numberLine)。 Published as issue \(published.circular.number ?? 0)."
                )
            }
            if let summary { draft.summary = summary }
            return (draft, "草稿，未发布（发布请加 --publish）。 A draft, not published (add --publish).")
        }
        let path = output ?? "督查通报-\(jurisdiction)-\(year)-\(String(format: "%02d", month)).\(format.rawValue)"
        do {
            let data = format == .docx ? try CircularDocument.docx(circular) : Data(CircularPrintView.html(circular).utf8)
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            StandardError.write("luoshi: 无法写入 \(path)：\(error.localizedDescription) Cannot write \(path).")
            throw ExitCode(1)
        }
        let figures = circular.figures
        print(
            "已写入 \(path)：\(note) 任务 \(figures.tasks) 项，严重滞后或逾期 \(figures.red) 项，预警 \(figures.yellow) 项。 Wrote \(path): \(figures.tasks) tasks, \(figures.red) red, \(figures.yellow) yellow."
        )
    }
}
