import ArgumentParser
import Foundation
import ReportExtraction

/// `luoshi bench-verdict PLAN REVIEW`: how long judging a pair of reports takes.
struct VerdictBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-verdict",
        abstract: "测量评判一对报告所需时间（毫秒）。 Measure how long judging a pair of reports takes (ms).",
        discussion:
            "Reading both reports and judging every commitment, from their texts in memory. Build in release mode first: swift build -c release."
    )

    @Argument(help: "计划年度的报告。 The plan report (year N).")
    var plan: String

    @Argument(help: "下一年的报告。 The review report (year N+1).")
    var review: String

    @Option(name: .long, help: "评判次数。 How many times to judge the pair.")
    var iterations: Int = 50

    func validate() throws {
        guard iterations > 0 else { throw ValidationError("--iterations 必须大于 0。 --iterations must be positive.") }
    }

    func run() throws {
        let planText = try ReportInput.text(plan)
        let reviewText = try ReportInput.text(review)
        let first = VerdictReader.judge(plan: planText, review: reviewText)  // warm-up
        let clock = ContinuousClock()
        var fastest = Duration.seconds(3600)
        var total = Duration.zero
        for _ in 0..<iterations {
            let elapsed = clock.measure { _ = VerdictReader.judge(plan: planText, review: reviewText) }
            fastest = min(fastest, elapsed)
            total += elapsed
        }
        func milliseconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        }
        print(
            String(
                format: "pair: %@ → %@ (%d + %d bytes, %d verdicts)", plan, review, planText.utf8.count, reviewText.utf8.count,
                first.verdicts.count))
        print(
            String(
                format: "judged %d times: mean %.1f ms, fastest %.1f ms a pair", iterations,
                milliseconds(total) / Double(iterations), milliseconds(fastest)))
    }
}
