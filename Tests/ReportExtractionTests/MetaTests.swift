import Foundation
import Testing

@testable import ReportExtraction

/// `meta` from reports as people find them: copied from a web page with site lines, titles that
/// name the city or the year in front, a title page run into one line, no title page at all, and
/// the State Council's report.
@Suite("Metadata from texts as they are found")
struct MetaTests {
    static let body = """
        一、2020年工作回顾
        过去一年，全区地区生产总值增长6.5%。
        二、2021年工作安排
        （一）城市建设
        新建口袋公园12处。
        """

    @Test("a web page's site lines before the report: title, issuer, summary and source are not report text")
    func siteLines() {
        // setup
        let text = """
            标题：邯郸市丛台区2021年政府工作报告
            时间：2021-03-30 作者：丛台区政府办 来源：丛台区人民政府 阅读： 175 评论： 0
            内容摘要：各位代表：现在，我代表区人民政府，向大会报告政府工作，请予审议。一、2020年工作回顾过去一年，全区地区生产总值增长6.5%，新增城镇就业3000人，完成固定资产投资100亿元。
            发文单位：邯郸市丛台区人民政府
            来源URL：http://www.congtai.gov.cn/2021/0330.html
            政府工作报告
            ——2021年1月20日在丛台区第十六届人民代表大会第五次会议上
            丛台区人民政府区长  张三
            各位代表：
            现在，我代表区人民政府，向大会报告政府工作，请予审议。
            \(Self.body)
            分享到：
            相关文章
            丛台区召开常务会议研究部署2021年重点工作
            """
        // act
        let report = ReportExtractor.extract(text)
        // check
        #expect(
            report.meta
                == ReportMeta(
                    title: "政府工作报告", jurisdiction: "丛台区", level: "区", date: "2021-01-20", speaker: "张三",
                    speakerTitle: "丛台区人民政府区长", session: "丛台区第十六届人民代表大会第五次会议", planYear: 2021))
        #expect(report.quantities.map(\.value) == [6.5, 12], "the summary's figures are not read twice")
    }

    @Test(
        "a title names the unit: the city or the year in front only place it",
        arguments: [
            ("邯郸市丛台区2021年政府工作报告", "丛台区", "区"),
            ("2021年丛台区政府工作报告", "丛台区", "区"),
            ("丛台区人民政府工作报告", "丛台区", "区"),
            ("二〇二一年丛台区人民政府工作报告", "丛台区", "区"),
            ("河北省2022年政府工作报告", "河北省", "省"),
            ("内蒙古自治区2022年政府工作报告", "内蒙古自治区", "省"),
            ("延边朝鲜族自治州2022年政府工作报告", "延边朝鲜族自治州", "市"),
            ("济南市市中区2023年政府工作报告", "市中区", "区"),
            ("徐州市沛县2023年政府工作报告", "沛县", "县"),
            ("苏州市吴中区2023年政府工作报告", "吴中区", "区"),
            ("达拉特旗2023年政府工作报告", "达拉特旗", "旗"),
        ])
    func titleNamesTheUnit(_ title: String, _ jurisdiction: String, _ level: String) {
        let meta = ReportExtractor.extract("\(title)\n各位代表：\n现在，我代表人民政府向大会报告工作。\n\(Self.body)\n").meta
        #expect(meta.jurisdiction == jurisdiction)
        #expect(meta.level == level)
        #expect(meta.title == "政府工作报告")
        #expect(meta.planYear == 2021)
    }

    @Test(
        "a spaced title run together with the date, session, speaker and greeting on one line",
        arguments: ["张三??", "　张　三", "张&nbsp;三", " 张三 "])
    func runTogether(_ paddedName: String) {
        let text =
            "政 府 工 作 报 告——2021年1月20日在丛台区第十六届人民代表大会第五次会议上丛台区人民政府区长\(paddedName)各位代表：现在，我代表区人民政府，向大会报告政府工作，请予审议。\n\(Self.body)\n"
        let meta = ReportExtractor.extract(text).meta
        #expect(
            meta
                == ReportMeta(
                    title: "政府工作报告", jurisdiction: "丛台区", level: "区", date: "2021-01-20", speaker: "张三",
                    speakerTitle: "丛台区人民政府区长", session: "丛台区第十六届人民代表大会第五次会议", planYear: 2021))
    }

    @Test("a title broken over two lines and the speaker's name on the line after the title")
    func brokenTitle() {
        let text = "政府工作报\n告\n——2021年1月20日在丛台区第十六届人民代表大会第五次会议上\n丛台区人民政府区长\n张三\n各位代表：\n\(Self.body)\n"
        let meta = ReportExtractor.extract(text).meta
        #expect(meta.title == "政府工作报告")
        #expect(meta.speaker == "张三")
        #expect(meta.jurisdiction == "丛台区")
    }

    @Test("no title page: the jurisdiction from 我代表…人民政府, the plan year from the plan heading")
    func noTitle() {
        let meta = ReportExtractor.extract("各位代表：\n现在，我代表涉县人民政府，向大会报告政府工作，请予审议。\n\(Self.body)\n").meta
        #expect(meta == ReportMeta(jurisdiction: "涉县", level: "县", planYear: 2021))
    }

    @Test("no title page and no plan heading with a year: the year after the one the review looks back on")
    func yearFromReview() {
        let text = "各位代表：\n现在，我代表县人民政府，向大会报告政府工作。\n一、2020年工作回顾\n过去一年，全县地区生产总值增长6%。\n二、今年工作安排\n新建幼儿园3所。\n"
        let meta = ReportExtractor.extract(text).meta
        #expect(meta.planYear == 2021)
        #expect(meta.jurisdiction == nil, "县人民政府 names no county: the field stays null")
    }

    @Test("the State Council's report: 我代表国务院 is 中国, level 国")
    func stateCouncil() {
        let text =
            "各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n一、2024年工作回顾\n过去一年，国内生产总值增长5%。\n二、2025年经济社会发展总体要求和政策取向\n三、2025年政府工作任务\n（一）大力提振消费\n"
        let meta = ReportExtractor.extract(text).meta
        #expect(meta == ReportMeta(jurisdiction: "中国", level: "国", planYear: 2025))
    }

    @Test("every State Council report of 2016–2025 gives 中国, its plan year and, with a title page, its date and session")
    func nationalCorpus() throws {
        let directory = Fixtures.directory.appendingPathComponent("corpus")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count == 9)
        for file in files {
            let year = Int(file.dropFirst("china-".count).prefix(4))!
            let meta = ReportExtractor.extract(try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8))
                .meta
            #expect(meta.jurisdiction == "中国", "\(file)")
            #expect(meta.level == "国", "\(file)")
            #expect(meta.planYear == year, "\(file)")
            if meta.title != nil {
                #expect(meta.date == "\(year)-03-05", "\(file)")
                #expect(meta.session?.contains("全国人民代表大会第") == true && meta.session?.hasSuffix("次会议") == true, "\(file)")
                #expect(meta.speakerTitle == "国务院总理", "\(file)")
            }
        }
    }

    @Test("a report without a title line that opens with its date and session line and the speaker")
    func untitledOpening() {
        let text = """
            2023年1月12日青石市青山区第三届人民代表大会第二次会议
            青石市青山区人民政府区长王明
            一、2022年工作回顾
            过去一年，全区地区生产总值增长6.5%。
            二、2023年工作安排
            新建幼儿园3所。
            """
        let meta = ReportExtractor.extract(text).meta
        #expect(meta.date == "2023-01-12" && meta.speaker == "王明" && meta.speakerTitle == "青石市青山区人民政府区长")
        #expect(meta.session == "青石市青山区第三届人民代表大会第二次会议" && meta.jurisdiction == "青山区" && meta.planYear == 2023)
    }

    @Test("a news page that summarizes the report: the session, date, speaker and plan year from its site title and summary")
    func newsSummary() {
        let text = """
            工作报告
            青石市白河县2024年政府工作报告
            时间：2024-02-20 作者：县域网 来源：政府官网 阅读：
            128
            内容摘要：
            在1月9日召开的青石市白河县第五届人民代表大会第三次会议第一次全体会议上，县长李青代表县人民政府向大会作政府工作报告。
            《报告》说，过去一年，全县地区生产总值增长6%。
            《报告》说，今年要新建幼儿园3所。
            """
        let meta = ReportExtractor.extract(text).meta
        #expect(meta.jurisdiction == "白河县" && meta.planYear == 2024 && meta.date == "2024-01-09")
        #expect(meta.session == "青石市白河县第五届人民代表大会第三次会议")
        #expect(meta.speaker == "李青" && meta.speakerTitle == "白河县人民政府县长")
    }

    @Test("a sentence about another meeting is no session: 召开的 without a people's congress or a work report")
    func otherMeetingIsNoSession() {
        let text = "各位代表：\n现在，我代表白河县人民政府向大会报告工作。\n一、2023年工作回顾\n在3月召开的全县经济工作会议上，我们部署了全年任务。\n二、2024年工作安排\n新建幼儿园3所。\n"
        let meta = ReportExtractor.extract(text).meta
        #expect(meta.session == nil && meta.speaker == nil)
        #expect(meta.jurisdiction == "白河县" && meta.planYear == 2024)
    }

    @Test("a page summary that runs the title page into the report gives its date or speaker; its opening is not the session")
    func summaryRunTogether() {
        let dated = """
            青石市白河区2020年政府工作报告
            时间：2023-03-30 作者：县域网 来源：政府官网 阅读：
            内容摘要：
            政府工作报告2020年1月9日各位代表、同志们：现在，我代表区政府，向大会作工作报告，请予审议，并请区政协委员和列席会议的同志提出意见。......
            现在，我代表区政府，向大会作工作报告，请予审议，并请区政协委员和列席会议的同志提出意见。
            一、2019年工作回顾
            过去一年，全区地区生产总值增长6%。
            二、2020年工作安排
            新建幼儿园3所。
            """
        let first = ReportExtractor.extract(dated).meta
        #expect(first.date == "2020-01-09" && first.session == nil && first.planYear == 2020)
        let spoken = dated.replacingOccurrences(of: "政府工作报告2020年1月9日", with: "政府工作报告白河区人民政府区长杨大伟")
        let second = ReportExtractor.extract(spoken).meta
        #expect(second.speaker == "杨大伟" && second.speakerTitle == "白河区人民政府区长")
    }

    @Test("the speaker's name on the line after the title page")
    func nameAfterTitlePage() {
        let text = "2012年2月16日在白河县第十五届人民代表大会第一次会议上\n白河县人民政府县长\n李保森\n各位代表：\n现在，我代表白河县人民政府向大会报告工作。\n一、过去五年工作回顾\n略。\n"
        let meta = ReportExtractor.extract(text).meta
        #expect(meta.speaker == "李保森" && meta.speakerTitle == "白河县人民政府县长" && meta.date == "2012-02-16")
    }

    @Test("a session's name wrapped onto the next line (…人民代表大会 / 第五次会议上) is one session; the speaker after it is read")
    func wrappedSession() {
        let text = "政府工作报告2011年1月20日在白河县第十四届人民代表大会\n第五次会议上\n白河县人民政府县长王立新\n各位代表：\n\(Self.body)\n"
        let meta = ReportExtractor.extract(text).meta
        #expect(meta.session == "白河县第十四届人民代表大会第五次会议")
        #expect(meta.speaker == "王立新" && meta.speakerTitle == "白河县人民政府县长")
        #expect(meta.date == "2011-01-20" && meta.jurisdiction == "白河县")
    }

    @Test("no name anywhere in the opening: the thanks names the place (关心支持易县发展, 关心容城发展 + 县 from the greeting)")
    func thanksNamesThePlace() {
        func text(_ thanks: String, greeting: String = "我代表县人民政府") -> String {
            "各位代表：\n现在，\(greeting)，向大会报告工作。\n一、2017年工作回顾\n过去一年，全县地区生产总值增长6%。\n各位代表！成绩来之不易。在此，我代表县人民政府，向\(thanks)的朋友们，表示衷心的感谢！\n二、2018年工作安排\n新建幼儿园3所。\n"
        }
        #expect(ReportExtractor.extract(text("所有关心支持白河县发展")).meta.jurisdiction == "白河县")
        #expect(ReportExtractor.extract(text("关心青岭发展")).meta.jurisdiction == "青岭县")
        #expect(ReportExtractor.extract(text("关心和支持青岭经济社会发展", greeting: "我代表区人民政府")).meta.jurisdiction == "青岭区")
        // Caring about development in general names no place, nor does the phrase outside the thanks.
        #expect(ReportExtractor.extract(text("关心支持发展")).meta.jurisdiction == nil)
        let elsewhere = text("关心支持发展").replacingOccurrences(of: "新建幼儿园3所。", with: "动员全社会关心支持教育发展。")
        #expect(ReportExtractor.extract(elsewhere).meta.jurisdiction == nil)
    }
}
