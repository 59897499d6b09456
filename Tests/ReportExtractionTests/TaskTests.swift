import Testing

@testable import ReportExtraction

@Suite("Tasks")
struct TaskTests {
    @Test("one verb over a 、-list is one task")
    func oneVerbOneTask() throws {
        let tasks = ReportExtractor.planTasks("新建人行绿道40公里、口袋公园60处，提升改造绿地79万平方米。")
        try #require(tasks.map(\.text) == ["新建人行绿道40公里、口袋公园60处", "提升改造绿地79万平方米"])
        #expect(tasks[0].quantities == [0, 1])
        #expect(tasks[1].quantities == [2])
        #expect(tasks.allSatisfy { !$0.vague })
    }

    @Test("a 、-list of works, each with its own result, gives one task each")
    func listOfWorks() {
        let tasks = ReportExtractor.planTasks("推动示范园一期开工建设、产业园二期投产、物流基地三期启动。")
        #expect(tasks.map(\.text) == ["推动示范园一期开工建设", "产业园二期投产", "物流基地三期启动"])
    }

    @Test("lead phrases, framing, principles and purposes are not tasks")
    func notTasks() {
        let tasks = ReportExtractor.planTasks(
            "做精现代农业。坚持农业农村优先发展，以乡村振兴为抓手，围绕产业链部署创新链，启动区疾控中心建设，确保粮食安全格局。")
        #expect(tasks.map(\.text) == ["启动区疾控中心建设"])
    }

    @Test("a short sentence of concrete work opening a paragraph is a task, not a lead phrase")
    func shortConcreteSentence() {
        let tasks = ReportExtractor.planTasks("力争完成烟草储备库主体工程。开工建设冷链物流产业园项目。")
        #expect(tasks.map(\.text) == ["力争完成烟草储备库主体工程", "开工建设冷链物流产业园项目"])
    }

    @Test("a purpose word in front of a concrete result is a task; in front of a principle it is not")
    func purposes() {
        let tasks = ReportExtractor.planTasks("确保地铁3号线一期建成通车，确保社会大局和谐稳定。")
        #expect(tasks.map(\.text) == ["确保地铁3号线一期建成通车"])
    }

    @Test("a time in front of the verb (年内, 到2023年底) does not hide the task")
    func timeLeads() {
        let tasks = ReportExtractor.planTasks("到年底建成投用市民服务中心，到2023年底完成棚户区改造，年内开工建设污水处理厂三期。")
        #expect(tasks.map(\.text) == ["到年底建成投用市民服务中心", "到2023年底完成棚户区改造", "年内开工建设污水处理厂三期"])
        #expect(tasks.allSatisfy { !$0.vague })
    }

    @Test(
        "a facility put into use (启用), a plant's standard raised (提标改造), an event held when the time comes (适时举办) or helped with (配合启动) are tasks"
    )
    func moreVerbsOfWork() {
        let tasks = ReportExtractor.planTasks(
            "启用县中医院应急医疗救护中心，提标改造县污水处理厂、泉林污水处理厂。适时开通学生定制公交专线，配合启动建设高东高速北延段项目。")
        #expect(
            tasks.map(\.text) == [
                "启用县中医院应急医疗救护中心", "提标改造县污水处理厂、泉林污水处理厂", "适时开通学生定制公交专线", "配合启动建设高东高速北延段项目",
            ])
        #expect(tasks.allSatisfy { !$0.vague })
        // A numbered list run into one clause gives a task per item, each a named work.
        let works = ReportExtractor.planTasks("年内完成民生工程5项：（1）易保线大修工程（2）新城公园一期工程（3）徐水第二小学开工建设。")
        #expect(works.map(\.text).suffix(3) == ["易保线大修工程", "新城公园一期工程", "徐水第二小学开工建设"])
        #expect(works.suffix(3).allSatisfy { !$0.vague })
        // A work and its result (建成运行) is a task; a state kept running is not.
        let running = ReportExtractor.planTasks("力争殡管所项目建成运行，确保经济平稳运行。")
        #expect(running.map(\.text) == ["力争殡管所项目建成运行"])
        // Manners listed before the verb (按时限、高质量) hide no task.
        let manners = ReportExtractor.planTasks("坚决按时限、高质量完成容东片区征迁安置工作任务。")
        #expect(manners.map(\.text) == ["坚决按时限、高质量完成容东片区征迁安置工作任务"])
        // 评选, 对接 and 攻坚 are verbs of policy work (对 alone frames, 攻坚克难 is a motto): tasks, vague.
        let policy = ReportExtractor.planTasks("评选制造业综合实力企业，积极对接在谈项目，攻坚城中村改造，对此高度重视，攻坚克难。")
        #expect(policy.map(\.text) == ["评选制造业综合实力企业", "积极对接在谈项目", "攻坚城中村改造"])
    }

    @Test("a place or a whole subject in front of the verb (城区外, 各乡镇卫生院全部) does not hide the task; 国内 is no place")
    func scopeLeads() {
        let tasks = ReportExtractor.planTasks(
            "城区外完成环城绿道绿化，城区内新建停车场3处。各乡镇卫生院全部配备救护车。乡村全部振兴美丽。单位国内生产总值能耗继续下降。")
        #expect(tasks.map(\.text) == ["城区外完成环城绿道绿化", "城区内新建停车场3处", "各乡镇卫生院全部配备救护车"])
        #expect(tasks.first?.vague == false)
    }

    @Test("a place after 在 (在城区核心区域谋划建设…) frames where, not why; 规划布局 is a verb; 竣工交房 a result")
    func placeAfterAt() {
        let tasks = ReportExtractor.planTasks(
            "在城区核心区域谋划建设商旅综合体，在省市区域发展大局中的地位显著提升。规划布局汽车零部件产业园。力争城北安置房竣工交房。在项目建设上蓄力攻坚。"
        )
        #expect(tasks.map(\.text) == ["在城区核心区域谋划建设商旅综合体", "规划布局汽车零部件产业园", "力争城北安置房竣工交房"])
    }

    @Test("a purpose naming a measurable change or standing (确保地下水位持续回升) is a task, vague; a purpose of state is not")
    func purposeOfChange() {
        let tasks = ReportExtractor.planTasks("确保地下水位持续回升，确保年内跃升至全省A类，确保社会大局和谐稳定，确保粮食安全格局。")
        #expect(tasks.map(\.text) == ["确保地下水位持续回升", "确保年内跃升至全省A类"])
        #expect(tasks.allSatisfy { $0.vague })
        // A list or rank to enter, with a short subject in front of the purpose or none.
        let entries = ReportExtractor.planTasks("力争九路泊车、奥博生物进入省证监局辅导备案，德力现代农业园区力争进入省级农业园区，全面落实各项政策力争见效。")
        #expect(entries.map(\.text) == ["力争九路泊车、奥博生物进入省证监局辅导备案", "德力现代农业园区力争进入省级农业园区", "全面落实各项政策力争见效"])
        #expect(entries.prefix(2).allSatisfy { $0.vague })
    }

    @Test("headline targets are tasks")
    func headlineTargets() {
        let tasks = ReportExtractor.planTasks("主要预期目标是：地区生产总值增长7%左右；城镇登记失业率控制在5%以内。")
        #expect(tasks.map(\.text) == ["地区生产总值增长7%左右", "城镇登记失业率控制在5%以内"])
    }

    @Test("general policy clauses are tasks, flagged vague")
    func vagueTasks() {
        let tasks = ReportExtractor.planTasks("深化\"放管服\"改革，开工建设明品福冷链物流产业园项目。")
        #expect(tasks.map(\.vague) == [true, false])
    }

    @Test(
        "checkable work is not vague; a general policy clause is",
        arguments: [
            ("启动区疾控中心建设。", false), ("推动示范园一期开工建设。", false), ("将西地村打造成休闲观光旅游示范村。", false),
            ("开展\"三大一严\"信访事项化解专项行动。", false), ("实现禁燃区内清洁取暖全覆盖。", false),
            ("推动烧卖制作技艺申报国家级非遗项目。", false), ("新增就业7500人。", false),
            ("加强蒙中医重点专科建设。", true), ("深化大气污染治理。", true), ("推进乡村振兴。", true),
        ])
    func vagueness(_ sentence: String, _ vague: Bool) throws {
        let task = try #require(ReportExtractor.planTasks(sentence).first)
        #expect(task.vague == vague, "\(sentence)")
    }

    @Test("five-year tasks have the horizon term; the review has no tasks")
    func horizons() {
        let text = "一、过去五年工作回顾\n新建学校5所。\n二、今后五年的主要任务\n建成国家级开发区。\n三、2022年工作安排\n启动体育中心建设。\n"
        let tasks = ReportExtractor.extract(text).tasks
        #expect(tasks.map(\.horizon) == [.term, .year])
        #expect(tasks.map(\.section) == ["2", "3"])
    }

    @Test("annex items after the closing words are tasks without their marker; the annex title is not")
    func annexItems() {
        let text = """
            二、2023年工作安排
            启动体育中心建设。
            各位代表！让我们团结奋斗！
            附件
            2023年十件民生实事
            一、新建改扩建幼儿园10所
            """
        let report = ReportExtractor.extract(text)
        #expect(report.tasks.map(\.text) == ["启动体育中心建设", "新建改扩建幼儿园10所"])
        #expect(report.sections.map(\.id) == ["2"])
    }

    @Test("list markers in front of a task are skipped, not mistaken for its start")
    func listMarkers() {
        let tasks = ReportExtractor.planTasks(
            "一是建设创新型省份，研发经费投入强度达到2.8%；（1）新建5G基站2万个；2.启动机场三期工程。①投资5000万元推进西环路建设；②启动东关街北延建设。")
        #expect(
            tasks.map(\.text) == [
                "建设创新型省份", "研发经费投入强度达到2.8%", "新建5G基站2万个", "启动机场三期工程", "投资5000万元推进西环路建设", "启动东关街北延建设",
            ])
    }

    @Test("a clause that refers to the text around it is not a task")
    func references() {
        #expect(ReportExtractor.planTasks("实现上述目标，重点抓好以下八个方面工作：").isEmpty)
    }

    @Test("offsets point at the task's text in the normalized report")
    func offsets() throws {
        let report = ReportExtractor.extract(try Fixtures.yuquan)
        let scalars = Array(report.normalizedText.unicodeScalars)
        #expect(report.tasks.count > 100)
        for task in report.tasks {
            #expect(scalars.string(task.start..<task.end) == task.text)
        }
    }

    @Test("judgements, descriptions and the topic of a requirement are not tasks; a task before a purpose is")
    func statementsAreNotTasks() {
        // setup
        let paragraph = "做好今年工作，要坚持稳中求进。实现全年目标并非易事，必须付出艰苦努力。发展动能正在不断增强。推进自然保护地体系建设，要让家园更绿更美。新建幼儿园3所。"
        // act
        let texts = ReportExtractor.planTasks(paragraph).map(\.text)
        // check
        #expect(texts == ["推进自然保护地体系建设", "新建幼儿园3所"])
    }

    @Test("the closing call commits to nothing, with or without 各位代表 in front; what follows it is not plan")
    func closingWords() {
        // setup: the State Council's style, then a page's licence notice
        let text = """
            一、2023年工作回顾
            过去一年，国内生产总值增长5.2%。
            二、2024年政府工作任务
            （一）扩大国内需求
            新建幼儿园3所。
            使命重在担当，奋斗创造未来。我们要更加紧密地团结在以习近平同志为核心的党中央周围，努力完成全年经济社会发展目标任务，为全面推进强国建设而不懈奋斗！
            本作品是中华人民共和国的法律、法规，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件。
            """
        // act
        let tasks = ReportExtractor.extract(text).tasks.map(\.text)
        // check
        #expect(tasks == ["新建幼儿园3所"])
    }

    /// The spec counts building, finishing or opening a named thing as concrete, whatever the
    /// verb in front (made-up examples of the shapes county reports use).
    @Test("a named work under a general verb is concrete; a kind of work, or a work named only as a modifier, stays vague")
    func namedWorks() {
        func vague(_ clause: String) -> Bool? { ReportExtractor.planTasks(clause + "。").first?.vague }
        for concrete in [
            "加快推进青山湖大桥建设", "推进城南污水处理厂二期工程", "全力推进东岭110KV电站建设", "加快推进云雾水镇二期项目",
            "推动万豪广场、银泰城等项目加快建设", "研究制定《青山县乡村振兴规划》", "加快推进第三高中、实验初级中学建设",
            "推进青河南北堤景观提升", "盘活南区10.6万平米闲置厂房", "筹办好第一季度重点项目集中开工活动",
            "继续召开全县招商引资优化营商环境大会",
            // A verb of speed driving a concrete one; a work finished or opened; an item of a list of
            // works; named firms or projects and the work on them.
            "加快完成老城拆迁扫尾", "美邻中心年底前完成主体建设", "直播经济产业园3月份实现运营",
            "推进石门中学、柳树底地震监测台站、气象局业务用房建设", "加快青松锂电、华美食品等项目建设进度",
            "推动天浩制药、五合窖等重点企业扩能升级", "支持实体经济贷款余额达到百亿以上",
            // An examination to pass, a partner named in front, a work ready to open, a count brought to zero.
            "年内通过省级洁净城市验收", "确保顺利通过中期考核", "与西部控股合作打造“遍地红”实景演出项目",
            "平阳温暖谷4月底达到运营条件", "仙人山、林上清溪项目“十一”前具备接待能力", "确保贫困人口动态清零",
            // Adverbs joined by 、; a bound (`及以下`) is not `the following`; a plan to build a named work.
            "高标准、高质量完成石门水库除险加固工程", "规划实施县城北环路工程",
            // A named project with a glossary note after it; a named area torn down; building begun on site.
            "扎实推进教育“十百千万”工程[14]", "强势推进小店片区拆迁改造", "确保高家庄片区安置区4月份进场施工",
        ] {
            #expect(vague(concrete) == false, "\(concrete)")
        }
        for general in [
            "加快项目建设", "推进重点项目建设", "加强基础设施建设", "完善财政项目资金绩效考核", "加强与国内一流学校的学习交流",
            "谋划一批打基础、补短板的项目", "深化医药卫生体制改革", "推进重点项目提升",
            // Firms' growth and projects' preparation are not checked as done.
            "培育扶持良丰晓月、昌利、华农等本地企业发展壮大", "统筹推进百兴路、中易水大道等项目前期工作",
            "加快推进乡村振兴",
            // Capacity raised, products launched: a task, but no result to check.
            "全面提升旅游综合服务接待能力", "推出一批高端精品民宿", "推出阜平旅游形象大使",
            "积极稳妥推进乡镇区划调整", "进行全员核酸检测应急演练", "招录一批师范类优秀教师",
            "全面淘汰国三及以下营运柴油货车",
        ] {
            #expect(vague(general) == true, "\(general)")
        }
        // `以下` as `the following` introduces, it commits to nothing.
        #expect(vague("重点抓好以下工作") == nil)
        // `通过` as `by means of` frames; it is no examination.
        #expect(vague("通过招商引资带动就业") == nil)
    }
}
