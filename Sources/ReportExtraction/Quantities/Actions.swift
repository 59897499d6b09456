/// The verbs and measure words that stand in front of a quantity (`新建`, `增长`, `达到`).
enum Actions {
    /// Nouns that start with a verb of the list (`生产总值` is the output, not `生产` of `总值`):
    /// a subject, whole.
    static let nounsLikeVerbs = WordList(["生产总值", "生产总额", "销售收入", "销售额", "投资总额", "投资额"])

    /// Verbs that lead a clause and take the counted thing as object (`新建人行绿道40公里`).
    static let verbs = Lexicon(words: [
        "新建", "新改建", "新改扩建", "改扩建", "新续建", "续建", "改建", "扩建", "新开工", "开工", "开工建设",
        "建成", "建设", "建立", "完成", "实施", "实现", "达到", "增长", "增长到", "增至", "增加", "增加到", "增加至",
        "提高", "提高到", "提高至", "提升", "提升到", "提升至", "提升改造", "改造", "降低", "降低到", "降至", "下降",
        "下降到", "减少", "压减", "压缩", "压缩至", "压缩到", "缩短", "缩短至", "缩短到", "控制在", "稳定在", "保持在",
        "新增", "增设", "引进", "招引", "引育", "培育", "打造", "创建", "开展", "举办", "举行", "启动", "拆除",
        "拆并改造", "关停", "整治", "治理", "清理", "化解", "办理", "办结", "解决", "安置", "发放", "投入", "争取",
        "申报", "申请", "吸引", "对接", "跟踪服务", "签约", "竣工", "投产", "培训", "帮扶", "救助", "接种", "检测",
        "采样检测", "管控", "承接", "隔离", "集中隔离", "查处", "打掉", "立案查处", "安装", "保护修缮", "修缮", "打通",
        "铺设", "种植", "植树", "造林", "栽植", "总投资", "投资", "完成投资", "年产", "生产", "销售", "认定", "获批",
        "入选", "更新", "更换", "购置", "配备", "设立", "成立", "组建", "招聘", "转移", "资助", "补贴", "补助",
        "减免", "退税", "上市", "挂牌", "纳入", "覆盖", "接待", "受理", "出台", "制定", "印发", "发布", "开通", "开设",
        "复垦", "流转", "收储", "出让", "供应", "征收", "征拆", "拆迁", "腾退", "搬迁", "回迁", "交付", "筹集", "筹措",
        "下达", "拨付", "兑现", "偿还", "清偿", "处置", "盘活", "节约", "削减", "淘汰", "关闭", "取缔", "侦破", "破获",
        "抓获", "调解", "审结", "组织", "选派", "走访", "慰问", "巡查", "抽检", "排查", "整改", "验收", "通过", "突破",
        "超过", "带动", "惠及", "服务", "引导", "推动", "推进", "落实", "保障", "打掉", "拆并", "新培育", "新引进",
        "新认定", "为群众办", "办好", "安排", "占", "从", "由", "达", "到", "至", "为", "增", "减", "降",
    ])

    /// Verbs that measure a change or a level of something already named
    /// (`…从269.9亿元增长到370亿元，年均增长4.7%`), so a bare one inherits the subject before it.
    static let measuringVerbs = WordList([
        "增长", "增长到", "增至", "增加", "增加到", "增加至", "提高", "提高到", "提高至", "提升", "提升到", "提升至",
        "下降", "下降到", "降低", "降低到", "降至", "减少", "达到", "达", "到", "至", "为", "占", "保持在", "稳定在",
        "控制在", "压缩", "压缩至", "压缩到", "缩短至", "缩短到",
    ])

    /// Whether `text[range]` ends with a verb that measures what was named before it.
    static func measuresPreviousSubject(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        measuringVerbs.anyEnds(text, range)
    }

    static func measuresPreviousSubject(_ action: String) -> Bool {
        let scalars = Array(action.unicodeScalars)
        return measuresPreviousSubject(scalars, 0..<scalars.count)
    }

    /// Words that name a rate of change without saying of what (`增速7.9%`, `可比增长10.5%`),
    /// or only the basis it is measured on (`同口径增长9%`, `较年初增长15.8%`): the subject is
    /// the one named before them.
    static let rateNouns: Set<String> = [
        "增速", "增幅", "增长率", "增长速度", "可比", "同比", "名义", "现价", "可比价", "按可比价计算", "同口径", "按同口径",
        "可比口径", "按可比口径", "较年初", "比年初", "较上年末", "比上年末",
    ]

    /// Verbs of building that chain into one action (`新建、改扩建`).
    static let buildingVerbs = Lexicon(words: [
        "新建", "改建", "扩建", "改扩建", "续建", "新改建", "新续建", "改造", "提升改造", "建设", "修缮",
    ])

    /// Modifiers that belong to the action (`累计征收`, `年均增长`).
    static let modifiers = Lexicon(words: ["累计", "年均", "全年", "共", "再", "当年"])

    /// Adverbs and connectives in front of an action or a subject that are neither.
    static let fillers = Lexicon(words: [
        "并", "和", "及", "与", "以及", "、", "其中", "今年", "全区", "全市", "全县", "全旗", "全省", "全镇", "全乡",
        "力争", "确保", "预计", "进一步", "积极", "大力", "全力", "加快", "着力", "重点", "继续", "持续", "分别", "均",
        "稳定", "稳步", "有序", "扎实", "全面", "同比", "比上年", "较上年", "比去年", "已", "已经", "将", "要", "还",
        "又", "先后", "陆续", "基本", "成功", "顺利", "高质量", "高标准", "高效", "有效", "切实", "深入", "新增加",
        "共计", "合计", "总计", "超额", "提前", "如期", "圆满", "严格", "依法", "一举", "连续", "累计", "全省",
        "全州", "全盟", "全国", "年内", "年底前", "上半年", "下半年", "因地制宜", "逐步", "不断", "努力", "分批", "计划",
        "分期",
    ])

    /// Words that name a dimension, not a thing (`总长28.2公里的农村公路`): the thing is written after the figure.
    static let dimensions = WordList([
        "总长", "全长", "长度", "总长度", "里程", "总里程", "面积", "总面积", "占地", "占地面积", "建筑面积", "规模",
        "总规模",
    ])

    /// Words after a count that frame it as a goal (`实现年出栏8100万只目标`): not what is counted.
    static let goalFrames = WordList(["目标", "任务", "目标任务", "指标"])

    /// Words that end a noun phrase read after a number (`49个老旧小区改造` → `老旧小区`).
    static let phraseBreakers = Lexicon(words: [
        "的", "实现", "得到", "获得", "全部", "实施", "开展", "完成", "建设", "改造", "提升", "投入", "入驻", "进驻",
        "稳定", "落地", "开工", "投产", "征拆", "整治", "治理", "达到", "年产", "腾退", "参与", "参加", "享受", "受益",
        "通过", "在", "于", "从", "向", "与", "和", "得", "被", "将", "已", "均", "都", "共", "累计", "进入", "纳入",
        "等", "以上", "以下", "以内", "左右", "提质", "升级", "综合", "污水", "并", "及", "或", "分别", "成功", "顺利",
        "全面", "基本", "签约", "竣工", "达标", "获", "被", "为", "是", "成为", "作为",
        "建成", "投产", "运营", "开业", "通车", "免费", "集中", "统一", "接种", "推进", "参保", "入学", "脱贫", "搬迁",
        "落户", "受理", "快速", "稳步", "加快", "有序", "相继", "陆续", "先后", "正在", "正式", "率先", "同步", "安置",
        "尽快", "如期", "按期", "力争", "确保", "年内", "年底",
    ])
}
