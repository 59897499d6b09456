/// What a commitment or a review clause is about, as a set of character pairs: Chinese has
/// no spaces, and two texts about the same thing share most of their pairs of characters
/// (`建成口袋公园62处` and `新建口袋公园60处` share 口袋, 袋公, 公园) whatever their verbs.
/// The words every commitment uses (实施, 推进, 加快, 工作…) are taken out first, so that only
/// the subject counts.
struct TopicBigrams: Sendable, Equatable {
    private(set) var pairs: Set<UInt64>

    init(_ scalars: [Unicode.Scalar], _ range: Range<Int>) {
        var pairs = Set<UInt64>()
        Self.forEachPair(scalars, range) { pair, _ in pairs.insert(pair) }
        self.pairs = pairs
    }

    /// The pairs of `scalars[range]` in text order, cut into runs where a generic word or a
    /// mark stands between them: a run is a stretch of name (`醇油坊二期` → 醇油, 油坊, 坊二, 二期).
    static func runs(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [[UInt64]] {
        var runs: [[UInt64]] = []
        forEachPair(scalars, range) { pair, startsRun in
            if startsRun || runs.isEmpty { runs.append([]) }
            runs[runs.count - 1].append(pair)
        }
        return runs
    }

    /// Calls `body` with each pair of characters that says what the text is about, and whether
    /// something stood between it and the pair before.
    private static func forEachPair(_ scalars: [Unicode.Scalar], _ range: Range<Int>, _ body: (UInt64, Bool) -> Void) {
        var previous: Unicode.Scalar?
        var broken = true
        var index = range.lowerBound
        func emit(_ first: Unicode.Scalar, _ second: Unicode.Scalar) {
            body(pair(first, second), broken)
            broken = false
        }
        while index < range.upperBound {
            // A verb and 率 name a rate (`建成率`, `完成率`): the verb is then part of the name.
            if let (length, _) = generic.match(scalars, at: index, limit: range.upperBound),
                index + length >= range.upperBound || scalars[index + length] != "率"
            {
                previous = nil
                broken = true
                index += length
                continue
            }
            if let (length, short) = oneForm.match(scalars, at: index, limit: range.upperBound) {
                for scalar in short.unicodeScalars {
                    if let previous, Self.joins(previous, scalar) { emit(previous, scalar) }
                    previous = scalar
                }
                index += length
                continue
            }
            let scalar = scalars[index]
            if scalar.isHan || scalar.isASCIILetter || scalar.isASCIIDigit {
                if let previous, Self.joins(previous, scalar) {
                    emit(previous, scalar)
                } else if previous != nil {
                    broken = true
                }
                previous = scalar
            } else {
                previous = nil
                broken = true
            }
            index += 1
        }
    }

    /// Whether two characters side by side make a pair of the topic. A digit beside a digit or
    /// a character is part of a figure, which is compared as a number, not as text (`投资3.6亿元`
    /// names no `资3`); beside a letter it is a name (`5G`).
    private static func joins(_ previous: Unicode.Scalar, _ scalar: Unicode.Scalar) -> Bool {
        if previous.isASCIIDigit { return scalar.isASCIILetter }
        return !scalar.isASCIIDigit || previous.isASCIILetter
    }

    /// Two characters as one pair, the first in the high half.
    @inline(__always)
    static func pair(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
        UInt64(first.value) << 32 | UInt64(second.value)
    }

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        self.init(scalars, 0..<scalars.count)
    }

    var isEmpty: Bool { pairs.isEmpty }
    var count: Int { pairs.count }

    /// The share of this topic's pairs that `other` holds too.
    func coverage(by other: TopicBigrams) -> Double {
        guard !pairs.isEmpty else { return 0 }
        return Double(pairs.intersection(other.pairs).count) / Double(pairs.count)
    }

    mutating func formUnion(_ other: TopicBigrams) {
        pairs.formUnion(other.pairs)
    }

    /// Full names and the short forms reviews use for them (`自由贸易试验区` → `自贸试验区`), and
    /// names of one thing (`学前教育` and `幼儿园`): both texts are read in the one form.
    private static let oneForm = Lexicon([
        ("学前教育", "幼儿园"), ("公办幼儿园", "幼儿园"), ("普惠性幼儿园", "幼儿园"), ("普惠幼儿园", "幼儿园"),
        ("自由贸易试验区", "自贸试验区"), ("自由贸易区", "自贸区"), ("自由贸易港", "自贸港"), ("国有企业", "国企"),
        ("民营企业", "民企"), ("中央企业", "央企"), ("高新技术企业", "高企"), ("专精特新中小企业", "专精特新企业"),
        ("基本医疗保险", "医保"), ("医疗保险", "医保"), ("城镇老旧小区", "老旧小区"), ("新型基础设施", "新基建"),
        ("粤港澳大湾区", "大湾区"), ("碳达峰碳中和", "双碳"), ("碳达峰、碳中和", "双碳"), ("新能源汽车", "新能源车"),
        ("规模以上工业", "规上工业"), ("旅游接待人数", "游客"), ("旅游人数", "游客"), ("游客接待量", "游客"),
        ("接待游客", "游客"), ("接待旅游者", "游客"), ("KV", "千伏"), ("kV", "千伏"), ("kv", "千伏"), ("MW", "兆瓦"),
        ("KW", "千瓦"), ("kW", "千瓦"), ("大气环境质量", "空气质量"), ("大气质量", "空气质量"), ("城市建设", "城建"), ("卫生厕所", "户厕"), ("技术改造", "技改"),
        ("城镇新增就业", "就业"), ("新增城镇就业", "就业"), ("城镇就业", "就业"), ("农村公路", "农村路"), ("厕所革命", "厕所"), ("减贫", "脱贫"),
        ("省、市、县", "省市县"),
        ("省、市", "省市"),
        ("市、县", "市县"),
        ("县、乡", "县乡"),
    ])

    /// Verbs, adverbs and filler of commitments and reviews: they say how, not what.
    private static let generic = Lexicon(words: [
        "深入实施", "深入推进", "深入开展", "深入", "实施", "推进", "推动", "加快", "加强", "加大", "持续", "开展", "做好",
        "抓好", "完善", "进一步", "积极", "大力", "全面", "扎实", "稳步", "着力", "支持", "促进", "提升", "提高", "坚持",
        "落实", "保障", "工作", "各项", "有效", "切实", "不断", "继续", "全力", "重点", "行动", "建设", "发展", "稳定", "保持",
        "新建", "建成", "完成", "开工", "启动", "力争", "确保", "全年", "今年", "一年来", "我们", "取得", "实现",
        "增长", "达到", "提高到", "以上", "左右", "超过", "同比", "累计", "新增", "改造", "打造", "组织", "举办",
        "成功", "顺利", "有序", "基本", "进展", "成效", "明显", "显著", "目标任务", "目标", "任务", "验收标准", "验收", "通过", "年内", "年底前", "年底", "主要", "各", "等",
        "和", "与", "及", "的", "了",
        "在", "为", "对", "把", "将", "要", "更", "好",
    ])
}
