import Foundation
import Testing

@testable import ReportExtraction

/// The project's scorer: its rules on made-up records, and its agreement with `score.py`.
@Suite("The extraction scorer")
struct ExtractionScorerTests {
    static func records(_ lines: String) throws -> [ExtractionScore.Record] { try JSONValue.records(jsonLines: lines) }

    @Test("an extra task lowers precision; a missed required one lowers recall; optional ones count neither way")
    func tasks() throws {
        // setup
        let gold = try Self.records(
            """
            {"type": "task", "quote": "新建口袋公园60处", "optional": false}
            {"type": "task", "quote": "实施82个老旧小区提升改造工程"}
            {"type": "task", "quote": "持续优化营商环境", "optional": true}
            """)
        let predicted = try Self.records(
            """
            {"type": "task", "text": "新建人行绿道40公里、口袋公园60处", "quote": "x"}
            {"type": "task", "text": "新建口袋公园 60 处。"}
            {"type": "task", "text": "持续优化营商环境"}
            {"type": "task", "text": "坚持稳中求进工作总基调"}
            """)
        // act
        let score = ExtractionScore(predicted: predicted, gold: gold)
        // check: 1 of 2 required found; 3 predicted less 1 optional hit = 2 counted, 1 right
        #expect(score.tasks == ExtractionScore.PRF(matched: 1, predicted: 3, gold: 2))
        #expect(score.misses.contains("task missed: 实施82个老旧小区提升改造工程"))
        #expect(score.misses.contains("task extra: 坚持稳中求进工作总基调"))
    }

    @Test("quantities match on value, range and unit with overlapping quotes, once each")
    func quantities() throws {
        let gold = try Self.records(
            """
            {"type": "quantity", "quote": "新建人行绿道40公里", "value": 40, "valueMax": null, "unit": "公里", "kind": "target", "comparator": "eq", "subject": "人行绿道", "section": "3.1"}
            {"type": "quantity", "quote": "口袋公园60处", "value": 60, "unit": "处", "kind": "target", "comparator": "eq", "subject": "口袋公园", "section": "3.1"}
            """)
        let predicted = try Self.records(
            """
            {"type": "quantity", "quote": "人行绿道40公里", "value": 40.0, "valueMax": null, "unit": "公里", "kind": "achievement", "comparator": "eq", "subject": "绿道", "section": "3.1"}
            {"type": "quantity", "quote": "人行绿道40公里", "value": 40, "unit": "公里", "kind": "target", "comparator": "eq", "subject": "绿道", "section": "3.1"}
            {"type": "quantity", "quote": "口袋公园60处", "value": 60, "unit": "个", "kind": "target", "comparator": "eq", "subject": "口袋公园", "section": "3.1"}
            """)
        let score = ExtractionScore(predicted: predicted, gold: gold)
        #expect(score.quantities == ExtractionScore.PRF(matched: 1, predicted: 3, gold: 2))
        #expect(score.quantityAttributes["kind"] == 0.0)
        #expect(score.quantityAttributes["subject"] == 1.0)
    }

    @Test("meta fields compare as text without spaces; a missing one is wrong")
    func meta() throws {
        let gold = try Self.records(#"{"type": "meta", "jurisdiction": "玉泉区", "planYear": 2022, "speaker": "南 男", "date": null}"#)
        let predicted = try Self.records(#"{"type": "meta", "jurisdiction": "玉泉区", "planYear": 2021, "speaker": "南男"}"#)
        #expect(ExtractionScore(predicted: predicted, gold: gold).meta == 0.75)
    }

    @Test(
        "agrees with shared/eval/score.py to three decimals, on the output and on a damaged copy",
        .enabled(
            if: FileManager.default.fileExists(atPath: Fixtures.sharedScorer),
            "shared/eval/score.py is not beside this repository"))
    func agreesWithSharedScorer() throws {
        // setup: the real output, and one with every third record dropped and quotes cut short
        let output = ReportExtractor.extract(try Fixtures.yuquan).jsonRecords()
        let damaged = output.enumerated().compactMap { index, line -> String? in
            if index % 3 == 2 { return nil }
            return index % 5 == 0 ? line.replacingOccurrences(of: "\"quote\":\"", with: "\"quote\":\"x") : line
        }
        for lines in [output, damaged] {
            let path = try Fixtures.temporaryFile(lines.joined(separator: "\n") + "\n", suffix: ".jsonl")
            defer { try? FileManager.default.removeItem(atPath: path) }
            // act
            let python = try Fixtures.run(["python3", Fixtures.sharedScorer, path, Fixtures.yuquanGoldPath, "--json"])
            try #require(python.status == 0)
            let theirs = try JSONDecoder().decode(PythonScore.self, from: Data(python.output.utf8))
            let ours = ExtractionScore(
                predicted: try JSONValue.records(jsonLines: lines.joined(separator: "\n")), gold: try AccuracyTests.gold())
            // check
            func thousandths(_ value: Double?) -> Double? { value.map { ($0 * 1000).rounded() } }
            for (name, mine, reference) in [
                ("sections", ours.sections, theirs.sections), ("terms", ours.terms, theirs.terms),
                ("quantities", ours.quantities, theirs.quantities), ("tasks", ours.tasks, theirs.tasks),
                ("concrete_tasks", ours.concreteTasks, theirs.concrete_tasks),
            ] {
                let expected: [Double?] = reference.map { $0.map(Optional.some) } ?? [nil, nil, nil]
                #expect([mine?.precision, mine?.recall, mine?.f1].map(thousandths) == expected.map(thousandths), "\(name)")
            }
            #expect(Set(ours.quantityAttributes.keys) == Set(theirs.quantity_attributes.keys))
            for (name, value) in theirs.quantity_attributes {
                #expect(thousandths(ours.quantityAttributes[name] ?? nil) == thousandths(value), "\(name)")
            }
            #expect(thousandths(ours.meta) == thousandths(theirs.meta))
            #expect(thousandths(ours.overallF1) == thousandths(theirs.overall_f1))
        }
    }

    /// `score.py --json`.
    struct PythonScore: Decodable {
        var sections: [Double]?
        var terms: [Double]?
        var quantities: [Double]?
        var tasks: [Double]?
        var concrete_tasks: [Double]?
        var quantity_attributes: [String: Double?]
        var meta: Double?
        var overall_f1: Double
    }
}
