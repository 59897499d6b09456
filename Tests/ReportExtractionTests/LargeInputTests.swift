import Testing
@testable import ReportExtraction

@Suite("Large and odd input")
struct LargeInputTests {
    /// One paragraph of about 1.5 million characters, wrapped every 50 characters as a PDF
    /// extraction would: joining lines, finding quotes and splitting clauses must stay linear.
    @Test("a huge single paragraph is read in one pass", .timeLimit(.minutes(1)))
    func hugeParagraph() {
        let sentence = "新建\"口袋公园\"60处、人行绿道40公里，实施82个老旧小区提升改造工程，"
        let body = String(repeating: sentence, count: 40_000)
        var wrapped = "三、2022年工作安排\n"
        var line = ""
        for character in body {
            line.append(character)
            if line.count == 50 {
                wrapped += line + "\n"
                line = ""
            }
        }
        wrapped += line + "。\n"
        let report = ReportExtractor.extract(wrapped)
        #expect(report.quantities.count == 120_000)
        #expect(report.tasks.count == 80_000)
    }

    @Test("control characters, lone surrogates' replacements and emoji do not break extraction")
    func oddCharacters() {
        let report = ReportExtractor.extract("三、2022年工作安排\n\u{1}新建公园\u{FFFD}3处😀，\u{7}启动体育中心建设。\n")
        #expect(report.quantities.map(\.value) == [3])
        #expect(report.tasks.count == 2)
    }

    @Test("empty and blank text give no records and a warning")
    func emptyText() {
        for text in ["", " \n\t\n"] {
            let report = ReportExtractor.extract(text)
            #expect(report.sections.isEmpty && report.quantities.isEmpty && report.tasks.isEmpty)
            #expect(!report.diagnostics.isEmpty)
        }
    }
}
