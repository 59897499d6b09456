import ArgumentParser
import Foundation
import PlanStore
import ReportExtraction

/// `luoshi task …`: the tasks of a plan.
struct TaskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "task",
        abstract: "计划任务：列出、分工、期限、拆分、合并、增删。 Tasks: list, assign, set deadlines, split, merge, add, drop.",
        subcommands: [List.self, Show.self, Assign.self, Deadline.self, Add.self, Drop.self, Split.self, Merge.self]
    )

    /// `luoshi task list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "列出任务。 List tasks.")

        @OptionGroup var store: StoreOptions

        @Option(help: "行政区名称。 The jurisdiction.")
        var jurisdiction: String

        @Option(help: "计划年度（默认：全部）。 The plan year (default: all).")
        var year: Int?

        @Option(help: "只列出该章节及其下级（如 3 或 3.5）。 Only this section and those under it (e.g. 3 or 3.5).")
        var section: String?

        @Flag(help: "包括修订后已删除的任务。 Include tasks a corrected report removed.")
        var includeRemoved = false

        @Option(help: "输出格式：table | json | jsonl | csv。 Output format.")
        var format: ListingFormat?

        func run() async throws {
            let planStore = try await store.open()
            let tasks: [TaskRecord]
            do {
                tasks = try await planStore.tasks(jurisdiction: jurisdiction, planYear: year, includeRemoved: includeRemoved)
            } catch {
                await planStore.close()
                StandardError.write("luoshi: \(error.localizedDescription)")
                throw ExitCode(1)
            }
            await planStore.close()
            let selected = tasks.filter { task in
                guard let section else { return true }
                guard let path = task.sectionPath else { return false }
                return SectionPath.section(path, isWithin: section)
            }
            var output = StandardOutput()
            output.write(TaskListing.render(selected, format: format ?? .defaultForOutput))
            output.flush()
        }
    }
}
