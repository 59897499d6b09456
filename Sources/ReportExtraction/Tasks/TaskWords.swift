/// The words that tell a commitment from the rest of a plan paragraph.
enum TaskWords {
    /// Adverbs in front of a task's verb (`全面推进`, `持续开展`, `加快推动`).
    static let adverbs = Lexicon(words: [
        "全面", "持续", "大力", "积极", "深入", "扎实", "着力", "重点", "进一步", "不断", "切实", "严格", "有效",
        "有序", "继续", "全力", "努力", "坚决", "严厉", "充分", "高标准", "高质量", "多措并举", "毫不松懈", "常态化",
        "率先", "力争", "加速", "稳步", "逐步", "认真", "主动", "精准", "同步", "集中", "着重", "统筹", "分类",
        "及时", "依法", "重点围绕", "全年", "今年", "年内", "还要", "要", "并", "同时", "此外", "另外", "再",
        "到年底", "年底前", "年底", "上半年", "下半年", "年中", "一季度", "二季度", "三季度", "四季度", "年末",
    ])

    /// Clause openings that frame, justify or state a principle rather than commit to work.
    static let framing = Lexicon(words: [
        "坚持", "树立", "树牢", "牢固树立", "秉持", "秉承", "牢记", "始终", "依托", "围绕", "按照", "根据", "立足",
        "紧扣", "紧盯", "面对", "面向", "通过", "为了", "为实现", "为", "以", "借助", "抢抓", "把握", "确保", "使",
        "让", "形成", "守住", "守好", "彻底", "真正", "奋力", "我们", "各位代表", "贯彻", "注重", "扛起", "铸牢",
        "做到", "增强", "在", "对", "把", "用", "从", "由", "将以", "着眼", "坚守", "恪守", "筑牢", "弘扬", "践行",
        "发扬", "营造", "厚植", "牢牢", "守牢", "保持", "努力实现", "不断增强", "打好", "更加", "全力以赴",
        "只有", "必须", "要以", "力求", "力争实现", "推动形成", "加快形成", "逐步形成", "进而", "从而", "切实增强",
    ])

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
    static let startedWorks = WordList(["开工建设", "落地建设", "建成运营", "投入运营"])

    /// Verbs of concrete, checkable work (a finished, started or opened thing).
    static let concreteVerbs = Lexicon(words: [
        "启动", "完成", "新建", "新改建", "新续建", "改扩建", "续建", "建成", "开工", "开工建设", "投产", "打通",
        "创建", "争创", "申报", "举办", "承办", "引进", "新增", "改造", "提升改造", "开通", "搭建", "设立", "成立",
        "组建", "出台", "制定", "编制", "修编", "达到", "新开工", "竣工", "开业", "运营", "投用", "交付", "拆除",
        "迁建", "修缮", "落地",
    ])

    /// Verbs that end a work item in a 、-list (`…一期开工建设、…二期投产`), so each item is a task.
    static let resultVerbs = WordList([
        "开工建设", "投产达效", "投产", "建成", "竣工", "落地", "开业", "运营", "完工", "通车", "启用", "投用",
        "投入使用", "交付使用", "开工", "建设", "达效", "启动", "完成", "挂牌", "验收", "建成通车",
    ])
}
