import ArgumentParser

/// The `luoshi` command tree.
public struct Luoshi: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "luoshi",
        abstract: "落实 Luoshi：把政府工作报告变成可分工、可跟踪、可检查的任务。 Turn a government work report into commitments that can be assigned, tracked and checked.",
        subcommands: [Extract.self, Bench.self]
    )

    public init() {}
}
