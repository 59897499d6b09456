import Foundation
import Testing

@testable import ReportExtraction

@Suite("Normalization")
struct NormalizerTests {
    @Test("the fixture normalizes exactly as the reference script does")
    func fixtureMatchesReference() throws {
        // setup
        let reference = try Fixtures.run(["python3", Fixtures.normalizer, Fixtures.yuquanPath])
        try #require(reference.status == 0)
        // act
        let normalized = Normalizer.normalize(try Fixtures.yuquan)
        // check
        #expect(normalized.string == reference.output)
    }

    @Test("spaces between CJK characters are removed")
    func spacesBetweenCJK() {
        #expect(Normalizer.normalize("区十八届人大一次会议 文 件 之 二 十").string == "区十八届人大一次会议文件之二十\n")
    }

    @Test("spaces between CJK text and numbers are removed")
    func spacesAroundNumbers() {
        #expect(Normalizer.normalize("地区生产总值从 269.9 亿元增长到 370 亿元").string == "地区生产总值从269.9亿元增长到370亿元\n")
    }

    @Test("half-width punctuation between CJK text becomes full-width")
    func punctuationWidens() {
        #expect(Normalizer.normalize("各位代表:现在,我代表(区)政府;请予审议").string == "各位代表：现在，我代表（区）政府；请予审议\n")
    }

    @Test("a paragraph broken across lines or pages is joined; headings stand alone")
    func brokenLinesJoin() {
        let text = "一、本届政府工作回顾\n统筹推进疫情防控和经济社会发展，压实四方责任，万名党员干部、社区志愿者在疫情一线与人民\n\n群众并肩作战，构建起联防联控的防控体系，\n3例本土确诊病例得到妥善救治。\n（一）强管理"
        let normalized = Normalizer.normalize(text)
        #expect(
            normalized.string
                == "一、本届政府工作回顾\n统筹推进疫情防控和经济社会发展，压实四方责任，万名党员干部、社区志愿者在疫情一线与人民群众并肩作战，构建起联防联控的防控体系，3例本土确诊病例得到妥善救治。\n（一）强管理\n")
        #expect(normalized.paragraphs.count == 3)
    }

    @Test("middle dots in names stay")
    func middleDotsStay() {
        #expect(Normalizer.normalize("凯德•诺和木勒、凯德·诺和木勒").string == "凯德•诺和木勒、凯德·诺和木勒\n")
    }

    @Test("paragraphs are separated by one newline, whatever the line endings; other characters stay as the reference keeps them")
    func lineEndings() throws {
        #expect(Normalizer.normalize("第一段。\r\n\r\n\r\n第二段。\r第三段。\n第四段。").string == "第一段。\n第二段。\n第三段。\n第四段。\n")
        let text = "全年\u{200B} 降低5700多亿元\u{0C}。\u{A0}新建\u{3000}公园\u{2028}3处。"
        let reference = try Fixtures.run(["python3", Fixtures.normalizer, try Fixtures.temporaryFile(text)])
        try #require(reference.status == 0)
        #expect(Normalizer.normalize(text).string == reference.output)
    }

    /// The reference script widens a comma between two digits too (`1,200` → `1，200`); the
    /// number reader takes `，` before a group of three digits as a thousands separator.
    @Test("a thousands separator widens as the reference's does, and the number still reads whole")
    func thousandsSeparator() {
        #expect(Normalizer.normalize("完成投资1,200亿元").string == "完成投资1，200亿元\n")
        #expect(ReportExtractor.planQuantities("完成投资1,200亿元。").first?.value == 120_000_000_000)
        #expect(ReportExtractor.planQuantities("完成投资1，234，567万元。").first?.value == 12_345_670_000)
        // Not a separator: a year list, four digits before it, or two after it.
        #expect(ReportExtractor.planQuantities("新建公园3处，120个小区完成改造。").map(\.value) == [3, 120])
    }

    @Test("offsets count Unicode scalars: an emoji or a rare ideograph counts once")
    func offsetsAreScalars() {
        let normalized = Normalizer.normalize("𠀀新建公园3处。")
        #expect(normalized.scalars.count == 9)
        #expect(normalized.paragraphs == [0..<8])
    }
}

@Suite("Normalization keeps everything the reference keeps")
struct NormalizerKeepsTests {
    /// Website debris is not deleted: it is skipped when extracting, so that offsets mean the
    /// same in every tool. A line with a colon joins the next, as the reference does.
    @Test("a web page's counter, date and source lines stay in the text, as the reference has them")
    func debrisStays() throws {
        let text = "工作报告\n241\n0\n01-24\n时间：2022-01-25 来源：青山市人民政府办公室\n政府工作报告\n（2022年1月8日在青山市第十五届人民代表大会第二次会议上）\n"
        let reference = try Fixtures.run(["python3", Fixtures.normalizer, try Fixtures.temporaryFile(text)])
        try #require(reference.status == 0)
        #expect(Normalizer.normalize(text).string == reference.output)
        #expect(Normalizer.normalize(text).string.hasPrefix("工作报告\n241\n0\n01-24\n"))
    }
}

@Suite("Normalization against the reference on generated text")
struct NormalizerPropertyTests {
    /// Characters that exercise every rule: CJK text and punctuation, digits, letters, half-width
    /// punctuation, quotes, blanks, tabs, line breaks, heading markers.
    static let alphabet = Array("政府工作报告新建公园处增长一二三、，。；：！？（）“”\"\"0123456789%abcXY ,;:() \t\t  \n\n\n—·•")

    /// A deterministic generator, so that a failure can be reproduced.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test("1000 generated texts normalize exactly as the reference script does")
    func generatedTexts() throws {
        // setup
        var generator = Generator(state: 2022)
        var texts: [String] = []
        for _ in 0..<1000 {
            let length = 1 + generator.next(200)
            var text = String((0..<length).map { _ in Self.alphabet[generator.next(Self.alphabet.count)] })
            if generator.next(4) == 0 { text = "（一）" + text }
            texts.append(text)
        }
        let input = try Fixtures.temporaryFile(String(data: try JSONEncoder().encode(texts), encoding: .utf8)!, suffix: ".json")
        defer { try? FileManager.default.removeItem(atPath: input) }
        let script = """
            import importlib.util, json, sys
            spec = importlib.util.spec_from_file_location("normalize", sys.argv[1])
            module = importlib.util.module_from_spec(spec); spec.loader.exec_module(module)
            print(json.dumps([module.normalize(t) for t in json.load(open(sys.argv[2], encoding="utf-8"))]))
            """
        // act
        let result = try Fixtures.run(["python3", "-c", script, Fixtures.normalizer, input])
        try #require(result.status == 0)
        let expected = try JSONDecoder().decode([String].self, from: Data(result.output.utf8))
        // check
        try #require(expected.count == texts.count)
        for (text, reference) in zip(texts, expected) {
            let ours = Normalizer.normalize(text).string
            // The reference leaves an empty text as a lone newline too.
            #expect(ours == reference, "input: \(text.debugDescription)")
        }
    }

    @Test("the quick white-space test agrees with Unicode's White_Space property on every scalar of the plane")
    func unicodeWhitespace() {
        for value in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }  // surrogates
            #expect(scalar.isUnicodeWhitespace == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }
}
