import Foundation
import Testing
@testable import ReportExtraction

/// The extractor against the hand-labelled fixture, scored by `shared/eval/score.py`.
@Suite("Accuracy on the fixture")
struct AccuracyTests {
    struct Score: Decodable {
        var sections: [Double]
        var terms: [Double]
        var quantities: [Double]
        var tasks: [Double]
        var quantity_attributes: [String: Double?]
        var meta: Double
    }

    static func score() throws -> Score {
        let report = ReportExtractor.extract(try Fixtures.yuquan)
        let output = try Fixtures.temporaryFile(report.jsonRecords().joined(separator: "\n") + "\n", suffix: ".jsonl")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let result = try Fixtures.run(["python3", Fixtures.scorer, output, Fixtures.yuquanGoldPath, "--json"])
        try #require(result.status == 0)
        return try JSONDecoder().decode(Score.self, from: Data(result.output.utf8))
    }

    @Test("sections and glossary F1 = 1, every meta field right")
    func outline() throws {
        let score = try Self.score()
        #expect(score.sections[2] == 1.0)
        #expect(score.terms[2] == 1.0)
        #expect(score.meta == 1.0)
    }

    @Test("quantities F1 ≥ 0.95; kind and comparator ≥ 0.95; subject ≥ 0.85")
    func quantities() throws {
        let score = try Self.score()
        #expect(score.quantities[2] >= 0.95)
        #expect((score.quantity_attributes["kind"] ?? 0) ?? 0 >= 0.95)
        #expect((score.quantity_attributes["comparator"] ?? 0) ?? 0 >= 0.95)
        #expect((score.quantity_attributes["subject"] ?? 0) ?? 0 >= 0.85)
    }

    @Test("tasks F1 ≥ 0.85")
    func tasks() throws {
        #expect(try Self.score().tasks[2] >= 0.85)
    }
}
