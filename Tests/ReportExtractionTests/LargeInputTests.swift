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

@Suite("Extraction on generated text")
struct ExtractionPropertyTests {
    static let pieces = [
        "三、2022年工作安排\n", "（一）", "新建", "公园", "3", "5", ".", "万", "亿", "两", "十", "一", "个", "处", "%", "％",
        "左右", "以上", "约", "余", "—", "至", "、", "，", "。", "；", "：", "\"", "“", "”", "《", "》", "[1]", "【2】",
        "第", "年", "月", "日", "等", "的", "启动", "建设", "完成", "坚持", "以", "为抓手", "\n", " ", "1.0:30.8",
        "名词解释\n", "四方责任：", "各位代表，让我们奋斗！\n", "附件\n", "一、", "７", "×", "PM", "5G",
    ]

    @Test("1000 generated texts: no crash, every quote and task text sits at its offsets")
    func offsetsHold() {
        var generator = NormalizerPropertyTests.Generator(state: 7)
        for _ in 0..<1000 {
            let count = 1 + generator.next(80)
            let text = (0..<count).map { _ in Self.pieces[generator.next(Self.pieces.count)] }.joined()
            let report = ReportExtractor.extract(text)
            let scalars = Array(report.normalizedText.unicodeScalars)
            for quantity in report.quantities {
                #expect(quantity.start < quantity.end && quantity.end <= scalars.count, "\(text.debugDescription)")
                #expect(scalars.string(quantity.start..<quantity.end) == quantity.quote, "\(text.debugDescription)")
                #expect(!quantity.subject.isEmpty && !quantity.unit.isEmpty, "\(text.debugDescription)")
            }
            for task in report.tasks {
                #expect(task.start < task.end && task.end <= scalars.count, "\(text.debugDescription)")
                #expect(scalars.string(task.start..<task.end) == task.text, "\(text.debugDescription)")
                #expect(task.quantities.allSatisfy { $0 < report.quantities.count }, "\(text.debugDescription)")
            }
        }
    }
}
