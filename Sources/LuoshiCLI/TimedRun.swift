import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A run of a program timed as a shell's `time` times it: spawned, waited for, nothing between.
/// Foundation's `Process` adds its own set-up and a run-loop wait for the exit, a few
/// milliseconds that are not the program's.
struct TimedRun {
    /// Wall-clock time from spawn to exit.
    var seconds: Double
    /// What the program wrote to standard error.
    var standardError: String

    /// A program that could not be started.
    struct SpawnFailure: Error, CustomStringConvertible {
        var program: String
        var code: Int32
        var description: String { "无法启动 \(program)：\(String(cString: strerror(code)))。 Could not start \(program)." }
    }

    /// Runs `program` with `arguments`, its standard output going to /dev/null and its standard
    /// error to `errorFile` (a file, not a pipe: a pipe that nobody reads while it runs could fill).
    static func run(_ program: String, _ arguments: [String], errorFile: String) throws -> TimedRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let started = ContinuousClock.now
        let code = posix_spawn(&child, program, &actions, nil, argv, environ)
        guard code == 0 else { throw SpawnFailure(program: program, code: code) }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0, errno == EINTR {}
        let elapsed = ContinuousClock.now - started
        let said = (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? ""
        return TimedRun(
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, standardError: said)
    }
}
