import ArgumentParser

/// The `luoshi` command tree.
public struct Luoshi: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "luoshi",
        abstract:
            "落实 Luoshi：把政府工作报告变成可分工、可跟踪、可检查的任务。 Turn a government work report into commitments that can be assigned, tracked and checked.",
        version: LuoshiVersion.description,
        subcommands: [
            Extract.self, VerdictCommand.self, CompareCommand.self, Import.self, FulfilmentCommand.self, ServeCommand.self,
            RemindCommand.self, ChannelCommand.self, UserCommand.self, DepartmentCommand.self, TaskCommand.self, PlanCommand.self,
            ProgressCommand.self, StatusCommand.self, ReasonsCommand.self, ExportCommand.self, CircularCommand.self,
            RankingCommand.self, BackupCommand.self, RestoreCommand.self, Bench.self, VerdictBench.self, StoreBench.self,
            WebBench.self,
        ]
    )

    public init() {}
}

extension Luoshi {
    /// Parses the command line and runs the chosen command, sync or async; the executable's
    /// whole body. (Top-level code would otherwise pick the synchronous `main()`.)
    public static func runAsRoot(_ arguments: [String]? = nil) async {
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
