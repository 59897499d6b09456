import ArgumentParser
import Foundation
import PlanStore

/// `luoshi department …`: the department directory of a jurisdiction.
struct DepartmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "department",
        abstract: "管理部门目录。 The department directory.",
        subcommands: [ImportDirectory.self, Add.self, Rename.self, Disable.self, Enable.self, List.self, Suggest.self]
    )

    /// Options every department command takes.
    struct Common: ParsableArguments {
        @OptionGroup var store: StoreOptions

        @Option(help: "行政区名称。 The jurisdiction.")
        var jurisdiction: String

        @Option(help: "操作人（记入审计日志）。 Who makes the change (for the audit log).")
        var actor: String = ProcessInfo.processInfo.environment["USER"] ?? "命令行"
    }

    /// `luoshi department import FILE`.
    struct ImportDirectory: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "从 CSV 导入部门目录（名称,简称,上级,关键词）。 Import a directory from CSV (name, short_name, parent, keywords).",
            discussion:
                "A file with missing columns, an empty or repeated name, or an unknown parent is refused whole: nothing changes."
        )

        @OptionGroup var common: Common

        @Argument(help: "CSV 文件（UTF-8 可带 BOM，或 GBK）。 The CSV file (UTF-8 with or without BOM, or GBK).")
        var file: String

        func run() async throws {
            let text = try ReportInput.directory(file)
            let entries: [DepartmentEntry]
            do {
                entries = try DepartmentDirectory.entries(text)
            } catch {
                StandardError.write("luoshi: \(file): \(error.message)")
                throw ExitCode(1)
            }
            let result = try await common.store.run { store in
                try await store.importDepartments(entries, jurisdiction: common.jurisdiction, actor: common.actor)
            }
            print(
                "新增 \(result.created.count) 个，更新 \(result.updated.count) 个，未变 \(result.unchanged) 个。 \(result.created.count) created, \(result.updated.count) updated, \(result.unchanged) unchanged."
            )
        }
    }

    /// `luoshi department add NAME`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "添加一个部门。 Add a department.")

        @OptionGroup var common: Common

        @Argument(help: "单位名称。 The department's name.")
        var name: String

        @Option(help: "简称。 Short name.")
        var shortName: String?

        @Option(help: "上级单位。 Parent department.")
        var parent: String?

        @Option(help: "关键词，以、分隔。 Keywords, separated by 、.")
        var keywords: String = ""

        func run() async throws {
            let entry = DepartmentEntry(
                name: name, shortName: shortName, parent: parent, keywords: DepartmentEntry.splitKeywords(keywords))
            let created = try await common.store.run { store in
                try await store.createDepartment(entry, jurisdiction: common.jurisdiction, actor: common.actor)
            }
            print("已添加 \(created.name)（编号 \(created.id)）。 Added \(created.name) (id \(created.id)).")
        }
    }

    /// `luoshi department rename OLD NEW`.
    struct Rename: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rename", abstract: "重命名部门。 Rename a department.")

        @OptionGroup var common: Common

        @Argument(help: "现名称。 The current name.")
        var name: String

        @Argument(help: "新名称。 The new name.")
        var newName: String

        @Option(help: "读取时的版本号；若已被他人修改则拒绝。 The version you read; refused if someone changed it since.")
        var expectVersion: Int?

        func run() async throws {
            let renamed = try await common.store.run { store in
                try await store.renameDepartment(
                    name, to: newName, jurisdiction: common.jurisdiction, actor: common.actor, expectedVersion: expectVersion)
            }
            print("已重命名为 \(renamed.name)（版本 \(renamed.rowVersion)）。 Renamed to \(renamed.name) (version \(renamed.rowVersion)).")
        }
    }

    /// `luoshi department disable NAME`: a merged or abolished unit takes no new work.
    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "disable",
            abstract:
                "停用部门：保留其任务和记录，不再接收新任务和批示。 Disable a department: it keeps its tasks and history, takes no new tasks or instructions."
        )

        @OptionGroup var common: Common

        @Argument(help: "部门名称。 The department.")
        var name: String

        func run() async throws {
            try await DepartmentCommand.setDisabled(true, name: name, common: common)
        }
    }

    /// `luoshi department enable NAME`.
    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "enable", abstract: "重新启用部门。 Enable a department again.")

        @OptionGroup var common: Common

        @Argument(help: "部门名称。 The department.")
        var name: String

        func run() async throws {
            try await DepartmentCommand.setDisabled(false, name: name, common: common)
        }
    }

    /// What `disable` and `enable` do, one flag apart.
    static func setDisabled(_ disabled: Bool, name: String, common: Common) async throws {
        try await common.store.run { store in
            try await store.setDepartmentDisabled(
                name, disabled: disabled, jurisdiction: common.jurisdiction, actor: common.actor)
        }
        print(disabled ? "已停用 \(name)。 \(name) is disabled." : "已启用 \(name)。 \(name) is enabled.")
    }

    /// `luoshi department list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "列出部门。 List departments.")

        @OptionGroup var common: Common

        @Option(help: "输出格式：table | json | jsonl | csv。 Output format.")
        var format: ListingFormat?

        func run() async throws {
            let departments = try await common.store.run { store in
                try await store.departments(jurisdiction: common.jurisdiction)
            }
            let names = Dictionary(uniqueKeysWithValues: departments.map { ($0.id, $0.name) })
            let rows = departments.map { department -> [String] in
                [
                    String(department.id), department.name, department.shortName ?? "",
                    department.parentID.flatMap { names[$0] } ?? "", department.keywords, String(department.rowVersion),
                ]
            }
            var output = StandardOutput()
            output.write(
                Listing.render(
                    header: ["id", "name", "short_name", "parent", "keywords", "version"],
                    tableHeader: ["#", "名称", "简称", "上级", "关键词", "版本"], rows: rows,
                    format: format ?? .defaultForOutput, numericColumns: [0, 5]))
            output.flush()
        }
    }

    /// `luoshi department suggest`.
    struct Suggest: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "suggest",
            abstract: "为任务推荐牵头单位。 Suggest a lead department for each task.",
            discussion: "With --check FILE (CSV: 任务,牵头单位), prints how often the suggestion matches that assignment."
        )

        @OptionGroup var common: Common

        @Option(help: "计划年度。 The plan year.")
        var year: Int?

        @Option(help: "人工分工表（任务,牵头单位），用于衡量推荐准确率。 A hand-made assignment (task, lead) to measure against.")
        var check: String?

        @Option(help: "输出格式：table | json | jsonl | csv。 Output format.")
        var format: ListingFormat?

        func run() async throws {
            let (departments, tasks) = try await common.store.run { store in
                (
                    try await store.departments(jurisdiction: common.jurisdiction),
                    try await store.tasks(jurisdiction: common.jurisdiction, planYear: year)
                )
            }
            let suggester = LeadSuggester(departments: departments)
            if let check {
                let table = CSVTable(parsing: try ReportInput.directory(check))
                guard table.header.count >= 2, !table.rows.isEmpty else {
                    StandardError.write("luoshi: \(check): 需要两列：任务,牵头单位。 Needs two columns: task, lead.")
                    throw ExitCode(1)
                }
                let rows = table.rows.filter { $0.count >= 2 }
                let right = rows.filter { suggester.suggest(for: $0[0])?.department == $0[1] }.count
                print(
                    String(
                        format: "推荐正确 %d/%d = %.3f。 Suggestion right for %d of %d tasks (%.3f).",
                        right, rows.count, Double(right) / Double(rows.count), right, rows.count,
                        Double(right) / Double(rows.count)))
                return
            }
            let rows = tasks.map { task -> [String] in
                let suggestion = suggester.suggest(for: task.text)
                return [
                    String(task.id), task.sectionPath ?? "", suggestion?.department ?? "",
                    suggestion?.matched.joined(separator: "、") ?? "", task.text,
                ]
            }
            var output = StandardOutput()
            output.write(
                Listing.render(
                    header: ["task_id", "section", "suggested_lead", "matched_keywords", "text"],
                    tableHeader: ["#", "章节", "推荐牵头单位", "依据", "任务"], rows: rows,
                    format: format ?? .defaultForOutput, numericColumns: [0]))
            output.flush()
        }
    }
}
