/// The ordinals that tell a work from others of its kind (`第二污水处理厂`, `第五小学`): a clause
/// about the district's plant (`城区污水处理厂…提标改造`) is not about the second one. Ordinals of
/// events and rounds (`第三届`, `第二批`) are left out: reviews often drop them.
struct WorkOrdinals: Sendable {
    private(set) var ordinals: Set<[Unicode.Scalar]> = []

    private static let numerals = ScalarSet("一二三四五六七八九十")
    private static let rounds = ScalarSet("届次批轮期季年个")

    init(_ scalars: [Unicode.Scalar], _ range: Range<Int>) {
        var index = range.lowerBound
        while index < range.upperBound {
            defer { index += 1 }
            guard scalars[index] == "第" else { continue }
            var end = index + 1
            while end < range.upperBound, Self.numerals.contains(scalars[end]) { end += 1 }
            guard end > index + 1, end < range.upperBound, scalars[end].isHan, !Self.rounds.contains(scalars[end])
            else { continue }
            ordinals.insert(Array(scalars[index..<end]))
        }
    }

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        self.init(scalars, 0..<scalars.count)
    }

    /// Whether a clause can be about the commitment: it has none of these ordinals to match,
    /// or names one of them.
    func allow(_ clause: ReviewPart.Clause, in review: ReviewPart) -> Bool {
        ordinals.isEmpty || !WorkOrdinals(review.scalars, clause.range).ordinals.isDisjoint(with: ordinals)
    }
}
