import Foundation

/// A headline indicator reports and plans name in several ways (`地区生产总值` = `生产总值` =
/// `GDP`), in one unit (`%` for a growth rate, `元` for an amount).
public struct Indicator: Sendable, Equatable {
    public var name: String
    public var unit: String
    /// Every name that means it, `name` included.
    public var synonyms: [String]

    public init(name: String, unit: String, synonyms: [String]) {
        self.name = name
        self.unit = unit
        self.synonyms = Array(Set([name] + synonyms)).sorted { $0.count > $1.count }
    }

    /// Whether a quantity's subject names this indicator: one of its names, alone or after a
    /// place or a scope (`全区地区生产总值`, `玉泉区生产总值`), never inside a longer measure
    /// (`单位地区生产总值能耗`, `人均地区生产总值`).
    public func names(_ subject: String) -> Bool {
        var subject = subject
        for prefix in Self.scopes where subject.hasPrefix(prefix) { subject.removeFirst(prefix.count) }
        for synonym in synonyms {
            if subject == synonym { return true }
            guard subject.hasSuffix(synonym) else { continue }
            let head = subject.dropLast(synonym.count)
            // A place in front: 玉泉区 / 呼和浩特市 / 中国.
            // (`人均地区生产总值`: 地区 is the word, not a place.)
            if let last = head.last, "省市区县旗州盟镇乡国".contains(last), !head.hasSuffix("地区"),
                !head.contains("人均"), !head.contains("单位")
            {
                return true
            }
        }
        return false
    }

    private static let scopes = [
        "全年", "全省", "全市", "全区", "全县", "全旗", "全州", "全镇", "全乡", "全国", "我省", "我市", "我区", "我县", "实现", "完成",
        // The unit itself, as county reports write it: 县域生产总值, 地方生产总值.
        "县域", "市域", "区域", "地方",
    ]
}

/// The editable list of indicators `luoshi compare` and the comparison page know: built in,
/// or read from a CSV the office keeps (`名称,单位,同义词` with the synonyms separated by `、`).
public enum IndicatorList {
    /// The headline indicators of work reports.
    public static let headline: [Indicator] = [
        Indicator(name: "地区生产总值", unit: "%", synonyms: ["生产总值", "国内生产总值", "GDP", "经济增长", "经济增速", "地区生产总值增速"]),
        Indicator(name: "一般公共预算收入", unit: "%", synonyms: ["地方一般公共预算收入", "一般预算收入", "公共财政预算收入"]),
        Indicator(name: "城乡居民人均可支配收入", unit: "%", synonyms: ["居民人均可支配收入", "城乡常住居民人均可支配收入", "常住居民人均可支配收入"]),
        Indicator(name: "城镇居民人均可支配收入", unit: "%", synonyms: ["城镇常住居民人均可支配收入"]),
        Indicator(name: "农村居民人均可支配收入", unit: "%", synonyms: ["农村常住居民人均可支配收入", "农牧民人均可支配收入"]),
        Indicator(name: "固定资产投资", unit: "%", synonyms: ["全社会固定资产投资", "固定资产投资增速"]),
        Indicator(name: "社会消费品零售总额", unit: "%", synonyms: ["社会消费品零售总额增速", "社零总额"]),
        Indicator(name: "规模以上工业增加值", unit: "%", synonyms: ["规上工业增加值", "工业增加值"]),
        Indicator(name: "城镇新增就业", unit: "人", synonyms: ["新增城镇就业", "城镇新增就业人数", "新增就业"]),
        Indicator(name: "城镇调查失业率", unit: "%", synonyms: ["调查失业率"]),
        Indicator(name: "居民消费价格", unit: "%", synonyms: ["居民消费价格涨幅", "居民消费价格指数", "CPI", "物价涨幅"]),
    ]

    /// Reads a list: one indicator a line, `名称,单位,同义词、同义词…`; a header line
    /// (`名称,…` or `name,…`) and blank lines are skipped.
    public static func parse(csv text: String) throws(IndicatorListError) -> [Indicator] {
        var indicators: [Indicator] = []
        for (number, line) in text.split(whereSeparator: \.isNewline).enumerated() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{FEFF}\"")))
            }
            if fields.allSatisfy(\.isEmpty) { continue }
            if number == 0, fields[0] == "名称" || fields[0].lowercased() == "name" { continue }
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else { throw .badLine(number + 1, String(line)) }
            let synonyms =
                fields.count > 2
                ? fields[2].split(whereSeparator: { "、|;；".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter
                { !$0.isEmpty } : []
            indicators.append(Indicator(name: fields[0], unit: fields[1], synonyms: synonyms))
        }
        guard !indicators.isEmpty else { throw .empty }
        return indicators
    }

    /// The indicator a user names: by any of its names.
    public static func find(_ name: String, in list: [Indicator]) -> Indicator? {
        list.first { $0.name == name } ?? list.first { $0.synonyms.contains(name) }
    }
}

/// A synonym list that cannot be read.
public enum IndicatorListError: Error, Equatable, CustomStringConvertible {
    case badLine(Int, String)
    case empty

    public var description: String {
        switch self {
        case .badLine(let number, let line):
            return
                "指标表第 \(number) 行应为“名称,单位,同义词”：\(line) Line \(number) of the indicator list should be name,unit,synonyms: \(line)"
        case .empty:
            return "指标表是空的。 The indicator list is empty."
        }
    }
}
