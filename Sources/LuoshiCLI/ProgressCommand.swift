import ArgumentParser
import Foundation
import PlanStore
import ReportExtraction
import ReportFiles

extension BehindReason: ExpressibleByArgument {}

/// `luoshi progress …`: departments report, the office reviews.
struct ProgressCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "填报和审核进展。 File and review progress reports.",
        subcommands: [File.self, Review.self, List.self]
    )

    /// `luoshi progress file TASK`.
    struct File: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "file",
            abstract: "填报一项任务的进展。 File a progress report on a task.",
            discussion: "Give --value (in the target's unit) for a task with a numeric target, else --percent.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "任务编号。 The task id.")
        var task: Int

        @Option(help: "填报单位（须为该任务的牵头或责任单位）。 The reporting department (assigned to the task).")
        var department: String

        // Optional, not today's date as a default: help would print a date that changes daily.
        @Option(help: "进展日期，如 2022-06-30（默认今天）。 The date of the report (default: today).")
        var date: String?

        @Option(help: "进展说明。 What was done.")
        var narrative: String

        @Option(help: "累计完成数值（目标单位）。 The value reached so far, in the target's unit.")
        var value: Double?

        @Option(help: "数值的单位；须与目标一致。 The value's unit; must be the target's.")
        var unit: String?

        @Option(help: "完成百分比（0–100）。 Percent done (0–100).")
        var percent: Double?

        @Option(help: "证明材料文件（pdf、jpg、png、docx、xlsx、txt，≤20 MB）。 An evidence file.")
        var evidence: String?

        @Flag(help: "申请验收完成。 Request acceptance as done.")
        var complete = false

        @Option(help: "滞后原因：funding|approvals|land|contractor|weather|policy|other。 Why the task is behind.")
        var behindReason: BehindReason?

        @Option(help: "填报人。 Who files it.")
        var actor: String = ProcessInfo.processInfo.environment["USER"] ?? "命令行"

        func run() async throws {
            var file: Evidence?
            if let evidence {
                let data = try ReportInput.read { () throws(ReportFileError) in
                    try InputFile.bytes(path: evidence, sizeLimit: Evidence.sizeLimit)
                }
                file = Evidence(name: (evidence as NSString).lastPathComponent, bytes: [UInt8](data))
            }
            let input = ProgressInput(
                taskID: task, department: department, reportedOn: date ?? ISODate.today.text, narrative: narrative, value: value,
                unit: unit,
                percent: percent, evidence: file, completionRequested: complete, behindReason: behindReason, actor: actor)
            let report = try await store.run { try await $0.fileProgress(input) }
            print("已填报进展 \(report.id)，待审核。 Filed progress report \(report.id), pending review.")
        }
    }

    /// `luoshi progress review REPORT --accept|--return`.
    struct Review: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review", abstract: "审核进展报告。 Accept or return a progress report.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "进展报告编号。 The progress report id.")
        var report: Int

        @Flag(name: .customLong("accept"), help: "通过。 Accept it.")
        var accept = false

        @Flag(name: .customLong("return"), help: "退回。 Return it.")
        var returnIt = false

        @Option(help: "审核意见（退回时必填）。 A comment (required to return).")
        var comment: String?

        @Option(help: "审核人。 Who reviews.")
        var actor: String = ProcessInfo.processInfo.environment["USER"] ?? "命令行"

        func validate() throws {
            guard accept != returnIt else {
                throw ValidationError("请给出 --accept 或 --return 之一。 Give one of --accept and --return.")
            }
        }

        func run() async throws {
            let reviewed = try await store.run {
                try await $0.review(reportID: report, accept: accept, comment: comment, actor: actor)
            }
            print(reviewed.reviewState == .accepted ? "已通过。 Accepted." : "已退回。 Returned.")
        }
    }

    /// `luoshi progress list TASK`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "列出一项任务的进展。 List a task's progress reports.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "任务编号。 The task id.")
        var task: Int

        @Option(help: "输出格式：table | json | jsonl | csv。 Output format.")
        var format: ListingFormat?

        func run() async throws {
            let reports = try await store.run { try await $0.progressReports(taskID: task) }
            let rows = reports.map { report -> [String] in
                [
                    String(report.id), report.reportedOn, report.value.map { JSONObject.number($0) } ?? "",
                    report.percent.map { JSONObject.number($0) } ?? "", report.completionRequested ? "true" : "false",
                    report.behindReason?.rawValue ?? "", report.reviewState.rawValue, report.narrative,
                ]
            }
            var output = StandardOutput()
            output.write(
                Listing.render(
                    header: [
                        "id", "reported_on", "value", "percent", "completion_requested", "behind_reason", "review", "narrative",
                    ],
                    tableHeader: ["#", "日期", "数值", "百分比", "申请验收", "滞后原因", "审核", "说明"], rows: rows,
                    format: format ?? .defaultForOutput, numericColumns: [0]))
            output.flush()
        }
    }
}

/// `luoshi status`: the traffic light of every task, as of a date.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "任务状态（红黄绿灯），可指定日期。 The status (traffic light) of every task, as of a date.")

    @OptionGroup var store: StoreOptions

    @Option(help: "行政区名称（可重复，合看多个行政区）。 The jurisdiction (repeat it to see several together).")
    var jurisdiction: [String]

    @Option(help: "计划年度。 The plan year.")
    var year: Int

    @Option(help: "截至日期（默认今天），如 2022-06-30。 As of this date (default: today).")
    var asOf: String?

    /// The date asked for, else today.
    private var day: ISODate { asOf.flatMap(ISODate.init) ?? .today }

    @Option(help: "只看该单位牵头或参与的任务。 Only this department's tasks.")
    var department: String?

    @Option(help: "输出格式：table | json | jsonl | csv。 Output format.")
    var format: ListingFormat?

    func validate() throws {
        guard asOf.map({ ISODate($0) != nil }) ?? true else {
            throw ValidationError("--as-of 应为日期，如 2022-06-30。 --as-of takes a date such as 2022-06-30.")
        }
        guard !jurisdiction.isEmpty else { throw ValidationError("请给出 --jurisdiction。 Give --jurisdiction.") }
    }

    func run() async throws {
        let statuses = try await store.run {
            try await $0.status(jurisdictions: jurisdiction, planYear: year, asOf: day, department: department)
        }
        let rows = statuses.map { status -> [String] in
            [
                String(status.taskID), status.section ?? "", status.light.rawValue, status.state.rawValue,
                JSONObject.number(status.expected), status.actual.map { JSONObject.number($0) } ?? "", status.lead ?? "",
                status.deadline, status.explanation, status.text,
            ]
        }
        var output = StandardOutput()
        let chosen = format ?? .defaultForOutput
        if chosen == .table {
            let counts = Dictionary(grouping: statuses, by: \.light).mapValues(\.count)
            output.write(
                "截至 \(day.text)：\(TaskStatus.Light.red.symbol) \(counts[.red] ?? 0)  \(TaskStatus.Light.yellow.symbol) \(counts[.yellow] ?? 0)  \(TaskStatus.Light.green.symbol) \(counts[.green] ?? 0)\n"
            )
            output.write(
                TableRenderer.table(
                    ["#", "章节", "灯", "状态", "应完成", "已完成", "牵头单位", "时限", "任务"],
                    statuses.map { status in
                        [
                            String(status.taskID), status.section ?? "", status.light.symbol, status.state.chinese,
                            TableRenderer.percent(status.expected), status.actual.map(TableRenderer.percent) ?? "—",
                            TableRenderer.clip(status.lead ?? "—", 20), status.deadline, TableRenderer.clip(status.text, 40),
                        ]
                    }, rightAligned: [0, 4, 5]))
        } else {
            output.write(
                Listing.render(
                    header: [
                        "task_id", "section", "light", "state", "expected", "actual", "lead", "deadline", "explanation", "text",
                    ],
                    tableHeader: [], rows: rows, format: chosen, numericColumns: [0]))
        }
        output.flush()
    }
}

/// `luoshi reasons`: why tasks are behind, counted by plan year.
struct ReasonsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reasons",
        abstract: "统计任务滞后原因（按年度）。 Count why tasks are behind, by plan year.")

    @OptionGroup var store: StoreOptions

    @Option(help: "行政区名称。 The jurisdiction.")
    var jurisdiction: String

    @Option(help: "输出格式：table | json | jsonl | csv。 Output format.")
    var format: ListingFormat?

    func run() async throws {
        let counts = try await store.run { try await $0.behindReasons(jurisdiction: jurisdiction) }
        let rows = counts.map { [String($0.planYear), $0.reason.rawValue, $0.reason.chinese, String($0.tasks)] }
        var output = StandardOutput()
        output.write(
            Listing.render(
                header: ["plan_year", "reason", "reason_zh", "tasks"], tableHeader: ["年度", "原因", "原因（中文）", "任务数"],
                rows: rows, format: format ?? .defaultForOutput, numericColumns: [0, 3]))
        output.flush()
    }
}
