import ArgumentParser
import Foundation
import PlanStore
import ReportExtraction

/// Options of a command that changes a task.
struct ChangeOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions

    @Option(help: "操作人（记入审计日志）。 Who makes the change (for the audit log).")
    var actor: String = ProcessInfo.processInfo.environment["USER"] ?? "命令行"

    @Option(help: "修改理由；分工方案发布后必填。 Why; required once the allocation is published.")
    var reason: String?

    @Option(help: "读取时的版本号；若已被他人修改则拒绝。 The version you read; refused if someone changed it since.")
    var expectVersion: Int?

    var change: Change { Change(actor: actor, reason: reason, expectedVersion: expectVersion) }
}

extension TaskCommand {
    /// `luoshi task show ID`.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "查看一项任务及其分工。 Show a task and its assignments.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "任务编号。 The task id.")
        var id: Int

        func run() async throws {
            let task = try await store.run { try await $0.allocatedTask(id) }
            print(TaskDescription.text(task))
        }
    }

    /// `luoshi task assign ID --lead X [--co Y]…`.
    struct Assign: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "assign",
            abstract: "指定牵头单位和责任单位。 Assign the lead and co-responsible departments.")

        @OptionGroup var options: ChangeOptions

        @Argument(help: "任务编号。 The task id.")
        var id: Int

        @Option(help: "牵头单位（全称，或单位目录中的简称）。 The lead department (its full name, or its short name in the directory).")
        var lead: String

        @Option(help: "责任单位（可重复；全称或简称）。 A co-responsible department (repeatable; full or short name).")
        var co: [String] = []

        func run() async throws {
            let task = try await options.store.run { try await $0.assign(taskID: id, lead: lead, co: co, change: options.change) }
            print(TaskDescription.text(task))
        }
    }

    /// `luoshi task deadline ID DATE`.
    struct Deadline: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "deadline", abstract: "设置完成时限。 Set the deadline.")

        @OptionGroup var options: ChangeOptions

        @Argument(help: "任务编号。 The task id.")
        var id: Int

        @Argument(help: "完成时限，如 2022-06-30。 The deadline, e.g. 2022-06-30.")
        var date: String

        func run() async throws {
            let task = try await options.store.run {
                try await $0.setDeadline(taskID: id, deadline: date, change: options.change)
            }
            print(TaskDescription.text(task))
        }
    }

    /// `luoshi task add --jurisdiction J --year Y TEXT`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "添加提取遗漏的任务。 Add a task the extractor missed.")

        @OptionGroup var options: ChangeOptions

        @Option(help: "行政区名称。 The jurisdiction.")
        var jurisdiction: String

        @Option(help: "计划年度。 The plan year.")
        var year: Int

        @Option(help: "所属章节，如 3.5。 The section, e.g. 3.5.")
        var section: String?

        @Option(help: "完成时限（默认年底）。 The deadline (default: the end of the year).")
        var deadline: String?

        @Argument(help: "任务内容。 The task's text.")
        var text: String

        func run() async throws {
            let task = try await options.store.run {
                try await $0.addTask(
                    jurisdiction: jurisdiction, planYear: year, text: text, section: section, deadline: deadline,
                    change: options.change)
            }
            print(TaskDescription.text(task))
        }
    }

    /// `luoshi task drop ID`.
    struct Drop: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "drop", abstract: "撤销错误提取的任务。 Drop a task the extractor got wrong.")

        @OptionGroup var options: ChangeOptions

        @Argument(help: "任务编号。 The task id.")
        var id: Int

        func run() async throws {
            let task = try await options.store.run { try await $0.dropTask(id, change: options.change) }
            print(TaskDescription.text(task))
        }
    }

    /// `luoshi task split ID --into A --into B`.
    struct Split: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "split", abstract: "把一项任务拆成几项。 Split a task into several.")

        @OptionGroup var options: ChangeOptions

        @Argument(help: "任务编号。 The task id.")
        var id: Int

        @Option(help: "拆分后的一项（至少两次）。 One part (at least twice).")
        var into: [String]

        func run() async throws {
            let parts = try await options.store.run { try await $0.splitTask(id, into: into, change: options.change) }
            print(parts.map(TaskDescription.text).joined(separator: "\n\n"))
        }
    }

    /// `luoshi task merge ID ID… --text T`.
    struct Merge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "merge", abstract: "把几项任务合并为一项。 Merge tasks into one.")

        @OptionGroup var options: ChangeOptions

        @Argument(help: "任务编号（至少两个）。 Task ids (at least two).")
        var ids: [Int]

        @Option(help: "合并后的任务内容。 The merged task's text.")
        var text: String

        func run() async throws {
            let task = try await options.store.run { try await $0.mergeTasks(ids, text: text, change: options.change) }
            print(TaskDescription.text(task))
        }
    }
}

/// `luoshi plan …`: a plan as a whole.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "分工方案。 The allocation of a plan.", subcommands: [Publish.self, AssignSuggested.self])

    /// `luoshi plan publish`.
    struct Publish: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "publish",
            abstract: "发布分工方案；此后修改须说明理由。 Publish the allocation; later changes need a reason.")

        @OptionGroup var store: StoreOptions

        @Option(help: "行政区名称。 The jurisdiction.")
        var jurisdiction: String

        @Option(help: "计划年度。 The plan year.")
        var year: Int

        @Option(help: "操作人。 Who publishes.")
        var actor: String = ProcessInfo.processInfo.environment["USER"] ?? "命令行"

        func run() async throws {
            let count = try await store.run { try await $0.publish(jurisdiction: jurisdiction, planYear: year, actor: actor) }
            print(
                "已发布 \(jurisdiction) \(year)年分工方案，共 \(count) 项任务。 Published the allocation of \(jurisdiction) \(year): \(count) tasks."
            )
        }
    }

    /// `luoshi plan assign-suggested`: gives every task without a lead its suggested lead.
    struct AssignSuggested: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "assign-suggested",
            abstract: "按推荐为尚无牵头单位的任务指定牵头单位。 Give every task without a lead its suggested lead.")

        @OptionGroup var options: ChangeOptions

        @Option(help: "行政区名称。 The jurisdiction.")
        var jurisdiction: String

        @Option(help: "计划年度。 The plan year.")
        var year: Int

        func run() async throws {
            let (assigned, left) = try await options.store.run { store in
                let suggester = LeadSuggester(departments: try await store.departments(jurisdiction: jurisdiction))
                var leads: [(taskID: Int, lead: String)] = []
                var left = 0
                for task in try await store.tasks(jurisdiction: jurisdiction, planYear: year) {
                    if let suggestion = suggester.suggest(for: task.text) {
                        leads.append((task.id, suggestion.department))
                    } else {
                        left += 1
                    }
                }
                // One transaction: all suggested leads are assigned, or none.
                return (try await store.assignLeads(leads, actor: options.actor), left)
            }
            print("已指定 \(assigned) 项，\(left) 项无推荐需人工指定。 Assigned \(assigned) tasks; \(left) have no suggestion and need a hand.")
        }
    }
}

/// A task as text for the terminal.
enum TaskDescription {
    static func text(_ allocated: AllocatedTask) -> String {
        let task = allocated.task
        var lines = [
            "任务 \(task.id)（\(task.sectionPath ?? "—")，版本 \(task.rowVersion)，\(task.state.chinese)）",
            "  \(task.text)",
            "  牵头单位 lead: \(allocated.lead ?? "—")",
            "  责任单位 co:   \(allocated.coResponsible.isEmpty ? "—" : allocated.coResponsible.joined(separator: "、"))",
            "  完成时限 deadline: \(task.deadline)",
        ]
        if let value = task.targetValue {
            lines.append("  目标值 target: \(task.targetComparator?.rawValue ?? "eq") \(value) \(task.targetUnit ?? "")")
        }
        return lines.joined(separator: "\n")
    }
}
