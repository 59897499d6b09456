/// Units of measure and counting words, as written → as output (`个百分点` → `百分点`).
enum Units {
    static let lexicon = Lexicon([
        ("%", "%"), ("％", "%"), ("‰", "‰"), ("个百分点", "百分点"), ("百分点", "百分点"),
        ("个工作日", "工作日"), ("工作日", "工作日"), ("个月", "月"), ("个小时", "小时"), ("小时", "小时"),
        ("分钟", "分钟"), ("天", "天"), ("倍", "倍"), ("岁", "岁"),
        ("微克/立方米", "微克/立方米"), ("微克每立方米", "微克/立方米"), ("平方公里", "平方公里"), ("平方千米", "平方千米"), ("平方米", "平方米"), ("平米", "平方米"),
        ("立方米", "立方米"),
        ("公里", "公里"), ("千米", "千米"), ("厘米", "厘米"), ("毫米", "毫米"), ("延长米", "延长米"), ("米", "米"),
        ("亩", "亩"), ("公顷", "公顷"), ("吨标准煤", "吨标准煤"), ("吨", "吨"), ("千克", "千克"), ("公斤", "公斤"), ("斤", "斤"),
        ("千瓦时", "千瓦时"), ("千瓦", "千瓦"), ("兆瓦", "兆瓦"), ("千伏安", "千伏安"), ("千伏", "千伏"),
        ("标箱", "标箱"), ("吉瓦", "吉瓦"), ("立方", "立方米"), ("方", "方"), ("美元", "美元"), ("欧元", "欧元"), ("港元", "港元"), ("元", "元"),
        ("人次", "人次"), ("户次", "户次"), ("车次", "车次"), ("架次", "架次"), ("剂次", "剂次"), ("辆次", "辆次"),
        ("班次", "班次"), ("件次", "件次"), ("项次", "项次"), ("批次", "批次"), ("场次", "场次"), ("台套", "台套"),
        ("个", "个"), ("家", "家"), ("所", "所"), ("处", "处"), ("座", "座"), ("条", "条"), ("项", "项"), ("名", "名"),
        ("人", "人"), ("户", "户"), ("例", "例"), ("轮", "轮"), ("场", "场"), ("次", "次"), ("件", "件"), ("台", "台"),
        ("套", "套"), ("辆", "辆"), ("艘", "艘"), ("架", "架"), ("剂", "剂"), ("起", "起"), ("宗", "宗"), ("张", "张"),
        ("部", "部"), ("间", "间"), ("栋", "栋"), ("幢", "幢"), ("床", "床"), ("位", "位"), ("只", "只"), ("头", "头"),
        ("株", "株"), ("棵", "棵"), ("盏", "盏"), ("根", "根"), ("块", "块"), ("篇", "篇"), ("本", "本"), ("册", "册"),
        ("份", "份"), ("类", "类"), ("种", "种"), ("支", "支"), ("队", "队"), ("批", "批"), ("单", "单"), ("眼", "眼"),
    ])

    /// Counting words: the counted thing is usually written after them (`49个老旧小区`).
    static let classifiers: Set<String> = [
        "个", "家", "所", "处", "座", "条", "项", "名", "人", "户", "例", "轮", "场", "次", "件", "台", "套", "辆", "艘",
        "架", "起", "宗", "张", "部", "间", "栋", "幢", "位", "只", "头", "株", "棵", "盏", "根", "块", "篇", "本",
        "册", "份", "类", "种", "支", "队", "批", "岁",
    ]

    /// Units a Chinese numeral may count (`两轮`, `万名`): numerals inside words
    /// (`一体化`, `一批`, `三孩`, `二期`, `十四五`) are not followed by one of these.
    static let chineseNumeralUnits: Set<String> = [
        "个", "家", "所", "处", "座", "条", "项", "名", "人", "户", "例", "轮", "场", "次", "件", "台", "套", "辆", "艘",
        "元", "亩", "吨", "公里", "平方米", "平方公里", "倍", "人次", "户次", "百分点", "%",
    ]

    /// Words that look like a unit after a number but are something else (`3方面`, `三次产业`).
    static func isFalseUnit(_ text: [Unicode.Scalar], unitStart: Int, unitLength: Int) -> Bool {
        let next = unitStart + unitLength
        let following = next < text.count ? text[next] : " "
        switch text[unitStart] {
        case "次": return following == "产" || following == "性"  // 三次产业, 一次性
        case "人": return following == "民" || following == "才" || following == "大" || following == "口"
        case "家": return following == "亲" || following == "庭" || following == "长"
        case "条": return following == "龙" || following == "件" || following == "例"
        case "部": return following == "门" || following == "署" || following == "分"
        case "所": return following == "有" || following == "以" || following == "谓"
        case "处": return following == "理" || following == "置"
        case "个": return following == "性" || following == "体" || following == "人" || following == "方"  // 八个方面
        case "场": return following == "景" || following == "所" || following == "馆"
        case "类": return following == "型"
        case "种": return following == "植" || following == "子" || following == "类"
        case "头": return following == "号" || following == "部"
        case "本": return following == "地" || following == "科" || following == "土"
        case "单": return following == "位" || following == "元"
        case "队": return following == "伍"
        case "起": return following == "来" || following == "步"
        case "张": return following == "网" || following == "图"
        case "只": return following == "要" || following == "有"
        case "块": return following == "牌"
        case "方": return "面案式向法针位便阵".unicodeScalars.contains(following)  // 三方面, 方案
        case "间": return following == "隔"
        default: return false
        }
    }
}
