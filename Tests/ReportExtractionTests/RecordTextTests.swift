import Foundation
import Testing

@testable import ReportExtraction

/// Records keep their texts as stretches of the normalized text until read: read, compared,
/// changed and encoded, they behave as the strings they span.
@Suite("Record texts")
struct RecordTextTests {
    @Test("a task's text and a quantity's quote are the normalized text at their offsets")
    func offsets() throws {
        let report = ReportExtractor.extract(try Fixtures.yuquan)
        let scalars = report.normalizedScalars
        let task = try #require(report.tasks.first)
        let quantity = try #require(report.quantities.first)
        #expect(task.text == scalars.string(task.start..<task.end))
        #expect(quantity.quote == scalars.string(quantity.start..<quantity.end))
        #expect(!quantity.subject.isEmpty)
    }

    @Test("a record made from strings equals the one the extractor made, and a changed text differs")
    func equality() throws {
        let report = ReportExtractor.extract(try Fixtures.yuquan)
        let task = try #require(report.tasks.first)
        let rebuilt = PlanTask(
            section: task.section, horizon: task.horizon, vague: task.vague, text: task.text, quantities: task.quantities,
            start: task.start, end: task.end)
        #expect(rebuilt == task)
        var changed = task
        changed.text = "新建人行绿道40公里"
        #expect(changed.text == "新建人行绿道40公里")
        #expect(changed != task)
        let quantity = try #require(report.quantities.first)
        var renamed = quantity
        renamed.subject = "口袋公园"
        renamed.action = nil
        #expect(renamed.subject == "口袋公园" && renamed.action == nil && renamed.quote == quantity.quote)
        #expect(renamed != quantity)
    }

    @Test("records encode with the spec's field names and decode to equal records")
    func codable() throws {
        let report = ReportExtractor.extract(try Fixtures.yuquan)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for task in report.tasks.prefix(20) {
            let data = try encoder.encode(task)
            #expect(try JSONDecoder().decode(PlanTask.self, from: data) == task)
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(object["text"] as? String == task.text)
        }
        for quantity in report.quantities.prefix(20) {
            let data = try encoder.encode(quantity)
            #expect(try JSONDecoder().decode(Quantity.self, from: data) == quantity)
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(Set(object.keys).isSuperset(of: ["kind", "subject", "value", "unit", "comparator", "quote", "start", "end"]))
            #expect(object["quote"] as? String == quantity.quote)
            #expect((object["action"] as? String) == quantity.action)
        }
    }
}
