import Foundation
import Testing

@testable import ReportExtraction

/// Verdicts against hand-labelled pairs: the State Council's 2023 plan judged by the 2024
/// report, and two made-up pairs in other house styles (a county, a prefecture city), scored
/// by the project's own port of `shared/eval/score_verdicts.py`.
@Suite("Verdict accuracy on labelled pairs")
struct VerdictAccuracyTests {
    static let directory = Fixtures.directory.appendingPathComponent("verdicts")
    static let pairs = ["china-2023-2024", "qingshi-2023-2024", "yunjiang-2022-2023"]
    /// Real county pairs (the 2021 plan judged by the 2022 report), labelled in `shared/corpus/counties/gold`,
    /// and three labelled here (`counties/gold/tools`), each before Luoshi was run on it: 清苑 2024 → 2025,
    /// 满城 2022 → 2023 and 博野 2024 → 2025.
    static let countyPairs = [
        "yixian-2021", "boye-2021", "laiyuan-2021", "fuping-2021", "dingxing-2021", "qingyuan-2024", "mancheng-2022",
        "boye-2024", "gaotang-2022", "xushui-2018", "rongcheng-2019", "yixian-2019", "xushui-2012",
    ]
    static let sharedScorer = Fixtures.repository.deletingLastPathComponent().appendingPathComponent(
        "shared/eval/score_verdicts.py"
    ).path

    static let counties = Fixtures.directory.appendingPathComponent("counties")

    static func goldPath(_ pair: String) -> String {
        let folder = countyPairs.contains(pair) ? counties.appendingPathComponent("gold") : directory
        return folder.appendingPathComponent("\(pair).verdicts.gold.jsonl").path
    }

    /// A pair's gold records, and the texts of the two reports its first line names.
    static func load(_ pair: String) throws -> (gold: [VerdictScore.Record], plan: String, review: String) {
        let gold = try JSONValue.records(jsonLines: try String(contentsOfFile: goldPath(pair), encoding: .utf8))
        let header = try #require(gold.first { $0[get: "type"] == .string("pair") })
        func text(_ name: JSONValue) throws -> String {
            let file = try #require(name.string)
            for folder in [directory, Fixtures.directory.appendingPathComponent("corpus"), counties] {
                let path = folder.appendingPathComponent(file).path
                if FileManager.default.fileExists(atPath: path) { return try String(contentsOfFile: path, encoding: .utf8) }
            }
            throw CocoaError(.fileNoSuchFile)
        }
        return (gold, try text(header[get: "plan"]), try text(header[get: "review"]))
    }

    /// The verdicts as `luoshi verdict --format jsonl` writes them.
    static func predicted(plan: String, review: String) throws -> [VerdictScore.Record] {
        var writer = JSONWriter()
        VerdictReader.judge(plan: plan, review: review).writeJSONLines(plan: nil, review: nil, into: &writer)
        return try JSONValue.records(jsonLines: String(decoding: writer.bytes, as: UTF8.self))
    }

    @Test("outcome ≥ 0.90, evidence ≥ 0.90, actual ≥ 0.95, silent precision ≥ 0.90", arguments: pairs)
    func accuracy(_ pair: String) throws {
        // setup
        let (gold, plan, review) = try Self.load(pair)
        // act
        let score = VerdictScore(predicted: try Self.predicted(plan: plan, review: review), gold: gold)
        // check
        #expect(score.targets >= 15)
        #expect(score.coverage == 1.0, "\(score.misses)")
        #expect(try #require(score.outcomeAccuracy) >= 0.90, "\(score.misses)")
        #expect(try #require(score.evidence) >= 0.90, "\(score.misses)")
        #expect(try #require(score.actual) >= 0.95, "\(score.misses)")
        #expect((score.silentPrecision ?? 1) >= 0.90, "\(score.misses)")
    }

    /// Floors on real county pairs, a little under what Luoshi scores today: (outcome, spoken, evidence, silent precision).
    static let countyFloors: [String: (outcome: Double, spoken: Double, evidence: Double, silent: Double)] = [
        "yixian-2021": (0.93, 0.88, 0.88, 0.90),
        "boye-2021": (0.88, 0.78, 0.83, 0.92),
        "laiyuan-2021": (0.85, 0.78, 0.78, 0.84),
        "fuping-2021": (0.94, 0.91, 0.91, 0.95),
        "dingxing-2021": (0.92, 0.86, 0.75, 0.91),
        "qingyuan-2024": (0.87, 0.81, 0.81, 0.89),
        "mancheng-2022": (0.91, 0.84, 0.86, 0.90),
        "boye-2024": (0.91, 0.89, 0.89, 0.97),
        "gaotang-2022": (0.83, 0.84, 0.87, 0.94),
        "xushui-2018": (0.86, 0.72, 0.72, 0.87),
        "rongcheng-2019": (0.90, 0.72, 0.72, 0.88),
        "yixian-2019": (0.93, 0.93, 0.86, 0.92),
        "xushui-2012": (0.72, 0.72, 0.72, 0.87),
    ]

    @Test("real county pairs: outcome, spoken accuracy, evidence and silent precision hold their floors", arguments: countyPairs)
    func countyAccuracy(_ pair: String) throws {
        // setup
        let (gold, plan, review) = try Self.load(pair)
        let floor = try #require(Self.countyFloors[pair])
        // act
        let score = VerdictScore(predicted: try Self.predicted(plan: plan, review: review), gold: gold)
        // check: above what answering silent everywhere earns, and above the floors
        let outcome = try #require(score.outcomeAccuracy)
        #expect(outcome > (score.allSilentBaseline ?? 1), "\(score.misses)")
        #expect(outcome >= floor.outcome, "\(score.misses)")
        #expect(try #require(score.spokenAccuracy) >= floor.spoken, "\(score.misses)")
        #expect(try #require(score.evidence) >= floor.evidence, "\(score.misses)")
        #expect(try #require(score.silentPrecision) >= floor.silent, "\(score.misses)")
    }

    @Test("the gold quotes are where their offsets say, in both normalized texts", arguments: pairs + countyPairs)
    func goldOffsets(_ pair: String) throws {
        // setup
        let (gold, plan, review) = try Self.load(pair)
        let planText = Array(ReportExtractor.extract(plan).normalizedText.unicodeScalars)
        let reviewText = Array(ReportExtractor.extract(review).normalizedText.unicodeScalars)
        // check
        for record in gold where record[get: "type"] == .string("verdict") {
            for (key, text) in [("target", planText), ("evidence", reviewText)] {
                guard case .object(let span) = record[get: key] else { continue }
                let start = try #require(span["start"]?.float.map(Int.init))
                let end = try #require(span["end"]?.float.map(Int.init))
                #expect(
                    String(String.UnicodeScalarView(text[start..<end])) == span["quote"]?.string, "\(pair) \(key) at \(start)")
            }
        }
    }

    @Test(
        "agrees with shared/eval/score_verdicts.py to three decimals, on the output and on a damaged copy",
        .enabled(
            if: FileManager.default.fileExists(atPath: sharedScorer),
            "shared/eval/score_verdicts.py is not beside this repository"))
    func agreesWithSharedScorer() throws {
        for pair in Self.pairs + Self.countyPairs {
            // setup: the real output, and one with every third verdict dropped and outcomes changed
            let (gold, plan, review) = try Self.load(pair)
            var writer = JSONWriter()
            VerdictReader.judge(plan: plan, review: review).writeJSONLines(plan: nil, review: nil, into: &writer)
            let lines = String(decoding: writer.bytes, as: UTF8.self).split(separator: "\n").map(String.init)
            let damaged = lines.enumerated().compactMap { index, line -> String? in
                if index % 3 == 2 { return nil }
                return index % 4 == 0
                    ? line.replacingOccurrences(of: "\"outcome\":\"reached\"", with: "\"outcome\":\"silent\"") : line
            }
            let goldPath = Self.goldPath(pair)
            for output in [lines, damaged] {
                let path = try Fixtures.temporaryFile(output.joined(separator: "\n") + "\n", suffix: ".jsonl")
                defer { try? FileManager.default.removeItem(atPath: path) }
                // act
                let python = try Fixtures.run(["python3", Self.sharedScorer, path, goldPath, "--json"])
                try #require(python.status == 0)
                let theirs = try JSONDecoder().decode(PythonScore.self, from: Data(python.output.utf8))
                let ours = VerdictScore(predicted: try JSONValue.records(jsonLines: output.joined(separator: "\n")), gold: gold)
                // check
                func thousandths(_ value: Double?) -> Double? { value.map { ($0 * 1000).rounded() } }
                #expect(ours.targets == theirs.targets)
                #expect(thousandths(ours.coverage) == thousandths(theirs.coverage), "\(pair)")
                #expect(thousandths(ours.outcomeAccuracy) == thousandths(theirs.outcome_accuracy), "\(pair)")
                #expect(thousandths(ours.evidence) == thousandths(theirs.evidence), "\(pair)")
                #expect(thousandths(ours.actual) == thousandths(theirs.actual), "\(pair)")
                #expect(thousandths(ours.silentPrecision) == thousandths(theirs.silent_precision), "\(pair)")
                #expect(thousandths(ours.spokenAccuracy) == thousandths(theirs.spoken_accuracy), "\(pair)")
                #expect(thousandths(ours.allSilentBaseline) == thousandths(theirs.all_silent_baseline), "\(pair)")
                #expect(ours.unmatchedPredictions == theirs.unmatched_predictions, "\(pair)")
            }
        }
    }

    /// `score_verdicts.py --json`.
    struct PythonScore: Decodable {
        var targets: Int
        var coverage: Double?
        var outcome_accuracy: Double?
        var evidence: Double?
        var actual: Double?
        var silent_precision: Double?
        var spoken_accuracy: Double?
        var all_silent_baseline: Double?
        var unmatched_predictions: Int
    }
}
