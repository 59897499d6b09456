/// The verdicts of one plan report, judged by the review part of the next report.
public struct PairVerdicts: Sendable {
    /// The plan report as extracted: its targets and tasks are what is judged.
    public var plan: ExtractedReport
    /// The review report's metadata.
    public var reviewMeta: ReportMeta
    /// The review report's normalized text: the evidence offsets point into it.
    public var reviewText: String
    /// The titles of the review report's review parts (`2023年工作回顾`).
    public var reviewParts: [String]
    public var verdicts: [Verdict]
    /// What a reader should know about the pair: no review part, years that do not follow, other places.
    public var warnings: [String]

    /// How many verdicts have each outcome.
    public var counts: [VerdictOutcome: Int] {
        Dictionary(grouping: verdicts, by: \.outcome).mapValues(\.count)
    }
}
