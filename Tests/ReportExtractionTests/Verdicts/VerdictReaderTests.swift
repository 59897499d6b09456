import Testing

@testable import ReportExtraction

/// The rules of `shared/spec/verdicts.md` on made-up plan and review sentences.
@Suite("Verdicts on made-up pairs")
struct VerdictReaderTests {
    /// A county's report of `year` with `body` as its plan.
    static func plan(_ body: String, year: Int = 2022) -> String {
        """
        青山县\(year)年政府工作报告
        一、\(year - 1)年工作回顾
        过去一年，全县地区生产总值增长5%。
        二、\(year)年工作安排
        \(body)
        """
    }

    /// The next report of the county, with `body` as its review of `year`.
    static func review(_ body: String, year: Int = 2022) -> String {
        """
        青山县\(year + 1)年政府工作报告
        一、\(year)年工作回顾
        \(body)
        二、\(year + 1)年工作安排
        全年新建公园3处。
        """
    }

    static func verdicts(_ planBody: String, _ reviewBody: String) -> [Verdict] {
        VerdictReader.judge(plan: plan(planBody), review: review(reviewBody)).verdicts
    }

    /// The verdict on the target or task whose quote is `quote`.
    static func verdict(_ verdicts: [Verdict], _ quote: String, kind: VerdictTarget.Kind = .quantity) -> Verdict? {
        verdicts.first { $0.target.span.quote == quote && $0.target.kind == kind }
    }

    @Test("a target is matched by subject, not wording, with scale words applied to the actual")
    func subjectNotWording() throws {
        // setup
        let pairs: [(plan: String, review: String, quote: String, outcome: VerdictOutcome, actual: ActualFigure)] = [
            ("城镇新增就业1100万人以上。", "城镇新增就业1206万人。", "城镇新增就业1100万人以上", .reached, ActualFigure(value: 12_060_000, unit: "人")),
            ("新建口袋公园60处。", "建成口袋公园62处。", "新建口袋公园60处", .reached, ActualFigure(value: 62, unit: "处")),
            ("改造老旧小区82个。", "完成82个老旧小区改造。", "改造老旧小区82个", .reached, ActualFigure(value: 82, unit: "个")),
            ("规模以上工业增加值增长8%。", "规上工业增加值增长9.1%。", "规模以上工业增加值增长8%", .exceeded, ActualFigure(value: 9.1, unit: "%")),
            // New jobs are new jobs, in towns or not (新增城镇就业, 城镇新增就业, 新增就业).
            ("新增城镇就业4400人以上。", "全年开发公益性岗位3390个，新增就业4974人。", "新增城镇就业4400人以上", .reached, ActualFigure(value: 4974, unit: "人")),
            // A household's sanitary toilet is its 户厕.
            ("完成9000座卫生厕所改造。", "完成户厕改造1.5万座。", "完成9000座卫生厕所", .exceeded, ActualFigure(value: 15000, unit: "座")),
            // Parks and firms are counted in 个 and 家 alike.
            ("新建现代农业园区2个。", "新增现代农业园区3家。", "新建现代农业园区2个", .exceeded, ActualFigure(value: 3, unit: "家")),
        ]
        for pair in pairs {
            // act
            let verdict = try #require(Self.verdict(Self.verdicts(pair.plan, pair.review), pair.quote), "\(pair.plan)")
            // check
            #expect(verdict.outcome == pair.outcome, "\(pair.plan) → \(pair.review)")
            #expect(verdict.actual == pair.actual, "\(pair.plan) → \(pair.review)")
            #expect(verdict.evidence != nil)
        }
    }

    @Test("reports in unnumbered parts: the plan's targets before its first part are judged, by the review's own parts")
    func titledBlocks() throws {
        let plan = """
            河川县2022年政府工作报告
            过去五年工作回顾
            五年来，全县生产总值年均增长6%。
            今年政府工作重点
            今年的主要预期目标是：地区生产总值增长6.5%以上，一般公共预算收入增长5.5%。
            一、聚焦产业兴县
            新建城区公厕10座。
            """
        let review = """
            河川县2023年政府工作报告
            2022年工作回顾
            预计生产总值增长5%左右；完成一般公共预算收入11.7亿元，同口径增长9%。
            一、坚持品质活力攻坚
            新建城区公厕10座。
            2023年工作目标任务
            一、聚焦高质量发展
            生产总值增长6%以上。
            """
        let verdicts = VerdictReader.judge(plan: plan, review: review).verdicts
        let growth = try #require(Self.verdict(verdicts, "地区生产总值增长6.5%以上"))
        #expect(growth.outcome == .short && growth.actual == ActualFigure(value: 5, unit: "%"))
        let revenue = try #require(Self.verdict(verdicts, "一般公共预算收入增长5.5%"))
        #expect(revenue.outcome == .exceeded && revenue.actual == ActualFigure(value: 9, unit: "%"))
        #expect(Self.verdict(verdicts, "新建城区公厕10座")?.outcome == .reached)
    }

    @Test(
        "a count of things (6条) is of the things, not the project on them; a level alone counts nothing; a title won is no amount built"
    )
    func countsOfThingsLevelsAndTitles() throws {
        let verdicts = Self.verdicts(
            "实施泉林路等6条道路绿化工程。加快实施7项省级以上农业农村领域试验试点改革。改造农村公路150公里。建设高标准农田10万亩以上。",
            "泉林路等6条道路实现绿化提升。建成1个省级现代农业产业园。建设“四好农村路”153公里。获批全省高标准农田整县推进示范县。")
        let green = try #require(Self.verdict(verdicts, "实施泉林路等6条道路绿化工程"))
        #expect(green.outcome == .reached && green.actual == ActualFigure(value: 6, unit: "条"))
        // The reform's subject is read over 省级以上; no park counts reforms.
        let reforms = try #require(verdicts.first { $0.target.kind == .quantity && $0.target.span.quote.contains("7项") })
        #expect(reforms.target.span.quote.contains("试验试点改革") && reforms.outcome == .silent)
        // 农村公路 and 四好农村路 are one kind of road.
        let roads = try #require(Self.verdict(verdicts, "改造农村公路150公里"))
        #expect(roads.outcome == .reached && roads.actual == ActualFigure(value: 153, unit: "公里"))
        #expect(Self.verdict(verdicts, "建设高标准农田10万亩以上")?.outcome == .silent)
    }

    @Test("a work to build is not advanced by a title the place won; a title to win is judged by it")
    func titlesWonAreNoWork() throws {
        let verdicts = Self.verdicts(
            "年内加快推进妇幼保健院迁建工程，积极争创国家级母婴友好示范医院。",
            "妇幼保健院被评为“国家级母婴友好示范医院”，中医院获批教学基地。")
        #expect(Self.verdict(verdicts, "年内加快推进妇幼保健院迁建工程", kind: .task)?.outcome == .silent)
        let title = try #require(Self.verdict(verdicts, "积极争创国家级母婴友好示范医院", kind: .task))
        #expect(title.outcome == .done)
    }

    @Test("names of two characters listed together are found together (瀑河、萍河、漕河), not one by one")
    func shortNamesTogether() throws {
        let all = Self.verdicts("年内启动瀑河、萍河、漕河三条河流深入治理。", "加强漕河、瀑河、萍河河道及沿岸排查，取缔养殖企业35家。")
        let rivers = try #require(Self.verdict(all, "年内启动瀑河、萍河、漕河三条河流深入治理", kind: .task))
        #expect(rivers.outcome == .progress && rivers.evidence?.quote == "加强漕河、瀑河、萍河河道及沿岸排查")
        let two = Self.verdicts("年内启动瀑河、萍河、漕河三条河流深入治理。", "瀑河水库完成绿化任务，萍河沿线新建公园3处。")
        #expect(Self.verdict(two, "年内启动瀑河、萍河、漕河三条河流深入治理", kind: .task)?.outcome == .silent)
    }

    @Test("a named campaign to carry out is done when the review says it was carried out; another campaign is not it")
    func campaignsCarriedOut() throws {
        let verdicts = Self.verdicts(
            "继续开展“绿满徐水”行动，抓好春季植树造林。", "开展“绿满徐水”行动，造林3.1万亩。持续开展“蓝天保卫”行动。")
        let green = try #require(Self.verdict(verdicts, "继续开展“绿满徐水”行动", kind: .task))
        #expect(green.outcome == .done)
        let other = Self.verdicts("继续开展“绿满徐水”行动，抓好春季植树造林。", "持续推进“绿满徐水”工程建设。")
        #expect(Self.verdict(other, "继续开展“绿满徐水”行动", kind: .task)?.outcome == .progress)
    }

    @Test("the second of 分别 X和Y takes the review's second figure; an examination to pass is passed; 厕所革命 is toilets")
    func pairsExaminationsAndToilets() throws {
        let verdicts = Self.verdicts(
            "城乡居民收入分别增长6%和7%。确保顺利通过国家义务教育均衡发展督导评估，统筹推进省级森林城市创建工作，开展农村“厕所革命”。",
            "城乡居民收入同比分别增长4%和5%。年内顺利通过国家义务教育均衡发展评估认定。“省级森林城市”创建通过规划评审。启动实施农村厕所改造工程。")
        let urban = try #require(Self.verdict(verdicts, "城乡居民收入分别增长6%"))
        #expect(urban.outcome == .short && urban.actual == ActualFigure(value: 4, unit: "%"))
        let rural = try #require(verdicts.first { $0.target.kind == .quantity && $0.target.span.quote == "7%" })
        #expect(rural.outcome == .short && rural.actual == ActualFigure(value: 5, unit: "%"))
        #expect(Self.verdict(verdicts, "确保顺利通过国家义务教育均衡发展督导评估", kind: .task)?.outcome == .done)
        // A step passed on the way to a title is not the title.
        #expect(Self.verdict(verdicts, "统筹推进省级森林城市创建工作", kind: .task)?.outcome == .progress)
        #expect(Self.verdict(verdicts, "开展农村“厕所革命”", kind: .task)?.outcome == .progress)
    }

    @Test("a count of new projects is a bare kind; 创建为 says a title was won; 减贫 is 脱贫, and 名 counts people")
    func bareKindsTitlesAndPoverty() throws {
        let verdicts = Self.verdicts(
            "重点推进博视终端研发等11个新建项目，确保如期开工建设。力争实现省级旅游度假区挂牌。完成减贫1186人。",
            "实施扶贫项目198个。易水湖创建为“省级旅游度假区”。1374名贫困人口稳定脱贫。")
        let projects = try #require(verdicts.first { $0.target.kind == .quantity && $0.target.span.quote.contains("11个") })
        #expect(projects.actual == nil)
        #expect(Self.verdict(verdicts, "力争实现省级旅游度假区挂牌", kind: .task)?.outcome == .done)
        let poverty = try #require(Self.verdict(verdicts, "完成减贫1186人"))
        #expect(poverty.outcome == .exceeded && poverty.actual == ActualFigure(value: 1374, unit: "名"))
    }

    @Test("a sentence that opens with a named work is about it to its end (清西陵景区围绕5A标准，…，确保实现5A景区挂牌)")
    func sentenceSubjects() throws {
        let verdicts = Self.verdicts(
            "清西陵景区围绕5A标准，抓好问题整改提升，推进文旅融合，确保实现5A景区挂牌。狼牙山景区围绕5A景区目标，加快新索道建设，确保完成景观质量评定。",
            "清西陵升级为国家5A级景区。全面整治狼牙山景区环境。")
        let mark = try #require(Self.verdict(verdicts, "确保实现5A景区挂牌", kind: .task))
        #expect(mark.outcome == .done && mark.evidence?.quote == "清西陵升级为国家5A级景区")
        // A clause the review already speaks of keeps its own match.
        #expect(Self.verdict(verdicts, "推进文旅融合", kind: .task)?.outcome == .silent)
    }

    @Test("a work's investment describes it; money spent is no work done; another work's kind is no share; 批准为 wins a title")
    func investmentsAndSpending() throws {
        let verdicts = Self.verdicts(
            "年内，投资6.5亿元的刘伶醉整体搬迁项目建成投产。加快推进石龙山生态旅游度假村项目建设。（1）易保线大修工程（2）城内大街南延工程。大王店园区加快发展，积极争创省级经济开发区。全年谋划过亿元项目不少于15个。",
            "投资6.5亿元的刘伶醉白酒生产线整体搬迁项目竣工投产。投资18亿元的石龙山生态旅游度假村项目累计完成投资2亿元。易保线大修、职教中心实训楼工程完工，城内大街南延、中医院迁建工程正在建设中。大王店经济开发区被批准为省级经济开发区。在建项目57个。"
        )
        let moved = try #require(verdicts.first { $0.target.kind == .task && $0.target.span.quote.hasSuffix("搬迁项目建成投产") })
        #expect(moved.outcome == .done && moved.actual == nil)
        #expect(Self.verdict(verdicts, "加快推进石龙山生态旅游度假村项目建设", kind: .task)?.outcome == .progress)
        #expect(Self.verdict(verdicts, "易保线大修工程", kind: .task)?.outcome == .done)
        #expect(Self.verdict(verdicts, "城内大街南延工程", kind: .task)?.outcome == .progress)
        #expect(Self.verdict(verdicts, "积极争创省级经济开发区", kind: .task)?.outcome == .done)
        // A bare kind with nothing said of it matches no count.
        #expect(verdicts.first { $0.target.kind == .quantity && $0.target.span.quote == "项目不少于15个" }?.actual == nil)
    }

    @Test("the evidence is the review's figure, quoted with offsets into the review's normalized text")
    func evidenceOffsets() throws {
        // setup
        let pair = VerdictReader.judge(plan: Self.plan("新建口袋公园60处。"), review: Self.review("全年建成口袋公园62处，新增绿地8公顷。"))
        // act
        let evidence = try #require(pair.verdicts.first?.evidence)
        // check
        #expect(evidence.quote.hasSuffix("建成口袋公园62处"))
        let scalars = Array(pair.reviewText.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])) == evidence.quote)
    }

    @Test("a figure in another unit is no actual (元 against %, 亩 against 个); counting words of one kind agree (座 and 个)")
    func unitsMustAgree() throws {
        // act
        let stations = try #require(Self.verdict(Self.verdicts("新建5G基站3000个。", "建成5G基站3200座。"), "新建5G基站3000个"))
        let revenue = try #require(Self.verdict(Self.verdicts("一般公共预算收入增长6%。", "一般公共预算收入完成12.5亿元。"), "一般公共预算收入增长6%"))
        let parks = try #require(Self.verdict(Self.verdicts("新建示范园区10个。", "示范园区面积达到12亩。"), "新建示范园区10个"))
        // check
        #expect(stations.actual == ActualFigure(value: 3200, unit: "座"))
        #expect(stations.outcome == .exceeded)
        #expect(parks.actual == nil)
        #expect(revenue.actual == nil)
        #expect(revenue.outcome != .reached && revenue.outcome != .short)
    }

    @Test(
        "reviews name a target otherwise: a short name, the same head noun, the same count, the words after a count, a bare rate")
    func namedOtherwise() throws {
        // setup (made-up counties, in the ways real reviews write)
        let pairs: [(plan: String, review: String, quote: String, outcome: VerdictOutcome, actual: ActualFigure)] = [
            (
                "食用菌种植总面积发展到2.2万亩。", "全县食用菌达到2.1万亩，林果达到9.7万亩。", "食用菌种植总面积发展到2.2万亩", .reached,
                ActualFigure(value: 21_000, unit: "亩")
            ),
            ("打造标准化示范园10个。", "建成优质水果示范园12个，新增养殖小区6个。", "打造标准化示范园10个", .exceeded, ActualFigure(value: 12, unit: "个")),
            ("改造8000座户厕。", "改造农村旱厕8000座，新建城市公厕10座。", "改造8000座户厕", .reached, ActualFigure(value: 8000, unit: "座")),
            ("地区生产总值增长8%。", "全县地区生产总值完成81.16亿元，增速7.9%，提高3个位次。", "地区生产总值增长8%", .reached, ActualFigure(value: 7.9, unit: "%")),
            // A rate named by its verb (`覆盖率`), in a review that gives two rates at once; a floor met is reached.
            ("年底前覆盖率达到80%以上。", "建成智慧社区42个，覆盖率和使用率均为100%。", "覆盖率达到80%以上", .reached, ActualFigure(value: 100, unit: "%")),
            // A goal's frame after the count (`…目标`) is not what is counted.
            ("实现年出栏500万只目标。", "龙泉禽业年出栏420万只。", "实现年出栏500万只", .short, ActualFigure(value: 4_200_000, unit: "只")),
            // A dimension in front names no thing: the road is after 的.
            ("完成40公里农村公路建设。", "投资9000万元完成了总长36.5公里的农村公路建设。", "完成40公里农村公路", .short, ActualFigure(value: 36.5, unit: "公里")),
            // Visitors are counted as 旅游人数 and as 接待游客…人次.
            ("力争年内旅游人数突破150万。", "全年累计接待游客152万人次。", "旅游人数突破150万", .reached, ActualFigure(value: 1_520_000, unit: "人次")),
            // The year's investment said alone in both reports is the same total.
            (
                "全年谋划重点项目30个，计划完成投资40亿元。", "全年实施重点项目28个，完成投资36亿元，占年度计划的90%。", "完成投资40亿元", .short,
                ActualFigure(value: 3_600_000_000, unit: "元")
            ),
            // Roads cut short are counted in 处 and in 条.
            ("打通东关街、西环路2处断头路。", "打通东关街、北关路等4条断头路。", "打通东关街、西环路2处断头路", .exceeded, ActualFigure(value: 4, unit: "条")),
        ]
        for pair in pairs {
            // act
            let verdict = try #require(Self.verdict(Self.verdicts(pair.plan, pair.review), pair.quote), "\(pair.plan)")
            // check
            #expect(verdict.outcome == pair.outcome, "\(pair.plan) → \(pair.review)")
            #expect(verdict.actual == pair.actual, "\(pair.plan) → \(pair.review)")
        }
        // The words after a count tell which of two counts of villages is the target's.
        let villages = Self.verdicts("完成22个行政村的生活污水治理。", "完成13个行政村面貌提升试点任务，完成32个行政村生活污水治理。")
        #expect(villages.first { $0.target.kind == .quantity }?.actual == ActualFigure(value: 32, unit: "个"))
        // Money named in one word is any work's: another project's investment is no actual.
        let money = try #require(Self.verdicts("投资2500万元完成备用水源地建设。", "投资1.2亿元完成了农村公路建设。").first { $0.target.kind == .quantity })
        #expect(money.actual == nil)
        // …nor is the year's total the investment of one named work.
        let oneWork = try #require(Self.verdicts("投资2500万元完成备用水源地建设。", "全年完成投资29亿元。").first { $0.target.kind == .quantity })
        #expect(oneWork.actual == nil)
        let namedAfter = try #require(
            Self.verdicts("加快投资4亿元的国家跳台滑雪训练基地二期项目。", "全年完成投资20.98亿元。").first { $0.target.kind == .quantity })
        #expect(namedAfter.actual == nil)
        // A share of 100% is every rate's goal: the same number says nothing.
        let rates = try #require(Self.verdict(Self.verdicts("安全利用率达到100%。", "城市道路机械化清扫率100%。"), "安全利用率达到100%"))
        #expect(rates.actual == nil)
    }

    @Test("a commitment listing named works is judged by the ones the review names; a shared ending is not the work")
    func namedWorks() throws {
        // setup
        let cases: [(plan: String, review: String, quote: String, outcome: VerdictOutcome)] = [
            ("醇油坊二期、福润烘焙项目年底前建成投产。", "大正果品、醇油坊、国煦冰温库等项目建成投产。", "醇油坊二期、福润烘焙项目年底前建成投产", .progress),
            ("加快第三高中、易水初中建设。", "第三高中竣工投用，易水初中竣工投用。", "加快第三高中、易水初中建设", .done),
            ("推动通达泵阀、东田汽车等项目早落地。", "中科锂电、通达泵阀等顺利开工。", "推动通达泵阀、东田汽车等项目早落地", .progress),
            ("实施易兴路东延、迎晖街南延等路网建设。", "泰元街南延改造提升工程竣工通车。", "实施易兴路东延、迎晖街南延等路网建设", .silent),
            // A name shortened by a middle word (`青龙新线` for `青龙高速新线一期`) is the work.
            (
                "保障白河大桥、青龙高速新线一期建成通车。", "对接市域路网，白河大桥、青龙新线西段建成通车，石门路开工建设。",
                "保障白河大桥、青龙高速新线一期建成通车", .done
            ),
            ("新一中报告厅、体育场馆等投入使用。", "同光创新中心暨院士工作站投入使用。", "新一中报告厅、体育场馆等投入使用", .silent),
        ]
        for item in cases {
            // act
            let verdict = try #require(
                Self.verdict(Self.verdicts(item.plan, item.review), item.quote, kind: .task), "\(item.plan)")
            // check
            #expect(verdict.outcome == item.outcome, "\(item.plan) → \(item.review)")
            #expect((verdict.evidence == nil) == (item.outcome == .silent), "\(item.plan)")
        }
    }

    @Test("a name shortened by a middle word keeps its start and joins the rest (青龙新线 for 青龙高速新线一期)")
    func shortenedNames() throws {
        // setup
        let review = ReviewPart(reading: Self.review("青龙新线西段建成通车，青龙高速东线开工。"))
        let clause = try #require(review.clauses.first)
        func length(_ name: String) -> Int {
            let scalars = Array(name.unicodeScalars)
            return TopicBigrams.runs(scalars, 0..<scalars.count).map {
                VerdictReader.shortenedLength(of: $0, in: clause, review)
            }.max() ?? 0
        }
        // act, check: 青龙 + 龙新 + 新线
        #expect(length("青龙高速新线一期") == 3)
        // Another line of the same road, a name not starting the same, a name written whole: no shortening.
        #expect(length("青龙高速北线") == 0)
        #expect(length("白河高速新线") == 0)
        #expect(length("青龙新线") == 0)
    }

    @Test("figures are no words of a subject (资6, 4亿); units and levels are read in one form (KV is 千伏, 省、市 is 省市)")
    func figuresAndOneForms() throws {
        // A digit beside a character is part of a figure; beside a letter it is a name.
        #expect(TopicBigrams("投资3.2亿元").pairs == TopicBigrams("投资，亿元").pairs)
        #expect(TopicBigrams("5G基站").pairs.count == 3)
        #expect(TopicBigrams("西岭110KV变电站").pairs == TopicBigrams("西岭110千伏变电站").pairs)
        #expect(TopicBigrams("省、市重点项目").pairs == TopicBigrams("省市重点项目").pairs)
        // act: the money in front no longer outweighs the work's name
        let verdicts = Self.verdicts(
            "投资3.6亿元实施城区水源置换工程。",
            "水源置换工程惠及12万人口，进度全市第一。启动总投资30.5亿元的文旅小镇建设。")
        // check
        let verdict = try #require(Self.verdict(verdicts, "投资3.6亿元实施城区水源置换工程", kind: .task))
        #expect(verdict.outcome == .progress)
        #expect(verdict.evidence?.quote == "水源置换工程惠及12万人口")
    }

    @Test("a work the review names by its head, without the words in front, is that work; a kind of work is not")
    func namedByHead() throws {
        // act
        let verdicts = Self.verdicts(
            "实施西部山区农村人口江水置换工程。\n推进中医药振兴发展重大工程。",
            "江水置换工程惠及28万人口，进度全市第一。加快实施生态保护和修复重大工程。")
        // check
        let water = try #require(Self.verdict(verdicts, "实施西部山区农村人口江水置换工程", kind: .task))
        #expect(water.outcome == .progress)
        #expect(water.evidence?.quote == "江水置换工程惠及28万人口")
        let medicine = try #require(Self.verdict(verdicts, "推进中医药振兴发展重大工程", kind: .task))
        #expect(medicine.outcome == .silent)
    }

    @Test("a target counting kinds together takes the sum of the review's figures for each kind, in one sentence")
    func kindsSummed() throws {
        // act
        let verdicts = Self.verdicts(
            "新改建主题公园和街头游园4座。",
            "新改建主题公园3座、街头游园2座。")
        // check
        let parks = try #require(Self.verdict(verdicts, "新改建主题公园和街头游园4座"))
        #expect(parks.outcome == .exceeded)
        #expect(parks.actual == ActualFigure(value: 5, unit: "座"))
        #expect(parks.evidence?.quote == "新改建主题公园3座、街头游园2座")
        #expect(FigureParts.kinds(of: "雨污水泵站和雨水调蓄池").count == 2)
        #expect(FigureParts.kinds(of: "老旧小区").isEmpty)
    }

    @Test("a work told apart by its ordinal (第二污水处理厂) is not the plant without it; an event's ordinal is no name")
    func ordinalsTellWorksApart() throws {
        // act
        let other = Self.verdicts("谋划建设第二污水处理厂。", "城区污水处理厂提标改造基本完成。")
        let same = Self.verdicts("谋划建设第二污水处理厂。", "城区污水处理厂提标改造基本完成，第二污水处理厂主体完工。")
        // check
        #expect(try #require(Self.verdict(other, "谋划建设第二污水处理厂", kind: .task)).outcome == .silent)
        let second = try #require(Self.verdict(same, "谋划建设第二污水处理厂", kind: .task))
        #expect(second.evidence?.quote == "第二污水处理厂主体完工")
        // A list's ordinal is its item's: the other items are looked for without it.
        let bridges = Self.verdicts("谋划启动职教中心、第七医院等过街天桥建设。", "职教中心过街天桥主体完工，即将投用。")
        #expect(try #require(Self.verdict(bridges, "谋划启动职教中心、第七医院等过街天桥建设", kind: .task)).outcome == .progress)
        #expect(WorkOrdinals("承办第三届冰雪运动会").ordinals.isEmpty)
        #expect(WorkOrdinals("新建第五小学、第二中学").ordinals.count == 2)
    }

    @Test("a change committed to is done when the review reports it (回升, 好转; 大气质量 is 空气质量); closed is done")
    func changesReported() throws {
        // act
        let verdicts = Self.verdicts(
            "确保地下水位持续回升。\n确保空气质量持续改善。\n同步关停城区自备井。",
            "地下水位回升幅度稳居全省前列。大气质量持续好转，优良天数增加29天。城区自备井全部关停。")
        // check
        let water = try #require(Self.verdict(verdicts, "确保地下水位持续回升", kind: .task))
        #expect(water.outcome == .done)
        let air = try #require(Self.verdict(verdicts, "确保空气质量持续改善", kind: .task))
        #expect(air.outcome == .done)
        #expect(air.evidence?.quote == "大气质量持续好转")
        let wells = try #require(Self.verdict(verdicts, "同步关停城区自备井", kind: .task))
        #expect(wells.outcome == .done)
    }

    @Test("a task is listed after the targets it holds; a count is of its head noun (企业, not 增加值)")
    func tasksAfterTheirTargetsAndCountedHeads() throws {
        // act
        let verdicts = Self.verdicts(
            "年内新增高新技术企业3家、科技型中小企业30家。\n新增规上工业企业不少于8家。",
            "新增高新技术企业5家、科技型中小企业47家。规模以上工业增加值增长8.1%。")
        // check: the two targets, then the task that holds them
        let listed = verdicts.filter { $0.target.span.quote.contains("高新技术") || $0.target.span.quote.contains("科技型") }
        #expect(listed.map(\.target.kind) == [.quantity, .quantity, .task])
        #expect(listed.first?.actual == ActualFigure(value: 5, unit: "家"))
        #expect(listed.dropFirst().first?.actual == ActualFigure(value: 47, unit: "家"))
        let firms = try #require(Self.verdict(verdicts, "新增规上工业企业不少于8家"))
        #expect(firms.outcome == .silent)
        // A count's short name must end as the target does: clinics are no ward buildings.
        let wards = Self.verdicts("建设卫生院病房楼2座。", "5家卫生院达到国家推荐标准。")
        #expect(Self.verdict(wards, "建设卫生院病房楼2座")?.outcome == .silent)
        // The counted noun runs on after the quote (`企业技术` + `改造项目`), and 技术改造 is 技改.
        let upgrades = Self.verdicts("实施40个以上企业技术改造项目。", "完成工业技改项目113个。")
        let upgrade = try #require(Self.verdict(upgrades, "实施40个以上企业技术", kind: .quantity))
        #expect(upgrade.outcome == .reached && upgrade.actual == ActualFigure(value: 113, unit: "个"))
        let mushrooms = Self.verdicts("食用菌种植总面积达到3万亩以上。", "食用菌3.2万亩。")
        #expect(Self.verdict(mushrooms, "食用菌种植总面积达到3万亩以上")?.outcome == .reached)
    }

    @Test("a work's name shortened by a middle word (棚改集中安置项目 ↔ 棚改安置) is that work; a policy clause has no name to shorten")
    func shortenedCommitments() throws {
        // act
        let verdicts = Self.verdicts(
            "稳步推进棚改集中安置项目。\n依法化解行政争议。",
            "棚改安置稳步推进，群众满意度提升。坚持依法行政，政府公信力增强。")
        // check
        let housing = try #require(Self.verdict(verdicts, "稳步推进棚改集中安置项目", kind: .task))
        #expect(housing.outcome == .progress)
        #expect(housing.evidence?.quote == "棚改安置稳步推进")
        let disputes = try #require(Self.verdict(verdicts, "依法化解行政争议", kind: .task))
        #expect(disputes.outcome == .silent)
    }

    @Test("a work's whole name without its kind and result words (县医院分院 of 县医院分院项目整体完工) names it")
    func namedWithoutKind() throws {
        // act
        let verdicts = Self.verdicts(
            "青山县医院分院项目整体完工。\n城南第二小学项目年内完工。",
            "青山县医院分院、新职教中心等民生设施同步推进。城北小学投入使用。青山县医院新增床位100张，"
                + "青山县医院获评二级甲等医院，县医院与北京医院合作共建，全年完成项目建设12个，重点项目整体推进。")
        // check
        let hospital = try #require(Self.verdict(verdicts, "青山县医院分院项目整体完工", kind: .task))
        #expect(hospital.outcome == .progress)
        #expect(hospital.evidence?.quote == "青山县医院分院、新职教中心等民生设施同步推进")
        // A name of fewer than four pairs, or one the review does not hold whole, is not looked for so.
        let school = try #require(Self.verdict(verdicts, "城南第二小学项目年内完工", kind: .task))
        #expect(school.outcome == .silent)
    }

    @Test("a clause of verbs alone (确保年内竣工通车) is about the work of the clause before it")
    func subjectlessClause() throws {
        // act
        let verdicts = Self.verdicts("加快文昌路三期道路建设进度，确保年内竣工通车。", "文昌路三期顺利通车，城区路网更加完善。")
        // check
        let opened = try #require(Self.verdict(verdicts, "确保年内竣工通车", kind: .task))
        #expect(opened.outcome == .done)
        #expect(opened.evidence?.quote == "文昌路三期顺利通车")
        #expect(VerdictReader.isSubjectless("力争年底前建成投用"))
        #expect(!VerdictReader.isSubjectless("确保年内建成文昌路"))
    }

    @Test("a task takes its count of works, not the money put in; 城市建设 is 城建; a shared level (省级) is no subject")
    func countOverMoneyAndLevels() throws {
        // act
        let verdicts = Self.verdicts(
            "实施总投资11.35亿元的16个城市建设项目。\n全年新增省级“专精特新”企业4家。",
            "总投资12.2亿元的15个城建项目全部竣工。新增国家级、省级科技型中小企业102家。")
        // check
        let works = try #require(Self.verdict(verdicts, "实施总投资11.35亿元的16个城市建设项目", kind: .task))
        #expect(works.outcome == .short)
        #expect(works.actual == ActualFigure(value: 15, unit: "个"))
        let firms = try #require(verdicts.first { $0.target.kind == .quantity && $0.target.span.quote.hasSuffix("企业4家") })
        #expect(firms.outcome == .silent)
    }

    @Test("a count of a bare kind (7个项目) is matched only where the same is done to it")
    func bareKindCounts() throws {
        // act
        let verdicts = Self.verdicts(
            "确保华兴化工等6个项目建成投产，保障7个项目390亩土地供地。",
            "东方机械等16个项目建成投产，古城产业园等7个项目达到形象进度。")
        // check
        let built = try #require(Self.verdict(verdicts, "6个项目"))
        #expect(built.outcome == .exceeded)
        #expect(built.actual == ActualFigure(value: 16, unit: "个"))
        let land = try #require(verdicts.first { $0.target.kind == .quantity && $0.target.span.quote.hasSuffix("7个项目") })
        #expect(land.outcome == .silent)
        // The action in front counts too, by its characters (引进 ↔ 引入).
        let attracted = Self.verdicts("力争全年引进项目50个以上。", "累计引入项目77个，其中10亿元以上项目达到10个。")
        let projects = try #require(attracted.first { $0.target.kind == .quantity })
        #expect(projects.outcome == .reached)
        #expect(projects.actual == ActualFigure(value: 77, unit: "个"))
    }

    @Test("names joined by 及 or 和 are looked for one by one; verbs joined by 和, and 和美, join no names")
    func namesJoinedByConjunction() throws {
        // act
        let verdicts = Self.verdicts(
            "配合加快青松高铁及青山南站建设。",
            "青松高铁、西环南延加快建设，青山南站站房工程如期开工。")
        // check
        let rail = try #require(Self.verdict(verdicts, "配合加快青松高铁及青山南站建设", kind: .task))
        #expect(rail.outcome == .progress)
        #expect(rail.evidence?.quote == "青松高铁、西环南延加快建设")
        #expect(NamedWorks("配合加快青松高铁及青山南站建设").items.count == 2)
        #expect(NamedWorks("完善乡镇总体规划和村庄规划").items.count == 2)
        #expect(NamedWorks("制定和完善青山经济开发区整体规划").items.isEmpty)
        #expect(NamedWorks("建成和美乡村示范区2个").items.isEmpty)
        // A kind of work alone names no work (公办幼儿园 is read as 幼儿园).
        let schools = Self.verdicts("谋划新建城区小学和公办幼儿园各一所。", "第三幼儿园西园顺利招生。")
        #expect(try #require(Self.verdict(schools, "谋划新建城区小学和公办幼儿园各一所", kind: .task)).outcome == .silent)
    }

    @Test("a plan drawn up (编制《…》) and a goal achieved (实现一体化) are done")
    func drawnUpAndAchieved() throws {
        // act
        let verdicts = Self.verdicts(
            "编制全县国土空间总体规划。\n深入推进城乡公交一体化建设。",
            "编制《全县国土空间规划》和96个村庄规划。城乡公交实现一体化，站点覆盖所有行政村。")
        // check
        let plan = try #require(Self.verdict(verdicts, "编制全县国土空间总体规划", kind: .task))
        #expect(plan.outcome == .done)
        let transit = try #require(Self.verdict(verdicts, "深入推进城乡公交一体化建设", kind: .task))
        #expect(transit.outcome == .done)
        #expect(transit.evidence?.quote == "城乡公交实现一体化")
    }

    @Test("a review clause naming a numbered slogan of the glossary is about the slogan's items")
    func sloganItems() throws {
        // setup: the plan names the items; the review names the slogan, its glossary lists them
        let review = """
            青山县2023年政府工作报告
            一、2022年工作回顾
            县医院“一站两中心”建成运营。持续开展“三个城市”创建。
            二、2023年工作安排
            全年新建公园3处。
            名词解释：
            1.一站两中心：即急救站，胸痛中心、卒中中心。
            2.三个城市：即省级园林城市、省级卫生城市、省级森林城市。
            """
        // act
        let verdicts = VerdictReader.judge(
            plan: Self.plan("完成县医院急救站、胸痛中心建设。\n扎实推进省级园林城市创建。\n新建城北污水处理厂。"),
            review: review
        ).verdicts
        // check
        let centres = try #require(Self.verdict(verdicts, "完成县医院急救站、胸痛中心建设", kind: .task))
        #expect(centres.outcome == .done)
        #expect(centres.evidence?.quote == "县医院“一站两中心”建成运营")
        let city = try #require(Self.verdict(verdicts, "扎实推进省级园林城市创建", kind: .task))
        #expect(city.outcome == .progress)
        #expect(city.evidence?.quote == "持续开展“三个城市”创建")
        let plant = try #require(Self.verdict(verdicts, "新建城北污水处理厂", kind: .task))
        #expect(plant.outcome == .silent)
    }

    @Test("a glossary entry that explains rather than lists, or names no count, adds nothing to a clause")
    func sloganItemsOnlyForLists() {
        // setup
        let terms = [
            Term(term: "“一站两中心”", definition: "即急救站，胸痛中心、卒中中心。（见第5页）"),
            Term(term: "河湖长制", definition: "即由各级党政主要负责人担任河湖长。"),
            Term(term: "四好农村路", definition: String(repeating: "农村公路建设要因地制宜、以人为本", count: 6) + "。"),
        ]
        // act
        let slogans = SloganItems(terms)
        func items(_ text: String) -> TopicBigrams? {
            let scalars = Array(text.unicodeScalars)
            return slogans.items(in: scalars, 0..<scalars.count)
        }
        // check
        #expect(items("县医院“一站两中心”建成运营") == TopicBigrams("急救站，胸痛中心、卒中中心"))
        #expect(items("全面推行河湖长制") == nil)
        #expect(items("建设四好农村路") == nil)
        #expect(items("建设胸痛中心") == nil)
    }

    @Test("of clauses that share as much with a commitment, the evidence is the one that names least else")
    func evidenceMostAboutIt() throws {
        // act
        let verdict = try #require(
            Self.verdict(
                Self.verdicts(
                    "加快云溪小镇项目建设。", "构建滨河景观带及老城片区、新城片区、云溪小镇片区“一带三区”城市空间布局。启动总投资20亿元的云溪小镇建设。重点项目加快推进，项目审批提速，项目资金到位。"),
                "加快云溪小镇项目建设", kind: .task))
        // check
        #expect(verdict.outcome == .progress)
        #expect(verdict.evidence?.quote == "启动总投资20亿元的云溪小镇建设")
    }

    @Test("a sentence can settle several targets, each with its own figure")
    func oneSentenceSeveralTargets() throws {
        // act
        let verdicts = Self.verdicts(
            "新建幼儿园3所，新增学位900个。建成地铁2号线，建成地铁3号线一期。",
            "新建幼儿园3所、新增学位860个，地铁2号线、3号线一期建成通车。")
        // check
        #expect(Self.verdict(verdicts, "新建幼儿园3所")?.actual == ActualFigure(value: 3, unit: "所"))
        #expect(Self.verdict(verdicts, "新增学位900个")?.actual == ActualFigure(value: 860, unit: "个"))
        #expect(Self.verdict(verdicts, "建成地铁2号线", kind: .task)?.outcome == .done)
        #expect(Self.verdict(verdicts, "建成地铁3号线一期", kind: .task)?.outcome == .done)
    }

    @Test("no figure: done when the review says built or held, progress when under way, done in part or about to be")
    func doneAndProgress() throws {
        // setup
        let cases: [(plan: String, review: String, quote: String, outcome: VerdictOutcome)] = [
            ("建成县城污水处理厂二期工程。", "县城污水处理厂二期工程建成投用。", "建成县城污水处理厂二期工程", .done),
            ("举办第三届山茶文化节。", "成功举办第三届山茶文化节。", "举办第三届山茶文化节", .done),
            ("实施县人民医院门诊楼改扩建工程。", "县人民医院门诊楼主体完工。", "实施县人民医院门诊楼改扩建工程", .progress),
            ("开工建设青石至白河二级公路。", "青石至白河二级公路完成路基工程60%。", "开工建设青石至白河二级公路", .progress),
            ("搞好机构改革。", "新一轮机构改革县级层面基本完成，乡镇层面有序展开。", "搞好机构改革", .progress),
            ("建成县体育馆。", "县体育馆尚未建成，完成主体工程。", "建成县体育馆", .progress),
            // Begun in part (`部分投入使用`) is under way; another work begun after it (`石门路开工建设`) is not its.
            ("加快县医院迁建。", "县医院迁建门诊楼、住院楼全面竣工，部分投入使用。", "加快县医院迁建", .progress),
            ("建成东环路北延工程。", "东环路北延工程建成通车，石门路开工建设。", "建成东环路北延工程", .done),
            ("建成东环路北延一期工程。", "东环路北延一期工程建成通车，二期开工建设。", "建成东环路北延一期工程", .progress),
            // A work to be started is kept when the review has it under way, not when only its preparation began.
            ("投资800万元启动东关街北延建设。", "实施了东关街北延、西门路新建道路工程。", "投资800万元启动东关街北延建设", .done),
            ("全面启动开发区北区建设。", "大手笔启动开发区北区征迁。", "全面启动开发区北区建设", .progress),
            // Hard bones gnawed through are done; a work about to be finished is not yet.
            ("完成南关路征迁扫尾。", "啃下南关路、西环路等断头路征迁硬骨头。", "完成南关路征迁扫尾", .done),
            ("完成旧城区改造扫尾。", "历时八年的旧城区改造即将圆满收官。", "完成旧城区改造扫尾", .progress),
            // Passing the inspection is the frame of a title, not its subject.
            (
                "力争达到省级园林城市验收标准。",
                "成功创建省级园林城市。新增省级文明村8个，省级示范园3个，省级龙头企业2家。城市道路改造加快，城市公园开放，城市管网更新。",
                "力争达到省级园林城市验收标准", .done
            ),
            (
                "年内通过省级卫生县城验收。",
                "成功创建省级卫生县城。新增省级文明村8个，省级示范园3个，省级龙头企业2家。县城道路改造加快，县城公园开放，县城管网更新。",
                "年内通过省级卫生县城验收", .done
            ),
        ]
        for item in cases {
            // act
            let verdict = try #require(
                Self.verdict(Self.verdicts(item.plan, item.review), item.quote, kind: .task), "\(item.plan)")
            // check
            #expect(verdict.outcome == item.outcome, "\(item.plan) → \(item.review)")
            #expect(verdict.evidence != nil)
        }
    }

    @Test("silent when the review is about other things: no evidence, no actual")
    func silence() throws {
        // act
        let verdicts = Self.verdicts(
            "新建城乡养老服务中心5个。创建省级美丽乡村示范村8个。",
            "全年新建口袋公园12处，改造老旧小区36个。城镇新增就业3200人。")
        // check
        #expect(verdicts.count >= 2)
        for verdict in verdicts {
            #expect(verdict.outcome == .silent, "\(verdict.target.span.quote) → \(verdict.evidence?.quote ?? "")")
            #expect(verdict.evidence == nil && verdict.actual == nil)
        }
    }

    @Test("the thanks paragraph of a review is no evidence")
    func thanksAreNoEvidence() throws {
        // act
        let verdicts = Self.verdicts(
            "支持驻县部队建设。",
            "全年新建口袋公园12处。\n在此，我代表县人民政府，向驻县部队官兵，向关心支持青山县发展的各界人士，表示衷心感谢！")
        // check
        #expect(Self.verdict(verdicts, "支持驻县部队建设", kind: .task)?.outcome == .silent)
    }

    @Test("five-year targets are left to the review of the term's last year")
    func termTargetsNotJudged() {
        // setup
        let plan = """
            青山县2021年政府工作报告
            一、“十三五”时期工作回顾
            五年来，全县地区生产总值年均增长6%。
            二、“十四五”时期主要目标任务
            到2025年，全县地区生产总值突破300亿元。
            三、2021年工作安排
            全年新建口袋公园10处。
            """
        // act
        let verdicts = VerdictReader.judge(plan: plan, review: Self.review("全年建成口袋公园10处。", year: 2021)).verdicts
        // check
        #expect(
            verdicts.map(\.target.span.quote).contains("全年新建口袋公园10处") || verdicts.map(\.target.span.quote).contains("新建口袋公园10处"))
        #expect(!verdicts.contains { $0.target.span.quote.contains("300亿元") })
    }

    @Test("a second report without a review part, or of the wrong year, is said so")
    func pairWarnings() {
        // act
        let noReview = VerdictReader.judge(plan: Self.plan("新建口袋公园60处。"), review: "二、2023年工作安排\n新建口袋公园20处。\n")
        let wrongYear = VerdictReader.judge(plan: Self.plan("新建口袋公园60处。"), review: Self.review("建成口袋公园62处。", year: 2023))
        // check
        #expect(noReview.verdicts.allSatisfy { $0.outcome == .silent })
        #expect(noReview.warnings.contains { $0.contains("review part") })
        #expect(wrongYear.warnings.contains { $0.contains("2024") && $0.contains("2022") })
    }
}

extension VerdictReaderTests {
    @Test("a clause listing several works gives each its own figure (`高速公路6000多公里、农村公路30多万公里`)")
    func listedWorks() throws {
        // act
        let verdict = try #require(Self.verdict(Self.verdicts("新建改建农村公路20万公里。", "新建改建高速公路6000多公里、农村公路30多万公里。"), "新建改建农村公路20万公里"))
        // check
        #expect(verdict.actual == ActualFigure(value: 300_000, unit: "公里"))
        #expect(verdict.outcome == .exceeded)
    }
}
