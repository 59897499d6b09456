import Foundation
import Testing

@testable import ReportExtraction

/// The byte-level JSON writer: what it writes reads back as what was written.
@Suite("JSON writer")
struct JSONWriterTests {
    static let awkwardStrings = [
        "", "政府工作报告", "引号\"与\\反斜杠", "换行\n回车\r制表\t", "\u{0}\u{1}\u{1F}\u{7F}", "😀🇨🇳", "A·B—C…",
        // past the first eight bytes, which are checked together
        "政府工作报告提出\"三个一\"工程", "abcdefghijklmnop\u{1}q", "一二三四五六七八九十\\", "0123456789abcdef\"",
    ]

    @Test("strings with quotes, backslashes, control characters, CJK and emoji read back unchanged", arguments: awkwardStrings)
    func strings(_ value: String) throws {
        var writer = JSONWriter()
        writer.beginObject()
        writer.add("text", value)
        writer.endObject()
        let object = try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String: String]
        #expect(object == ["text": value])
    }

    @Test("a stretch of scalars is written as the same JSON string as the String it spells", arguments: awkwardStrings)
    func scalars(_ value: String) {
        let scalars = Array("前\(value)后".unicodeScalars)
        var fromScalars = JSONWriter()
        fromScalars.value(scalars: scalars, 1..<(scalars.count - 1))
        var fromString = JSONWriter()
        fromString.value(value)
        #expect(fromScalars.bytes == fromString.bytes)
    }

    @Test("numbers: whole values without a fraction, others as Swift prints them, NaN as null")
    func numbers() {
        var writer = JSONWriter()
        writer.beginObject()
        writer.add("a", 37_000_000_000.0)
        writer.add("b", 4.7)
        writer.add("c", -12)
        writer.add("d", Double.nan)
        writer.add("e", Int?.none)
        writer.add("f", [0, 7, 123])
        writer.add("g", true)
        writer.endObject()
        #expect(
            String(decoding: writer.bytes, as: UTF8.self)
                == #"{"a":37000000000,"b":4.7,"c":-12,"d":null,"e":null,"f":[0,7,123],"g":true}"#)
    }

    @Test("a report's records as one stream of lines equal the records one by one")
    func lines() throws {
        let report = ReportExtractor.extract(try Fixtures.yuquan)
        var writer = JSONWriter()
        report.writeJSONLines(file: "甲.txt", into: &writer)
        let lines = String(decoding: writer.bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines == report.jsonRecords(file: "甲.txt"))
        #expect(lines.count == 1 + report.sections.count + report.terms.count + report.quantities.count + report.tasks.count)
    }
}
