/// The words a review uses to say what became of a piece of work.
enum OutcomeWords {
    /// Work finished: built, completed, opened, obtained, held, issued.
    static let done = WordList([
        "建成", "完成", "竣工", "投用", "投入使用", "投入运营", "投入商业运营", "投产", "通车", "开通", "开业", "通过验收",
        "验收", "获评", "获批", "获得", "成功举办", "举办", "召开", "如期", "全面完成", "全部完成", "实现全覆盖", "出台",
        "印发", "颁布", "制定", "修订", "设立", "成立", "挂牌", "落地", "建立", "创建成功", "入选", "达标", "交付",
        "成功建造", "成功", "承办", "圆满", "完工", "开园", "营业", "投入运行", "啃下", "实现", "编制", "关闭", "关停", "拆除", "取缔", "退出",
        "评为", "命名为", "荣获", "认定为", "创建为", "升级为", "晋升为", "批准为",
    ])

    /// `通过` in front of an examination (`顺利通过…评估认定`, `TaskWords.examinations`): the work was accepted.
    static let passed = Array("通过".unicodeScalars)

    /// A title won (`获批…示范县`, `被命名为…示范乡`): the standing of a place, not an amount of work.
    static let designations = WordList(["命名为", "评为", "获批", "获评", "入选", "荣获", "认定为", "列为"])

    /// Work under way: started, pushed on, partly done.
    static let progress = WordList([
        "开工", "推进", "启动", "实施", "开展", "加快", "有序", "正在", "部分", "主体", "逐步", "稳步", "扎实",
        "深入", "持续", "加强", "推动", "强化", "新一轮", "进展", "改善", "提升", "优化", "展开",
    ])

    /// Work begun but not finished: a count of these is not a count of what was done.
    static let started = WordList(["开工", "主体", "正在", "在建", "启动", "展开", "部分"])

    /// Verbs that commit to starting a work, not finishing it (`启动…建设`, `开工建设…`).
    static let startVerbs = WordList(["启动", "开工", "新开工", "开工建设"])

    /// Words that say a work has begun (`实施了…工程`, `…开工建设`).
    static let begun = WordList(["实施", "开工", "启动", "开建", "动工", "建设"])

    /// Steps before a work itself (`启动…征迁`, `…前期工作`): begun, they do not start the work.
    static let preparation = WordList(["征迁", "拆迁", "征地", "前期", "规划", "设计", "谋划", "招标", "立项"])

    /// Money spent, not work finished (`累计完成投资2亿元`): 完成 here says nothing of the work.
    static let spending = WordList(["完成投资", "完成固定资产投资", "完成年度投资"])

    /// Words that undo a done word near them (`尚未完成`, `未能建成`).
    static let negations = WordList(["未", "没有", "尚未", "未能", "不到", "滞后", "即将", "有望"])
}
