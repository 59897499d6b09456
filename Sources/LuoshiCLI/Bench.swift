import ArgumentParser
import Foundation
import ReportExtraction

/// `luoshi bench`: extraction speed on a report held in memory.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "测量提取速度（MB/s）和峰值内存。 Measure extraction speed (MB/s) and peak memory.",
        discussion: "Build in release mode first for figures that mean anything: swift build -c release."
    )

    @Argument(help: "报告文件（默认：程序自带的演示报告）。 The report to extract (default: the built-in demo report).")
    var file: String?

    @Option(name: .long, help: "提取次数。 How many times to extract it.")
    var iterations: Int = 200

    func validate() throws {
        guard iterations > 0 else { throw ValidationError("--iterations 必须大于 0。 --iterations must be positive.") }
    }

    func run() throws {
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
        print(String(format: "file: %@ (%d bytes UTF-8, %d records a pass)", file ?? "built-in demo report", bytes, records / iterations))
        print(String(format: "extracted %d times in %.3f s: %.1f MB/s on one core", iterations, seconds, megabytes / seconds))
        print(String(format: "peak memory: %.1f MB", peakMB))
    }
}
