import Testing

@testable import ReportExtraction

@Suite("Chinese numerals")
struct ChineseNumeralTests {
    @Test(
        "numerals read as numbers",
        arguments: [
            ("两", 2.0), ("十", 10), ("十二", 12), ("二十七", 27), ("一百零五", 105), ("一千二百", 1200), ("三万", 30000),
            ("两万五千", 25000), ("万", 10000), ("亿", 100_000_000), ("三亿五千万", 350_000_000), ("〇", 0), ("九", 9),
        ])
    func reads(_ written: String, _ value: Double) {
        #expect(ChineseNumeral.value(of: Array(written.unicodeScalars)[...]) == value)
    }

    @Test("runs of digits are not amounts", arguments: ["一二", "二〇二二", "十四五"])
    func rejectsDigitRuns(_ written: String) {
        #expect(ChineseNumeral.value(of: Array(written.unicodeScalars)[...]) == nil)
    }
}
