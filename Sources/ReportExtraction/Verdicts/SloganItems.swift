/// What the numbered slogans of a report's glossary stand for (`一门诊三中心：即发热门诊，胸痛中心、
/// 创伤中心、医养结合康养中心`): a review says the slogan was done, the plan named its items, and a
/// clause naming the slogan is about those items too.
struct SloganItems: Sendable {
    private struct Slogan: Sendable {
        var name: [Unicode.Scalar]
        var items: TopicBigrams
    }

    private let slogans: [Slogan]

    /// A definition longer than this is an explanation (a policy's history), not a list of items.
    static let longestList = 80

    private static let numerals = ScalarSet("一二三四五六七八九十两双百千万0123456789")
    private static let quotes = ScalarSet("“”\"‘’「」")
    private static let listEnds = ScalarSet("。（(")
    /// Words that open a definition (`即`, `是指`) and say nothing of its items.
    private static let openings = WordList(["是指", "指的是", "即", "指", "是"])

    init(_ terms: [Term]) {
        slogans = terms.compactMap { term in
            guard let name = Self.name(term.term), name.count >= 2, name.contains(where: Self.numerals.contains) else {
                return nil
            }
            let definition = Array(term.definition.unicodeScalars)
            var start = 0
            if let length = Self.openings.longestMatch(definition, at: 0, limit: definition.count) { start = length }
            let end = definition[start...].firstIndex(where: Self.listEnds.contains) ?? definition.count
            guard end - start <= Self.longestList else { return nil }
            let items = TopicBigrams(definition, start..<end)
            return items.isEmpty ? nil : Slogan(name: name, items: items)
        }
    }

    /// The slogan a glossary term names: its quoted part (`“九通一平”` of `“九通一平”工程`), or the
    /// term when nothing is quoted; nil for an entry of several terms (`一主两翼、双翼齐飞`).
    private static func name(_ term: String) -> [Unicode.Scalar]? {
        let scalars = Array(term.unicodeScalars)
        if let open = scalars.firstIndex(where: quotes.contains),
            let close = scalars[(open + 1)...].firstIndex(where: quotes.contains)
        {
            return Array(scalars[(open + 1)..<close])
        }
        guard scalars.allSatisfy({ $0.isHan || $0.isASCIILetter || $0.isASCIIDigit }) else { return nil }
        return scalars
    }

    /// The items of every slogan `scalars[range]` names.
    func items(in scalars: [Unicode.Scalar], _ range: Range<Int>) -> TopicBigrams? {
        var found: TopicBigrams?
        for slogan in slogans where range.count >= slogan.name.count {
            let named = range.lowerBound...(range.upperBound - slogan.name.count)
            guard named.contains(where: { scalars.has(slogan.name, at: $0) }) else { continue }
            if found == nil { found = slogan.items } else { found!.formUnion(slogan.items) }
        }
        return found
    }
}
