import ArgumentParser
import Foundation
import SnapshotTesting
import Testing

@testable import LuoshiCLI

/// Every command's whole `--help`, against reviewed snapshots in `__Snapshots__/HelpTextTests`
/// (`SNAPSHOT_TESTING_RECORD=all swift test --filter HelpText` records them again after a
/// deliberate change): a user reads these screens, so a changed word shows in review.
@Suite("Help texts")
struct HelpTextTests {
    /// Every command of the tree with its path (`task assign`), depth first.
    static func commands(_ command: any ParsableCommand.Type = Luoshi.self, path: [String] = []) -> [(
        String, any ParsableCommand.Type
    )] {
        let name = command.configuration.commandName ?? "luoshi"
        let here = path + [name]
        return [(here.joined(separator: " "), command)] + command.configuration.subcommands.flatMap { commands($0, path: here) }
    }

    @Test("the help of every command, at 100 columns")
    func everyCommand() {
        let commands = Self.commands()
        #expect(commands.count > 30)
        for (path, command) in commands {
            assertSnapshot(
                of: Luoshi.helpMessage(for: command, columns: 100), as: .lines,
                named: path.replacingOccurrences(of: " ", with: "-"), testName: "help")
        }
    }
}
