import ArgumentParser
import Foundation
import PlanStore
import ReportExtraction

/// `luoshi fulfilment`: the verdicts kept with a plan (年度兑现) — list, decide, carry over.
struct FulfilmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fulfilment",
        abstract: "年度兑现：下一年报告对计划每项承诺的评判。 The verdicts on a plan's commitments, from the next year's report.",
        discussion: """
            Verdicts are computed when the report of the year after a plan is imported (`luoshi \
            import`), in either order. `list` shows them beside each task's status at the end of \
            the plan year; `decide` confirms or overrides one; `carry` carries an unfinished task \
            into the next year's plan or drops the proposal.
            """,
        subcommands: [List.self, Decide.self, Carry.self]
    )

    /// `luoshi fulfilment list --jurisdiction J --year Y`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "列出一个计划年度的评判。 List a plan year's verdicts.")

        @OptionGroup var store: StoreOptions

        @Option(help: "行政区名称。 The jurisdiction.")
        var jurisdiction: String

        @Option(help: "计划年度（由下一年的报告评判）。 The plan year (judged by the next year's report).")
        var year: Int

        @Option(help: "输出格式：table | json | jsonl | csv。 Output format.")
        var format: ListingFormat?

        func run() async throws {
            let book = try await store.run { try await $0.verdictBook(jurisdiction: jurisdiction, planYear: year) }
            guard !book.entries.isEmpty else {
                StandardError.write(
                    "luoshi: \(jurisdiction) \(year) 年的计划还没有评判：请导入 \(year + 1) 年的报告。 No verdicts for \(jurisdiction) \(year) yet: import the report of \(year + 1)."
                )
                throw ExitCode(1)
            }
            var output = StandardOutput()
            let chosen = format ?? .defaultForOutput
            if chosen == .table {
                output.write("\(jurisdiction) \(year) 年计划兑现（\(year + 1) 年报告评判）：")
                output.write(VerdictOutcome.allCases.map { "\($0.label) \(book.counts[$0] ?? 0)" }.joined(separator: " · "))
                output.write("；不一致 discrepancies \(book.entries.filter { $0.discrepancy != nil }.count)\n")
                output.write(
                    TableRenderer.table(
                        ["#", "类别", "承诺", "结果", "实际", "台账(年底)", "不一致", "结转", "依据"],
                        book.entries.map { entry in
                            let verdict = entry.verdict
                            return [
                                String(verdict.id), verdict.kindLabel, TableRenderer.clip(verdict.targetQuote, 28),
                                verdict.effectiveOutcome.label + (verdict.decision == .proposed ? "" : "✓"),
                                verdict.actualFigure ?? "",
                                entry.trackedState?.chinese ?? "—", entry.discrepancy == nil ? "" : "⚠",
                                entry.carryOver?.chinese ?? "", TableRenderer.clip(verdict.evidenceQuote ?? "", 28),
                            ]
                        }, rightAligned: [0]))
            } else {
                output.write(
                    Listing.render(
                        header: [
                            "id", "version", "kind", "task_id", "section", "commitment", "outcome", "computed_outcome",
                            "decision",
                            "reason", "actual", "actual_unit", "evidence", "lead", "tracked_state", "discrepancy", "carry_over",
                        ],
                        tableHeader: [],
                        rows: book.entries.map { entry in
                            let verdict = entry.verdict
                            return [
                                String(verdict.id), String(verdict.rowVersion), verdict.targetKind.rawValue,
                                verdict.taskID.map(String.init) ?? "",
                                verdict.sectionPath ?? "", verdict.targetQuote, verdict.effectiveOutcome.rawValue,
                                verdict.outcome.rawValue,
                                verdict.decision.rawValue, verdict.reason ?? "",
                                verdict.actualValue.map { JSONObject.number($0) } ?? "",
                                verdict.actualUnit ?? "", verdict.evidenceQuote ?? "", entry.lead ?? "",
                                entry.trackedState?.rawValue ?? "",
                                entry.discrepancy?.rawValue ?? "", entry.carryOver?.rawValue ?? "",
                            ]
                        },
                        format: chosen, numericColumns: [0, 1, 3]))
            }
            output.flush()
        }
    }

    /// `luoshi fulfilment decide ID --outcome O [--reason R] --expect-version V`.
    struct Decide: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "decide",
            abstract: "确认或改判一项评判（改判须说明理由）。 Confirm a verdict, or override it with a reason.")

        @OptionGroup var options: ChangeOptions

        @Argument(help: "评判编号。 The verdict id.")
        var id: Int

        @Option(help: "结果：reached | exceeded | short | done | progress | silent。 The outcome.")
        var outcome: VerdictOutcome

        func validate() throws {
            guard options.expectVersion != nil else {
                throw ValidationError("请给出 --expect-version（列表中的 version）。 Give --expect-version (the version in the list).")
            }
        }

        func run() async throws {
            let verdict = try await options.store.run {
                try await $0.decideVerdict(
                    id, outcome: outcome, reason: options.reason, actor: options.actor,
                    expectedVersion: options.expectVersion ?? 0)
            }
            print(
                "评判 #\(verdict.id)：\(verdict.effectiveOutcome.label)（\(verdict.decision.chinese)，版本 \(verdict.rowVersion)） verdict #\(verdict.id): \(verdict.effectiveOutcome.rawValue), \(verdict.decision.rawValue)"
            )
        }
    }

    /// `luoshi fulfilment carry ID --accept|--drop`.
    struct Carry: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "carry",
            abstract: "把未完成的任务结转到下一年度计划，或不结转。 Carry an unfinished task into the next year's plan, or not.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "评判编号。 The verdict id.")
        var id: Int

        @Flag(help: "结转（默认）或不结转。 Carry it over (the default), or drop the proposal.")
        var decision: CarryDecision = .accept

        @Option(help: "理由。 Why.")
        var reason: String?

        @Option(help: "操作人（记入审计日志）。 Who decides (for the audit log).")
        var actor: String = ProcessInfo.processInfo.environment["USER"] ?? "命令行"

        enum CarryDecision: String, EnumerableFlag {
            case accept, drop
        }

        func run() async throws {
            let state = try await store.run {
                try await $0.decideCarryOver(verdictID: id, accept: decision == .accept, reason: reason, actor: actor)
            }
            print("评判 #\(id)：\(state.chinese) verdict #\(id): \(state.rawValue)")
        }
    }
}

extension VerdictOutcome: ExpressibleByArgument {}
