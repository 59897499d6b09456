import ArgumentParser
import Foundation
import PlanStore
import ReportExtraction

/// `luoshi verdict PLAN REVIEW`: what the next report says became of each commitment of a plan.
struct VerdictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verdict",
        abstract: "用下一年报告的工作回顾评判计划的每项承诺。 Judge each commitment of a plan by the next year's review.",
        discussion: """
            PLAN is the report of year N, REVIEW the report of year N+1 of the same place (text, \
            HTML, PDF or DOCX). Every target figure and every concrete task of PLAN's plan for the \
            year gets a verdict: reached, exceeded, short (a figure for the same subject, against \
            the target), done, progress (no figure: the review says the work was done or is under \
            way) or silent (the review does not mention it), with the review's words quoted. \
            Offsets are in each report's normalized text (`luoshi extract --format text`).

            Exit codes: 0 judged; 1 a file could not be read; 64 the command line is wrong.
            """
    )

    @Argument(help: "计划年度的报告。 The report whose plan is judged (year N).")
    var plan: String

    @Argument(help: "下一年的报告，其工作回顾用来评判。 The next year's report, whose review judges it (year N+1).")
    var review: String

    @Option(
        name: .long,
        help: "输出格式：table | jsonl | csv（默认：终端上为 table，否则为 jsonl）。 Output format (default: table on a terminal, jsonl otherwise).")
    var format: VerdictFormat?

    enum VerdictFormat: String, ExpressibleByArgument, CaseIterable {
        case table, jsonl, csv
    }

    func run() throws {
        let planText = try ReportInput.text(plan)
        let reviewText = try ReportInput.text(review)
        let pair = VerdictReader.judge(plan: planText, review: reviewText)
        for warning in pair.warnings { StandardError.write("luoshi: " + warning) }
        var output = StandardOutput()
        switch format ?? (isatty(STDOUT_FILENO) != 0 ? .table : .jsonl) {
        case .jsonl:
            var writer = JSONWriter()
            pair.writeJSONLines(plan: plan, review: review, into: &writer)
            output.write(bytes: writer.bytes)
        case .csv:
            output.write("\u{FEFF}" + CSVDocument.row(VerdictTable.header))
            for row in VerdictTable.rows(pair) { output.write(CSVDocument.row(row)) }
        case .table:
            output.write(VerdictTable.render(pair))
        }
        output.flush()
    }
}

/// Verdicts as rows: for the terminal and for Excel.
enum VerdictTable {
    static let header = [
        "类别 kind", "章节 section", "承诺 commitment", "结果 outcome", "实际 actual", "单位 unit", "依据 evidence",
        "planStart", "planEnd", "reviewStart", "reviewEnd",
    ]

    static func rows(_ pair: PairVerdicts) -> [[String]] {
        pair.verdicts.map { verdict in
            [
                verdict.target.kind == .quantity ? "指标" : "任务", verdict.target.section ?? "",
                verdict.target.span.quote, verdict.outcome.label + " " + verdict.outcome.rawValue,
                verdict.actual.map { JSONObject.number($0.value) } ?? "", verdict.actual?.unit ?? "",
                verdict.evidence?.quote ?? "", String(verdict.target.span.start), String(verdict.target.span.end),
                verdict.evidence.map { String($0.start) } ?? "", verdict.evidence.map { String($0.end) } ?? "",
            ]
        }
    }

    static func render(_ pair: PairVerdicts) -> String {
        let place = pair.plan.meta.jurisdiction ?? "—"
        let years = "\(pair.plan.meta.planYear.map(String.init) ?? "?") → \(pair.reviewMeta.planYear.map(String.init) ?? "?")"
        var out = "\(place) \(years)：\(pair.verdicts.count) 项承诺 commitments\n"
        out +=
            VerdictOutcome.allCases.map { "\($0.label) \($0.rawValue) \(pair.counts[$0] ?? 0)" }.joined(separator: " · ") + "\n\n"
        out += TableRenderer.table(
            ["#", "类别", "承诺 commitment", "结果 outcome", "实际 actual", "依据 evidence"],
            pair.verdicts.enumerated().map { index, verdict in
                [
                    String(index + 1), verdict.target.kind == .quantity ? "指标" : "任务",
                    TableRenderer.clip(verdict.target.span.quote, 34), verdict.outcome.label,
                    verdict.actual.map { JSONObject.number($0.value) + $0.unit } ?? "",
                    TableRenderer.clip(verdict.evidence?.quote ?? "", 34),
                ]
            }, rightAligned: [0])
        return out
    }
}
