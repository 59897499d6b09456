import Testing

@testable import ReportExtraction

/// A figure against a target, by the target's comparator (`shared/spec/verdicts.md`).
@Suite("Figure against target")
struct FigureOutcomeTests {
    @Test("gte and lte: met at or beyond the bound, short otherwise; direction is not judged")
    func bounds() {
        #expect(FigureOutcome.judge(actual: 1206, target: 1100, targetMax: nil, unit: "万人", comparator: .gte) == .reached)
        #expect(FigureOutcome.judge(actual: 1100, target: 1100, targetMax: nil, unit: "万人", comparator: .gte) == .reached)
        #expect(FigureOutcome.judge(actual: 3.2, target: 5, targetMax: nil, unit: "%", comparator: .gte) == .short)
        #expect(FigureOutcome.judge(actual: 5.1, target: 5.5, targetMax: nil, unit: "%", comparator: .lte) == .reached)
        #expect(FigureOutcome.judge(actual: 5.6, target: 5.5, targetMax: nil, unit: "%", comparator: .lte) == .short)
    }

    @Test("eq and approx: ±0.25 for percentages, ±5 % relative for the rest; above the band is exceeded")
    func bands() {
        #expect(FigureOutcome.judge(actual: 5.2, target: 5, targetMax: nil, unit: "%", comparator: .approx) == .reached)
        #expect(FigureOutcome.judge(actual: 6.3, target: 6, targetMax: nil, unit: "%", comparator: .approx) == .exceeded)
        #expect(FigureOutcome.judge(actual: 0.2, target: 3, targetMax: nil, unit: "%", comparator: .approx) == .short)
        #expect(FigureOutcome.judge(actual: 0.6, target: 0.5, targetMax: nil, unit: "百分点", comparator: .eq) == .reached)
        #expect(FigureOutcome.judge(actual: 1244, target: 1200, targetMax: nil, unit: "万人", comparator: .approx) == .reached)
        #expect(FigureOutcome.judge(actual: 1620, target: 1500, targetMax: nil, unit: "个", comparator: .eq) == .exceeded)
        #expect(FigureOutcome.judge(actual: 79, target: 85, targetMax: nil, unit: "亿元", comparator: .eq) == .short)
    }

    @Test("range: inside is reached, below short, above exceeded")
    func range() {
        #expect(FigureOutcome.judge(actual: 6.5, target: 6, targetMax: 7, unit: "%", comparator: .range) == .reached)
        #expect(FigureOutcome.judge(actual: 5.8, target: 6, targetMax: 7, unit: "%", comparator: .range) == .short)
        #expect(FigureOutcome.judge(actual: 7.2, target: 6, targetMax: 7, unit: "%", comparator: .range) == .exceeded)
    }
}
