import Testing

@testable import ReportExtraction

@Suite("Outline")
struct OutlineTests {
    /// A made-up city report in another layout: website debris, a run-in heading, a speaker
    /// line with a space, a numbered glossary, an annex after the closing words.
    static let cityReport = """
        2022年青山市政府工作报告_青山市人民政府
        索引号：11150100/2022-00123 发文机关：青山市人民政府
        时间：2022-01-25 来源：青山市人民政府办公室
        政府工作报告
        （2022年1月8日在青山市第十五届人民代表大会第二次会议上）
        青山市人民政府市长  李 明
        各位代表：
        现在，我代表市人民政府向大会报告工作，请予审议。
        一、2021年工作回顾
        过去一年，全市地区生产总值增长8.1%，新增城镇就业3.2万人。
        二、2022年工作安排
        今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。
        （一）持续激发消费潜能。鼓励发展夜间经济，新建城市书房12个。
        （二）加快建设现代产业体系。推动青山钢铁技改项目投产。
        三、加强政府自身建设
        各位代表！让我们在市委坚强领导下，奋力谱写青山发展新篇章！
        附件：2022年民生实事
        一、新建幼儿园10所
        二、改造老旧小区30个
        名词解释
        [1]“四个区域中心”：区域科技创新中心、区域交通物流中心。
        2.六稳：稳就业、稳金融。
        分享到：
        相关文章
        青山市召开常务会议
        """

    @Test("meta comes from the title page")
    func meta() {
        let meta = ReportExtractor.extract(Self.cityReport).meta
        #expect(meta.title == "政府工作报告")
        #expect(meta.date == "2022-01-08")
        #expect(meta.session == "青山市第十五届人民代表大会第二次会议")
        #expect(meta.speakerTitle == "青山市人民政府市长")
        #expect(meta.speaker == "李明")
        #expect(meta.jurisdiction == "青山市")
        #expect(meta.level == "市")
        #expect(meta.planYear == 2022)
    }

    @Test("the fixture's meta is read in full")
    func fixtureMeta() throws {
        let meta = ReportExtractor.extract(try Fixtures.yuquan).meta
        #expect(
            meta
                == ReportMeta(
                    title: "政府工作报告", jurisdiction: "玉泉区", level: "区", date: "2022-01-21", speaker: "南男",
                    speakerTitle: "玉泉区人民政府代区长", session: "玉泉区第十八届人民代表大会第一次会议", planYear: 2022))
    }

    @Test("parts and sections get path ids; a run-in heading's title ends at its full stop")
    func sections() {
        let sections = ReportExtractor.extract(Self.cityReport).sections
        #expect(sections.map(\.id) == ["1", "2", "2.1", "2.2", "3"])
        #expect(sections[2].title == "持续激发消费潜能")
        #expect(sections[2].marker == "（一）")
        #expect(sections[1].title == "2022年工作安排")
    }

    @Test("numbered items of an annex after the closing words are not sections")
    func annexIsNotSections() {
        let sections = ReportExtractor.extract(Self.cityReport).sections
        #expect(!sections.contains { $0.title.contains("幼儿园") })
    }

    @Test("glossary list markers are not part of the term; debris after it is dropped")
    func glossary() {
        let terms = ReportExtractor.extract(Self.cityReport).terms
        #expect(terms.map(\.term) == ["“四个区域中心”", "六稳"])
        #expect(terms[1].definition == "稳就业、稳金融。")
    }

    @Test("nothing is extracted from website debris")
    func debris() {
        let report = ReportExtractor.extract(Self.cityReport)
        #expect(!report.quantities.contains { $0.quote.contains("2022-01") })
        #expect(!report.tasks.contains { $0.text.contains("常务会议") })
    }

    @Test("the run-in heading's paragraph is read for quantities and tasks")
    func runInBodyIsRead() {
        let report = ReportExtractor.extract(Self.cityReport)
        #expect(report.quantities.contains { $0.subject == "城市书房" && $0.section == "2.1" })
        #expect(report.tasks.contains { $0.text == "新建城市书房12个" && $0.section == "2.1" })
    }

    @Test("text without report structure still gives its quantities, with a warning")
    func unstructuredText() {
        let report = ReportExtractor.extract("今年全市新建公园5处，改造道路12条。")
        #expect(report.quantities.count == 2)
        #expect(report.sections.isEmpty)
        #expect(!report.diagnostics.isEmpty)
    }

    /// A district report with its session on a line of its own, parts titled by year only,
    /// and footnotes after the closing words instead of a glossary heading.
    static let plainReport = """
        2023年白水区政府工作报告
        ——2023年1月6日
        在区第十届人民代表大会第三次会议上
        区长 张三
        一、2022年工作
        新建公园3处。
        二、2023年工作
        新建公园5处。
        各位代表，让我们携手奋进！
        [1]四方责任：属地、部门、单位、个人的责任。
        """

    @Test("meta from a session line of its own and the title line's jurisdiction")
    func metaFromOtherLayout() {
        let meta = ReportExtractor.extract(Self.plainReport).meta
        #expect(meta.session == "区第十届人民代表大会第三次会议")
        #expect(meta.jurisdiction == "白水区")
        #expect(meta.level == "区")
        #expect(meta.planYear == 2023)
    }

    @Test("a part titled with a past year reviews; the plan year's part plans")
    func partsByYear() {
        let quantities = ReportExtractor.extract(Self.plainReport).quantities
        #expect(quantities.map(\.kind) == [.achievement, .target])
    }

    @Test("footnotes after the closing words are read as the glossary")
    func footnoteGlossary() {
        #expect(ReportExtractor.extract(Self.plainReport).terms == [Term(term: "四方责任", definition: "属地、部门、单位、个人的责任。")])
    }

    @Test("a report without numbered parts still tells its review from its plan by title lines")
    func unnumberedParts() {
        let text = "政府工作报告\n过去一年工作回顾\n新建公园3处。\n2023年工作安排\n（一）扩大需求\n新建公园5处。\n"
        let report = ReportExtractor.extract(text)
        #expect(report.quantities.map(\.kind) == [.achievement, .target])
        #expect(report.tasks.map(\.text) == ["新建公园5处"])
        #expect(report.sections.map(\.id) == ["1"])
    }

    @Test("footnotes numbered ①② after the closing words are the glossary")
    func circledFootnotes() {
        let text = "一、2022年工作回顾\n新建公园3处。\n二、2023年工作安排\n新建公园5处。\n各位代表，让我们携手奋进！\n①四方责任：属地、部门、单位、个人的责任。\n②两违：违法用地、违法建设。\n"
        #expect(ReportExtractor.extract(text).terms.map(\.term) == ["四方责任", "两违"])
    }

    @Test("a glossary entry may set its term off with a dash")
    func dashedGlossary() {
        let report = ReportExtractor.extract("一、回顾\n新建公园3处。\n名词解释\n1.四方责任——属地、部门、单位、个人的责任。\n")
        #expect(report.terms == [Term(term: "四方责任", definition: "属地、部门、单位、个人的责任。")])
    }

    @Test(
        "part titles tell review from plan",
        arguments: [
            ("本届政府工作回顾", nil as PartKind?, PartKind.review), ("过去五年工作回顾", nil, .review),
            ("今后五年政府工作的指导思想和主要任务", .review, .termPlan), ("2022年工作安排", .termPlan, .yearPlan),
            ("加强政府自身建设，打造人民满意政府", .yearPlan, .yearPlan), ("“十四五”时期奋斗目标", .review, .termPlan),
        ])
    func partKinds(_ title: String, _ previous: PartKind?, _ expected: PartKind) {
        #expect(PartKind.classify(title: title, previous: previous) == expected)
    }

    /// A made-up report whose parts are unnumbered title lines, each numbering its own parts
    /// from 一 again (a layout of some provinces' county reports).
    static let titledBlocksReport = """
        河川县2023年政府工作报告
        各位代表：
        2022年工作回顾
        预计生产总值增长5%左右，同口径增长9%。
        一、坚持产业发展，制造业加快起势
        完成工业技改项目113个。
        二、坚持改革开放，市场活力持续释放
        新签约项目28个。
        2023年工作目标任务
        今年主要预期目标是：生产总值增长6%以上。
        一、聚焦高质量发展，推进制造业强县建设
        （一）培育壮大优强企业。实施技改项目100个。
        二、聚焦增强内生动力，扩大有效投资
        新建城区公厕10座。
        加强政府自身建设
        一、坚持政治建设，忠诚履行使命
        深入开展“八五”普法。
        """

    @Test("parts numbered again under unnumbered titles: the plan keeps its numbers, the others follow them")
    func titledBlocks() {
        let outline = OutlineReader.read(Normalizer.normalize(Self.titledBlocksReport))
        #expect(outline.sections.map(\.id) == ["3", "4", "1", "1.1", "2", "5"])
        #expect(outline.sections.map(\.marker) == ["一、", "二、", "一、", "（一）", "二、", "一、"])
        let report = ReportExtractor.extract(Self.titledBlocksReport)
        // The review's parts review (its figures are achievements), the plan's parts plan.
        #expect(report.quantities.first { $0.value == 113 }?.kind == .achievement)
        #expect(report.quantities.first { $0.value == 113 }?.section == "3")
        #expect(report.quantities.first { $0.value == 100 }?.section == "1.1")
        #expect(report.quantities.first { $0.value == 10 }?.section == "2")
        // The targets before the plan's first part are in no section of the review.
        let target = report.quantities.first { $0.value == 6 }
        #expect(target?.kind == .target && target?.section == nil)
        #expect(report.tasks.first { $0.text.contains("普法") }?.section == "5")
    }

    @Test("a short line that leads into a list is no part title")
    func colonLineIsNoTitle() {
        let text = "一、2018年工作回顾\n新建公园3处。\n二、2019年目标任务和重点工作\n今年政府工作的主要任务是：\n（一）持续推进产业发展。新建公园5处。\n（二）持续扩大开放。新建公园6处。\n"
        #expect(ReportExtractor.extract(text).sections.map(\.id) == ["1", "2", "2.1", "2.2"])
    }
}
