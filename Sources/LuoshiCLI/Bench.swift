import ArgumentParser
import Foundation
import ReportExtraction

/// `luoshi bench`: extraction speed on a report held in memory.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "测量提取速度（MB/s）和峰值内存。 Measure extraction speed (MB/s) and peak memory.",
        discussion:
            "Build in release mode first for figures that mean anything: swift build -c release --static-swift-stdlib --product luoshi."
    )

    @Argument(help: "报告文件（默认：程序自带的演示报告）。 The report to extract (default: the built-in demo report).")
    var file: String?

    @Option(name: .long, help: "提取次数。 How many times to extract it.")
    var iterations: Int = 200

    @Option(name: .long, help: "整个进程测量所用的副本数。 Copies of the report for the whole-process measurement.")
    var copies: Int = 200

    @Option(name: .long, help: "整个进程测量重复次数（取最快一次）。 Whole-process runs (the fastest counts).")
    var runs: Int = 3

    func validate() throws {
        guard iterations > 0, copies > 0, runs > 0 else {
            throw ValidationError("--iterations、--copies、--runs 必须大于 0。 --iterations, --copies and --runs must be positive.")
        }
    }

    func run() throws {
        AllocatorTuning.keepFreedMemoryForReuse()
        let text = try ReportInput.text(file)
        let bytes = text.utf8.count
        var records = 0
        _ = ReportExtractor.extract(text)  // warm-up
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<iterations {
                let report = ReportExtractor.extract(text)
                records += 1 + report.sections.count + report.terms.count + report.quantities.count + report.tasks.count
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let megabytes = Double(bytes * iterations) / 1_000_000
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let peakMB = Double(usage.ru_maxrss) / 1024  // ru_maxrss is in KB on Linux
        print(
            String(
                format: "file: %@ (%d bytes UTF-8, %d records a pass)", file ?? "built-in demo report", bytes,
                records / iterations))
        print(String(format: "extracted %d times in %.3f s: %.1f MB/s on one core", iterations, seconds, megabytes / seconds))
        print(String(format: "peak memory: %.1f MB", peakMB))
        try wholeProcess(text)
    }

    /// `luoshi extract --format jsonl` over `copies` files of the report, as a user runs it —
    /// reading, extracting and writing the records (to /dev/null) — on one core and on all,
    /// timed from the outside.
    private func wholeProcess(_ text: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = Data(text.utf8)
        for index in 0..<copies { try data.write(to: folder.appendingPathComponent(String(format: "report-%05d.txt", index))) }
        let megabytes = Double(data.count * copies) / 1_000_000
        let cores = ProcessInfo.processInfo.activeProcessorCount
        for jobs in cores > 1 ? [1, cores] : [1] {
            let (seconds, records) = try fastestRun(folder, jobs: jobs)
            print(
                String(
                    format: "whole process: luoshi extract --format jsonl --jobs %d over %d files, %.1f MB in, %d records out",
                    jobs, copies, megabytes, records))
            print(
                String(
                    format: "  fastest of %d runs: %.3f s, %.1f MB/s on %d core%@", runs, seconds, megabytes / seconds, jobs,
                    jobs == 1 ? "" : "s"))
        }
        var children = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &children)
        print(String(format: "  peak memory of any run: %.1f MB", Double(children.ru_maxrss) / 1024))
    }

    /// The fastest of `runs` runs of `luoshi extract` over `folder`, and the records it wrote.
    private func fastestRun(_ folder: URL, jobs: Int) throws -> (seconds: Double, records: Int) {
        let program = Bundle.main.executablePath ?? CommandLine.arguments[0]
        var fastest = Double.infinity
        var summary = ""
        for _ in 0..<runs {
            // Records go where a user's would when they are not read: nowhere that costs time.
            let run = try TimedRun.run(
                program, ["extract", "--recursive", "--format", "jsonl", "--jobs", String(jobs), folder.path],
                errorFile: folder.path + ".stderr")
            fastest = min(fastest, run.seconds)
            summary = run.standardError
        }
        try? FileManager.default.removeItem(atPath: folder.path + ".stderr")
        // The run's own summary counts the records it wrote.
        return (fastest, summary.firstMatch(of: /([0-9]+) records/).flatMap { Int($0.output.1) } ?? 0)
    }
}
