import Foundation
import Testing

@testable import ReportExtraction

/// The extractor against the hand-labelled fixture, scored by the project's own scorer (the rules
/// of `shared/eval/score.py`), so that the suite needs nothing outside this repository.
@Suite("Accuracy on the fixture")
struct AccuracyTests {
    /// The fixture's records as `luoshi extract --format jsonl` writes them.
    static func predicted() throws -> [ExtractionScore.Record] {
        try JSONValue.records(jsonLines: ReportExtractor.extract(try Fixtures.yuquan).jsonRecords().joined(separator: "\n"))
    }

    static func gold() throws -> [ExtractionScore.Record] {
        try JSONValue.records(jsonLines: try String(contentsOfFile: Fixtures.yuquanGoldPath, encoding: .utf8))
    }

    static func score() throws -> ExtractionScore {
        ExtractionScore(predicted: try predicted(), gold: try gold())
    }

    /// A report the tests carry, extracted and scored against a gold file beside it.
    static func score(_ report: String, gold: String, in folder: String) throws -> ExtractionScore {
        let directory = Fixtures.directory.appendingPathComponent(folder)
        let text = try String(contentsOf: directory.appendingPathComponent(report), encoding: .utf8)
        let gold = try JSONValue.records(
            jsonLines: try String(contentsOf: directory.appendingPathComponent(gold), encoding: .utf8))
        let predicted = try JSONValue.records(jsonLines: ReportExtractor.extract(text).jsonRecords().joined(separator: "\n"))
        return ExtractionScore(predicted: predicted, gold: gold)
    }

    @Test("sections and glossary F1 = 1, every meta field right")
    func outline() throws {
        let score = try Self.score()
        #expect(score.sections?.f1 == 1.0, "\(score.misses.filter { $0.hasPrefix("section") })")
        #expect(score.terms?.f1 == 1.0, "\(score.misses.filter { $0.hasPrefix("term") })")
        #expect(score.meta == 1.0, "\(score.misses.filter { $0.hasPrefix("meta") })")
    }

    @Test("quantities F1 ≥ 0.95; kind and comparator ≥ 0.95; subject ≥ 0.85")
    func quantities() throws {
        let score = try Self.score()
        #expect((score.quantities?.f1 ?? 0) >= 0.95, "\(score.misses.filter { $0.hasPrefix("quantity") })")
        #expect((score.quantityAttributes["kind"] ?? 0) ?? 0 >= 0.95)
        #expect((score.quantityAttributes["comparator"] ?? 0) ?? 0 >= 0.95)
        #expect((score.quantityAttributes["subject"] ?? 0) ?? 0 >= 0.85)
    }

    @Test("tasks F1 ≥ 0.85")
    func tasks() throws {
        let score = try Self.score()
        #expect((score.tasks?.f1 ?? 0) >= 0.85, "\(score.misses.filter { $0.hasPrefix("task") })")
    }

    /// The State Council's 2024 report against a hand-checked sample of it
    /// (`Tests/Fixtures/corpus/china-2024.sample.gold.jsonl`): its meta and every section, and
    /// 19 quantities and 20 tasks labelled by reading the report. A sample measures recall
    /// only: what the extractor finds beyond it is not labelled either way.
    @Test("the national 2024 report: meta and sections exact; the sample's quantities and tasks found")
    func national2024() throws {
        let score = try Self.score("china-2024.txt", gold: "china-2024.sample.gold.jsonl", in: "corpus")
        let misses = score.misses.filter { !$0.contains("extra") }
        #expect(score.meta == 1.0, "\(misses)")
        #expect(score.sections?.f1 == 1.0, "\(misses)")
        #expect((score.quantities?.recall ?? 0) >= 0.95, "\(misses)")
        #expect((score.tasks?.recall ?? 0) >= 0.9, "\(misses)")
        #expect((score.quantityAttributes["kind"] ?? 0) == 1.0)
        #expect((score.quantityAttributes["comparator"] ?? 0) == 1.0)
    }

    /// The county reports with hand-labelled gold (`Tests/Fixtures/counties/gold`, copied from
    /// `shared/corpus/counties`): pasted from web pages, site lines and all. Floors a little under
    /// what the extractor scores today (docs/extraction.md, Accuracy), so that a regression fails.
    @Test(
        "county reports as pasted from web pages: sections exact; concrete tasks P ≥ 0.90 and F1 at its floor; meta",
        arguments: [("dingxing-2022", 0.89, 1.0), ("fuping-2021", 0.95, 1.0), ("yixian-2018", 0.91, 1.0)])
    func county(_ name: String, concreteFloor: Double, metaFloor: Double) throws {
        let score = try Self.score("\(name).txt", gold: "gold/\(name).gold.jsonl", in: "counties")
        let vague = score.misses.filter { $0.hasPrefix("task called vague") }
        #expect(score.sections?.f1 == 1.0)
        #expect((score.concreteTasks?.precision ?? 0) >= 0.90, "\(vague)")
        #expect((score.concreteTasks?.f1 ?? 0) >= concreteFloor, "\(vague)")
        #expect((score.meta ?? 0) >= metaFloor, "\(score.misses.filter { $0.hasPrefix("meta") })")
    }
}
