import Testing

@testable import ReportExtraction

@Suite("Quantities")
struct QuantityTests {
    @Test("a verb, a subject, a number and a unit")
    func verbSubjectNumberUnit() throws {
        let quantity = try #require(ReportExtractor.planQuantities("新建人行绿道40公里。").first)
        #expect(quantity.kind == .target)
        #expect(quantity.section == "3.1")
        #expect(quantity.action == "新建")
        #expect(quantity.subject == "人行绿道")
        #expect(quantity.value == 40)
        #expect(quantity.unit == "公里")
        #expect(quantity.comparator == .eq)
        #expect(quantity.quote == "新建人行绿道40公里")
    }

    @Test("one verb shared across a 、-list gives one record an item")
    func sharedVerb() {
        let quantities = ReportExtractor.planQuantities("新建体育公园6处、城市书房12个。")
        #expect(quantities.map(\.subject) == ["体育公园", "城市书房"])
        #expect(quantities.map(\.action) == ["新建", "新建"])
        #expect(quantities.map(\.value) == [6, 12])
        #expect(quantities.map(\.unit) == ["处", "个"])
    }

    @Test(
        "scale words are applied",
        arguments: [
            ("接待游客80.8万人次。", 808_000.0, "人次"), ("实现营业收入370亿元。", 37_000_000_000, "元"),
            ("争取资金4715万元。", 47_150_000, "元"), ("完成投资1.2万亿元。", 1_200_000_000_000, "元"),
            ("造林3千亩。", 3000, "亩"), ("清淤10万方。", 100_000, "方"), ("新建线路5千米。", 5, "千米"), ("改造房屋１２０户。", 120, "户"),
        ])
    func scaleWords(_ sentence: String, _ value: Double, _ unit: String) throws {
        let quantity = try #require(ReportExtractor.planQuantities(sentence).first)
        #expect(quantity.value == value)
        #expect(quantity.unit == unit)
    }

    @Test(
        "Chinese numerals are read",
        arguments: [
            ("完成两轮全员核酸检测。", 2.0, "轮"), ("新建两个社区服务中心。", 2, "个"), ("建成一千二百个充电桩。", 1200, "个"), ("培育十二家龙头企业。", 12, "家"),
            ("组织三万名志愿者。", 30000, "名"), ("万名干部下基层。", 10000, "名"),
        ])
    func chineseNumerals(_ sentence: String, _ value: Double, _ unit: String) throws {
        let quantity = try #require(ReportExtractor.planQuantities(sentence).first)
        #expect(quantity.value == value)
        #expect(quantity.unit == unit)
    }

    @Test(
        "comparators",
        arguments: [
            ("地区生产总值增长7%左右。", Comparator.approx), ("拆除违建约12万平方米。", .approx), ("新增就业近5000人。", .approx),
            ("培训2200人以上。", .gte), ("引进项目超过20个。", .gte), ("新增就业不少于3000人。", .gte),
            ("建成至少5所学校。", .gte), ("培育7000余家企业。", .gte), ("开展20多场活动。", .gte),
            ("城镇登记失业率控制在5%以内。", .lte), ("PM10浓度不超过60%。", .lte), ("能耗降低到3%以下。", .lte),
            ("新建公园3处。", .eq),
        ])
    func comparators(_ sentence: String, _ comparator: Comparator) throws {
        let quantity = try #require(ReportExtractor.planQuantities(sentence).first)
        #expect(quantity.comparator == comparator)
    }

    @Test(
        "ranges",
        arguments: [
            ("引进2—3个项目。", 2.0, 3.0, "个"), ("引进3–5家企业。", 3, 5, "家"), ("增长6%～7%。", 6, 7, "%"),
            ("建设3至5所学校。", 3, 5, "所"), ("新增4到6条线路。", 4, 6, "条"), ("引进2一3个现代服务业项目。", 2, 3, "个"),
            ("增长10%—15%。", 10, 15, "%"), ("争取资金30—50万元。", 300_000, 500_000, "元"),
            ("引进3——5家企业。", 3, 5, "家"),
        ])
    func ranges(_ sentence: String, _ value: Double, _ valueMax: Double, _ unit: String) throws {
        let quantity = try #require(ReportExtractor.planQuantities(sentence).first)
        #expect(quantity.value == value)
        #expect(quantity.valueMax == valueMax)
        #expect(quantity.unit == unit)
        #expect(quantity.comparator == .range)
    }

    @Test("scaled decimals are exact: 2.3亿元 is 230000000, not 229999999.99999997")
    func exactScaling() {
        #expect(ReportExtractor.planQuantities("发放救助资金2.3亿元，惠及群众1.15万人。").map(\.value) == [230_000_000, 11_500])
    }

    @Test("building verbs in a row are one action; an age describes the noun after it")
    func chainedVerbsAndAges() {
        let quantities = ReportExtractor.planQuantities("新建、改扩建中小学和幼儿园18所，为全市60岁以上老年人接种疫苗。")
        #expect(quantities.map(\.action) == ["新建、改扩建", nil])
        #expect(quantities.map(\.subject) == ["中小学和幼儿园", "老年人"])
        #expect(quantities[1].comparator == .gte)
    }

    @Test("a time expression between subject and number is not part of the subject")
    func timeExpressions() {
        let quantities = ReportExtractor.reviewQuantities("一般公共预算收入年均增长5.4%，2022年达到2860亿元。粮食总产量连续5年稳定在700万吨以上。")
        #expect(quantities.map(\.subject) == ["一般公共预算收入", "一般公共预算收入", "粮食总产量"])
        #expect(quantities.map(\.value) == [5.4, 286_000_000_000, 7_000_000])
    }

    @Test("a comparison base (较2021年) is not the subject; 累计 stays with its verb")
    func comparisonBase() {
        let quantities = ReportExtractor.reviewQuantities("城镇化率较2021年提高1.2个百分点；累计建成公共充电桩1.2万个。")
        #expect(quantities.map(\.subject) == ["城镇化率", "公共充电桩"])
        #expect(quantities.map(\.action) == ["提高", "累计建成"])
    }

    @Test("a clause of its own that only measures takes the subject before it (稳定 is part of 稳定在)")
    func measureClause() {
        let quantities = ReportExtractor.reviewQuantities("粮食总产量达到42.6万吨，连续6年稳定在40万吨以上。")
        #expect(quantities.map(\.subject) == ["粮食总产量", "粮食总产量"])
        #expect(quantities.map(\.action) == ["达到", "稳定在"])
    }

    @Test("a driving verb in front leaves the measure at the end as the action")
    func drivenMeasure() throws {
        let quantity = try #require(ReportExtractor.planQuantities("推动规模以上工业增加值增长7%以上。").first)
        #expect(quantity.action == "增长")
        #expect(quantity.subject == "规模以上工业增加值")
        #expect(quantity.comparator == .gte)
    }

    @Test("个百分点 is the unit 百分点, 个工作日 is 工作日")
    func unitsDropTheirCountingWord() {
        let quantities = ReportExtractor.planQuantities("占比提高2个百分点，开办时间压缩至0.5个工作日。")
        #expect(quantities.map(\.unit) == ["百分点", "工作日"])
        #expect(quantities.map(\.value) == [2, 0.5])
    }

    @Test("an implicit subject is taken from the clause before")
    func implicitSubject() {
        let quantities = ReportExtractor.reviewQuantities("地区生产总值从269.9亿元增长到370亿元，年均增长4.7%。")
        #expect(quantities.map(\.subject) == ["地区生产总值", "地区生产总值", "地区生产总值"])
        #expect(quantities.map(\.action) == ["从", "增长到", "年均增长"])
    }

    @Test("the counted thing after a counting word is the subject")
    func subjectAfterCountingWord() {
        let quantities = ReportExtractor.planQuantities("实施82个老旧小区提升改造工程，启动前桃花等8个村污水处理整治工程，新建两个社区服务中心。")
        #expect(quantities.map(\.subject) == ["老旧小区", "村", "社区服务中心"])
    }

    @Test(
        "after a counting word, levels listed one by one are one kind (省、市), 建设项目 is one noun; an adverb or a time (尽快, 年内) ends the thing"
    )
    func subjectAfterCountingWordEnds() {
        let quantities = ReportExtractor.planQuantities(
            "实施36个省、市重点项目，推动11个项目尽快开工，4个项目年内完工投用，完成3条县、乡公路维修，实施16个城市建设项目，完成18个老旧小区改造工程。")
        #expect(quantities.map(\.subject) == ["省、市重点项目", "项目", "项目", "县、乡公路维修", "城市建设项目", "老旧小区"])
    }

    @Test("a rate named by its verb (建成率) is the subject; a manner (因地制宜) is not; a goal's frame (目标) is not the counted thing")
    func rateNamesMannersAndGoalFrames() {
        let quantities = ReportExtractor.planQuantities("年底前建成率达到70%以上，因地制宜实施30公里农村公路建设，实现年出栏800万只目标。")
        #expect(quantities.map(\.subject) == ["建成率", "农村公路", "年出栏"])
        #expect(quantities.map(\.action) == ["达到", "实施", "实现"])
    }

    @Test("a dimension in front (总长) leaves the thing to the words after 的")
    func dimensionBeforeTheThing() {
        let quantities = ReportExtractor.reviewQuantities("完成了总长12.5公里的城区道路改造，建成占地300亩的体育公园。")
        #expect(quantities.map(\.subject) == ["城区道路", "体育公园"])
    }

    @Test("an air quality target is in 微克/立方米")
    func airQuality() throws {
        let quantity = try #require(ReportExtractor.planQuantities("PM2.5平均浓度达到58微克/立方米。").first)
        #expect(quantity.value == 58 && quantity.unit == "微克/立方米" && quantity.subject == "PM2.5平均浓度")
    }

    @Test("a count of people named before a number with no unit (旅游人数突破150万) is in 人")
    func unwrittenHeadcount() throws {
        let quantity = try #require(ReportExtractor.planQuantities("力争年内旅游人数突破150万。").first)
        #expect(quantity.value == 1_500_000 && quantity.unit == "人" && quantity.subject == "旅游人数")
        #expect(ReportExtractor.planQuantities("争取年内办结150万。").isEmpty)
    }

    @Test("the review reports achievements, the plan sets targets")
    func kinds() {
        #expect(ReportExtractor.reviewQuantities("建成农村公厕80座。").map(\.kind) == [.achievement])
        #expect(ReportExtractor.planQuantities("建成农村公厕80座。").map(\.kind) == [.target])
    }

    @Test(
        "dates, ordinals, names and slogans are not quantities",
        arguments: [
            "2022年1月21日召开会议。", "圆满完成第七次全国人口普查。", "高起点编制\"十四五\"规划。", "学习贯彻党的二十大精神。",
            "全面对标呼市四中等学校。", "推动示范园二期投产。", "撤销209国道收费站。", "建设5G网络。", "落实\"三孩\"生育政策。",
            "压实\"四方责任\"。", "严格落实\"六个百分百\"管控措施。", "落实中央八项规定精神。", "坚持\"一村一品\"。",
            "三次产业结构由1.0:30.8:68.2演进为1.0:29.0:70.0。", "压实\"四方\"责任[1]，落实\"四早\"要求【2】。",
            "打造\"7×24小时政务服务超市\"。", "千家万户受益。", "形成一个声音。", "重点抓好以下八个方面工作。",
        ])
    func exclusions(_ sentence: String) {
        #expect(ReportExtractor.planQuantities(sentence).isEmpty, "\(sentence)")
    }

    @Test("a structure ratio is left out but the numbers around it are read")
    func ratioAmongQuantities() {
        let quantities = ReportExtractor.reviewQuantities("社会消费品零售总额完成135亿元，三次产业结构由1.0:30.8:68.2演进为1.0:29.0:70.0。")
        #expect(quantities.map(\.value) == [13_500_000_000])
    }

    @Test("glossary definitions are not searched")
    func glossaryIsNotSearched() {
        let text = "一、2021年工作回顾\n建成公园3处。\n名词解释\n六个百分百：施工工地周边100%围挡、物料堆放100%覆盖。\n"
        #expect(ReportExtractor.extract(text).quantities.map(\.value) == [3])
    }

    @Test("the quote is an exact substring of the normalized text at the given offsets")
    func quotesAreSubstrings() throws {
        let report = ReportExtractor.extract(try Fixtures.yuquan)
        let scalars = Array(report.normalizedText.unicodeScalars)
        for quantity in report.quantities {
            #expect(scalars.string(quantity.start..<quantity.end) == quantity.quote)
        }
    }
}

extension QuantityTests {
    @Test(
        "a bound after the last of two figures holds for both (分别增长9%和10%以上); a rate named only as a rate takes the subject before it (增速7.9%)"
    )
    func sharedBoundAndBareRate() throws {
        let incomes = ReportExtractor.reviewQuantities("城乡居民人均可支配收入分别增长9%和10%以上。")
        #expect(incomes.map(\.comparator) == [.gte, .gte])
        let separate = ReportExtractor.reviewQuantities("粮食产量增长2%，蔬菜产量增长5%以上。")
        #expect(separate.map(\.comparator) == [.eq, .gte])
        let output = ReportExtractor.reviewQuantities("地区生产总值完成81.16亿元，增速7.9%。")
        #expect(output.map(\.subject) == ["地区生产总值", "地区生产总值"])
        // A basis of comparison is no subject either (同口径, 较年初).
        let revenue = ReportExtractor.reviewQuantities("完成一般公共预算收入11.7亿元，同口径增长9%。")
        #expect(revenue.map(\.subject) == ["一般公共预算收入", "一般公共预算收入"])
        let loans = ReportExtractor.reviewQuantities("金融机构贷款余额达到204亿元，较年初增长14.7%。")
        #expect(loans.map(\.subject) == ["金融机构贷款余额", "金融机构贷款余额"])
    }

    @Test("figures listed by level count one kind: 4个省级、12个市级美丽乡村示范村; 国家级…企业2家、省级8家")
    func levelsOfOneKind() {
        let villages = ReportExtractor.reviewQuantities("建成4个省级、12个市级美丽乡村示范村。")
        #expect(villages.map(\.subject) == ["省级美丽乡村示范村", "市级美丽乡村示范村"])
        let firms = ReportExtractor.reviewQuantities("新增国家级专精特新企业2家、省级8家。")
        #expect(firms.map(\.subject) == ["国家级专精特新企业", "省级专精特新企业"])
        // Two kinds, each with its level, stay as written.
        let two = ReportExtractor.reviewQuantities("新增省级企业技术中心3家、市级工程研究中心5家。")
        #expect(two.map(\.subject) == ["省级企业技术中心", "市级工程研究中心"])
    }

    @Test("rates given 分别 after the amounts they belong to take the amounts' subjects in order; rates of their own keep theirs")
    func respectiveRates() {
        let incomes = ReportExtractor.reviewQuantities("城镇居民人均可支配收入达21560元，农村居民人均纯收入达9173元，同比分别增长12.1%、17.2%。")
        #expect(incomes.map(\.subject) == ["城镇居民人均可支配收入", "农村居民人均纯收入", "城镇居民人均可支配收入", "农村居民人均纯收入"])
        let own = ReportExtractor.reviewQuantities("新建保障性住房300套，城乡低保标准分别提高70.7%、54.8%。")
        #expect(own.suffix(2).map(\.subject) == ["城乡低保标准", "城乡低保标准"])
    }

    @Test("`多` or `余` between the digits and their scale word means more than: 30多万公里, 620余万套")
    func moreThanBeforeScale() throws {
        let roads = try #require(ReportExtractor.reviewQuantities("新建改建农村公路30多万公里。").first)
        #expect(roads.value == 300_000 && roads.unit == "公里" && roads.comparator == .gte && roads.quote.hasSuffix("30多万公里"))
        let houses = try #require(ReportExtractor.reviewQuantities("棚户区住房改造620余万套。").first)
        #expect(houses.value == 6_200_000 && houses.unit == "套" && houses.comparator == .gte)
        // 多 after a decimal is not this (3.5多万 is not written), and 多 before a unit still is.
        let parks = try #require(ReportExtractor.reviewQuantities("建成口袋公园20多处。").first)
        #expect(parks.value == 20 && parks.comparator == .gte)
    }

    @Test(
        "a round figure written without digits after a word of reaching is a target (达百亿元, 稳定在百亿以上, 贷款余额达到50亿: money); 百亿级 and 千万 as an adverb are not"
    )
    func roundFiguresInWords() {
        let reached = ReportExtractor.planQuantities("力争固定资产投资稳定在百亿元以上，休闲食品产值达百亿元。")
        #expect(reached.map(\.value) == [10_000_000_000, 10_000_000_000])
        #expect(reached.first?.comparator == .gte)
        #expect(ReportExtractor.planQuantities("打造百亿级产业集群。").isEmpty)
        #expect(ReportExtractor.planQuantities("千万不能放松疫情防控。").isEmpty)
        // A figure in 亿 with no unit after it is money; one with a unit keeps it.
        let bare = ReportExtractor.planQuantities("力争固投稳定在百亿以上，实体经济贷款余额达到50亿。建成14亿人的大市场。")
        #expect(bare.map(\.unit) == ["元", "元", "人"])
        #expect(bare.map(\.value) == [10_000_000_000, 5_000_000_000, 1_400_000_000])
        #expect(bare.first?.quote == "固投稳定在百亿以上" && bare.first?.comparator == .gte)
    }
}
