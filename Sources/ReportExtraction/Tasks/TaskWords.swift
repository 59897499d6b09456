/// The words that tell a commitment from the rest of a plan paragraph.
enum TaskWords {
    /// Adverbs in front of a task's verb (`全面推进`, `持续开展`, `加快推动`).
    static let adverbs = Lexicon(words: [
        "全面", "持续", "大力", "积极", "深入", "扎实", "着力", "重点", "进一步", "不断", "切实", "严格", "有效",
        "有序", "继续", "全力", "努力", "坚决", "严厉", "充分", "高标准", "高质量", "多措并举", "毫不松懈", "常态化",
        "率先", "力争", "加速", "稳步", "逐步", "认真", "主动", "精准", "同步", "集中", "着重", "统筹", "分类",
        "及时", "依法", "重点围绕", "全年", "今年", "年内", "还要", "要", "并", "同时", "此外", "另外", "再",
        "到年底", "年底前", "年底", "上半年", "下半年", "年中", "一季度", "二季度", "三季度", "四季度", "年末",
        "稳妥", "积极稳妥", "高水平", "高起点", "强势", "突出", "全速", "适时", "配合", "按时限", "按时", "按期",
        "保质保量",
    ])

    /// Clause openings that frame, justify or state a principle rather than commit to work.
    static let framing = Lexicon(words: [
        "坚持", "树立", "树牢", "牢固树立", "秉持", "秉承", "牢记", "始终", "依托", "围绕", "按照", "根据", "立足",
        "紧扣", "紧盯", "面对", "面向", "通过", "为了", "为实现", "为", "以", "借助", "抢抓", "把握", "确保", "使",
        "让", "形成", "守住", "守好", "彻底", "真正", "奋力", "我们", "各位代表", "贯彻", "注重", "扛起", "铸牢",
        "做到", "增强", "在", "对", "把", "用", "从", "由", "将以", "着眼", "坚守", "恪守", "筑牢", "弘扬", "践行",
        "发扬", "营造", "厚植", "牢牢", "守牢", "保持", "努力实现", "不断增强", "打好", "更加", "全力以赴",
        "只有", "必须", "要以", "力求", "力争实现", "推动形成", "加快形成", "逐步形成", "进而", "从而", "切实增强",
        "攻坚克难", "攻坚期",
    ])

    /// Endings of a measurable change a purpose commits to (`确保地下水位持续回升`).
    static let changes = WordList([
        "好转", "改善", "回升", "下降", "降低", "提升", "提高", "增长", "上升", "减少", "不减少", "不降低", "前列",
    ])

    /// A standing to reach or keep, or a list to enter (`跃升至全省A类`, `水质保持III类水平`,
    /// `进入全市前列`, `进入省证监局辅导备案`).
    static let standings = WordList(["跃升至", "跃升到", "保持在", "稳定在", "进入", "位居", "位列", "晋位"])

    /// Whether `text[range]`, from `start`, is a purpose that names a measurable change or
    /// standing (`确保空气质量持续改善`, `确保年内跃升至全省A类`); a short subject may come first
    /// (`德力现代农业园区力争进入省级农业园区`).
    static func commitsToChange(_ text: [Unicode.Scalar], _ range: Range<Int>, from start: Int) -> Bool {
        // (The purpose first: most clauses have none, and one look at each of a dozen places says so.)
        let subjectEnd = min(range.upperBound, start + longestSubject)
        guard let purpose = (start..<subjectEnd).first(where: { purposes.match(text, at: $0, limit: range.upperBound) != nil }),
            changes.anyEnds(text, range) || standings.anyOccurs(in: text, range)
        else { return false }
        // Only a subject before the purpose: a verb there makes the purpose another clause's.
        return !(start..<purpose).contains { Actions.verbs.match(text, at: $0, limit: purpose) != nil }
    }

    /// The longest subject written in front of a purpose word.
    private static let longestSubject = 12

    /// Purpose words that commit to what follows when it is concrete (`确保…建成通车`).
    static let purposes = Lexicon(words: ["确保", "力争", "争取", "全面完成", "务必"])

    /// Objects that mark a clause as an attitude or a result (`…意识`, `…格局`).
    static let abstractEndings = WordList([
        "意识", "观念", "理念", "精神", "认同", "信心", "底线", "格局", "局面", "氛围", "态势", "一样",
        "故事", "成果", "环境", "生态", "品格", "初心", "使命", "作风", "形象", "作用", "效应", "动能", "形态",
        "业态", "价值观", "有效", "活力", "优势",
    ])

    /// Judgements and descriptions rather than commitments (`实现今年预期目标并非易事`,
    /// `推动高质量发展要靠改革`, `发展内生动力在不断积聚`).
    static let statements = WordList([
        "并非易事", "来之不易", "至关重要", "尤为重要", "十分重要", "意义重大", "任重道远", "要靠", "关键在于", "关键是",
        "离不开", "取决于", "在不断", "正在", "已经", "不容易", "极不平凡", "前所未有",
    ])

    /// Openings of a clause that makes the clause before it its topic or condition
    /// (`做好今年政府工作，要…`, `完成今年发展目标任务，必须…`).
    static let requirementOpenings = Lexicon(words: ["要", "必须", "需要", "就要", "就必须", "关键是", "根本在于"])

    /// Words of a result rather than a work (`推动管理更加精准有效`).
    static let results = WordList(["更加", "上述", "以下"])

    /// Both lists, searched in one pass.
    static let resultsOrStatements = WordList(combining: [results, statements])

    /// Whether the clause is a result or a statement, not a commitment; `以下` after `及` or a
    /// figure is a bound (`淘汰国三及以下营运柴油货车`), not `the following`.
    static func statesResult(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        resultsOrStatements.anyOccurrence(in: text, range) { start, length in
            guard length == 2, text[start] == "以", text[start + 1] == "下", start > range.lowerBound else { return true }
            let before = text[start - 1]
            return
                !(before == "及" || before == "或" || before.isASCIIDigit
                || Units.lexicon.matchEnding(text, at: start, lower: range.lowerBound) != nil)
        }
    }

    /// Skips the adverbs in front of a verb, also two joined by `、` (`高质量、高水平推动…`).
    static func skipAdverbs(_ text: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
        var cursor = start
        while let adverb = adverbs.match(text, at: cursor, limit: limit) {
            cursor += adverb.length
            if cursor + 1 < limit, text[cursor] == "、", adverbs.match(text, at: cursor + 1, limit: limit) != nil { cursor += 1 }
        }
        return cursor
    }

    /// Outcomes that make a general clause checkable: a designation or full coverage.
    static let checkableOutcomes = WordList([
        "成为", "打造成", "建成为", "争创", "创建", "全覆盖", "挂牌", "通过验收", "获批", "申报", "申建",
    ])

    /// Verbs that deliver a named event or campaign (`开展"三大一严"…专项行动`).
    static let deliveryVerbs = Lexicon(words: ["开展", "举办", "承办", "做好", "实施", "组织", "办好", "推出"])

    /// Events and campaigns that can be held and checked.
    static let events = WordList([
        "活动", "行动", "赛", "节", "季", "庙会", "嘉年华", "博览会", "博会", "论坛", "运动", "大会", "改造",
    ])

    /// Endings of a work that goes on rather than finishes (`加强…基础设施建设`).
    static let ongoingEndings = WordList(["建设", "运营"])

    /// …unless the work is started by it (`一期开工建设`, `在谈项目落地建设`).
    static let startedWorks = WordList([
        "开工建设", "落地建设", "建成运营", "投入运营", "实现运营", "正式运营", "完成主体建设",
    ])

    /// Kinds of works, facilities and sites that a name makes one thing to build, open or
    /// finish (`保定财经职业学院`, `杨树湾大桥`, `太行水镇二期`): `推进…建设` of such a named
    /// thing is checkable, where `推进…建设` of a kind of work (`基础设施`) is not.
    static let works = WordList([
        "产业园", "工业园", "物流园", "科技园", "园区", "公园", "广场", "工程", "项目", "中心", "学院", "大学", "学校",
        "小学", "中学", "高中", "初中", "幼儿园", "医院", "卫生院", "门诊", "综合楼", "机场", "高速", "收费站", "铁路",
        "公路", "国道", "省道", "大街", "大道", "北路", "南路", "东路", "西路", "环路", "快速路", "东延", "西延",
        "南延", "北延", "大桥", "水库", "处理厂", "电站", "基地", "驿站", "小镇", "水镇", "古城", "景区", "景观",
        "回迁区", "安置区", "片区", "一期", "二期", "三期", "四期", "干渠", "灌区", "运动场", "体育馆", "图书馆",
        "纪念馆", "博物馆", "场馆", "综合体", "酒店", "平台", "基金", "台站", "连接线", "互通", "集中区", "试验区",
        "示范区", "步行街", "老街",
    ])

    /// Words in front of a kind of work that make it a kind, not a name (`重点项目`, `民生工程`).
    static let genericModifiers = WordList([
        "重点", "重大", "基础", "公共", "配套", "民生", "民心", "惠民", "各类", "各项", "一批", "系列", "相关", "新型",
        "骨干", "标志性", "产业", "建设", "招商", "在建", "续建", "新建", "储备", "谋划", "支撑性", "引领性", "龙头",
        "的",
    ])

    /// What may follow a named work to the clause's end: the work done to it (`…学院建设`,
    /// `…二期项目`, `…收费站改扩建工程`); anything else makes the work a modifier of something
    /// general (`…项目资金绩效考核`, `…学校的学习交流`).
    static let workTails = Lexicon(words: [
        "建设", "项目", "工程", "项目建设", "工程建设", "改造", "升级改造", "提升改造", "改扩建", "改扩建工程", "迁建",
        "扩建", "续建", "建成", "建成投用", "投用", "运营", "开工", "开工建设", "竣工", "完工", "通车", "建设项目",
        "等项目", "等项目建设", "等工程", "等重点项目", "主体建设", "主体完工", "提升工程", "改线", "加快建设", "提质升级",
        "提升", "提质", "提档升级", "拆迁", "拆迁改造", "征迁",
    ])

    /// Verbs of concrete, checkable work (a finished, started or opened thing).
    static let concreteVerbs = Lexicon(words: [
        "启动", "完成", "新建", "新改建", "新续建", "改扩建", "续建", "建成", "开工", "开工建设", "投产", "打通",
        "创建", "争创", "申报", "举办", "承办", "引进", "新增", "改造", "提升改造", "开通", "搭建", "设立", "成立",
        "组建", "出台", "制定", "编制", "修编", "达到", "新开工", "竣工", "开业", "运营", "投用", "交付", "拆除",
        "迁建", "修缮", "落地", "筹办", "召开", "举行", "启用", "提标改造",
    ])

    /// Endings of a list of works that are built (`…台站、气象局业务用房建设`).
    static let listTails = WordList(["建设", "工程", "项目", "改造", "改扩建", "迁建", "开工", "竣工", "完工", "投用"])

    /// The close of a list of named projects or firms (`中科锂电、华美食品等项目`).
    static let listedProjects = WordList(["等项目", "等重点项目", "等企业", "等重点企业", "等龙头企业"])

    /// Work done on listed projects or firms that can be checked.
    static let projectWorks = Lexicon(words: [
        "建设", "建设进度", "加快建设", "开工", "开工建设", "竣工", "投产", "建成投产", "落地", "扩能", "扩能升级", "扩产",
        "技改", "技术改造", "升级改造", "改造提升",
    ])

    /// `通过` in front of an examination (`年内通过省级洁净城市验收`, `确保顺利通过中期考核`).
    static let passing = Lexicon(words: ["通过", "顺利通过"])

    /// Examinations a work or a title passes: the clause is a result to check.
    static let examinations = WordList(["验收", "考核", "评审", "评估", "认证", "复审", "复核", "审核", "考评", "认定"])

    /// Where the work starts after a partner named in front (`与西部控股合作打造…`,
    /// `同中国食品工业协会合作建立…`); nil when the clause does not open so.
    static func partnership(_ text: [Unicode.Scalar], in range: Range<Int>, from start: Int) -> Int? {
        guard start < range.upperBound, text[start] == "与" || text[start] == "同" || text[start] == "和" else { return nil }
        let window = start..<min(range.upperBound, start + 20)
        guard let cooperate = text.firstRange(of: cooperation, in: window), cooperate.lowerBound > start + 2,
            cooperate.upperBound < range.upperBound
        else { return nil }
        return cooperate.upperBound
    }

    private static let cooperation = Array("合作".unicodeScalars)

    /// Where the verb starts after a scope written in front of it: a place (`县城外完成…绿化`,
    /// `城区内实施…`) or a subject all of which is to get the work (`基层医疗机构全部配备…`); nil
    /// when the clause does not open so, or no verb follows.
    /// After `在` the place may end in any word of place (`在城区核心区域谋划建设…`,
    /// `在朝阳大街两侧打造…`); `在…上`, `在…中` frame a field of work, not a place.
    static func scopeInFront(_ text: [Unicode.Scalar], from start: Int, limit: Int, afterAt: Bool = false) -> Int? {
        var end = start
        while end < limit, end - start <= longestScope, text[end].isHan {
            end += 1
            let scope = end - start
            // 国内, 国外 are a modifier (`单位国内生产总值能耗`), not a place the work is done in.
            let closesPlace =
                scope >= 3 && (text[end - 1] == "内" || text[end - 1] == "外") && text[end - 2] != "国"
                || afterAt && scope >= 3 && places.anyEnds(text, start..<end)
            let closesSubject = !afterAt && scope >= 4 && text.has(all, at: end - all.count)
            guard closesPlace || closesSubject else { continue }
            let verb = skipAdverbs(text, from: end, limit: limit)
            // `在省市区域发展大局中…`: development in a place is its standing, not a work.
            if afterAt, text.has(development, at: verb) { continue }
            if concreteVerbs.match(text, at: verb, limit: limit) != nil
                || Actions.verbs.match(text, at: verb, limit: limit).map({ $0.length >= 2 }) == true
                || TaskVerbs.general.match(text, at: verb, limit: limit) != nil
            {
                return verb
            }
        }
        return nil
    }

    /// Words that end a place (`区域`, `两侧`).
    private static let places = WordList(["区域", "地块", "周边", "两侧", "沿线", "一带", "片区", "园区"])

    /// A scope in front of a verb is short: a place or a subject, not a clause.
    private static let longestScope = 10
    private static let all = Array("全部".unicodeScalars)
    private static let development = Array("发展".unicodeScalars)

    /// Verbs that only speed up the verb after them (`加快完成`, `尽快建成`).
    static let drivers = Lexicon(words: ["加快", "加速", "尽快", "力促"])

    /// Verbs that end a work item in a 、-list (`…一期开工建设、…二期投产`), so each item is a task.
    static let resultVerbs = WordList([
        "开工建设", "投产达效", "投产", "建成", "竣工", "落地", "开业", "运营", "完工", "通车", "启用", "投用",
        "投入使用", "交付使用", "开工", "建设", "达效", "启动", "完成", "挂牌", "验收", "建成通车", "运营条件",
        "通车条件", "投产条件", "入住条件", "具备接待能力", "清零", "进场施工", "交房", "竣工交房", "建成运行", "投入运行",
    ])
}
