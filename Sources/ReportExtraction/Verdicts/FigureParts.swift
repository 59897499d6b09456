/// A target that counts kinds together (`新改建雨污水泵站和雨水调蓄池6座`) is often reported kind
/// by kind (`新改建雨污水泵站4座、雨水调蓄池2座`): its actual is their sum, when one sentence of
/// the review gives a figure in the target's unit for every kind.
enum FigureParts {
    private static let joins = ScalarSet("和及与、")
    /// A figure names a kind when it holds this share of the kind's pairs of characters.
    static let kindShare = 0.6

    /// The kinds a subject joins (`雨污水泵站和雨水调蓄池` → 雨污水泵站, 雨水调蓄池); empty for one kind.
    static func kinds(of subject: String) -> [TopicBigrams] {
        let scalars = Array(subject.unicodeScalars)
        var kinds: [TopicBigrams] = []
        var start = 0
        for (index, scalar) in scalars.enumerated() where joins.contains(scalar) {
            kinds.append(TopicBigrams(scalars, start..<index))
            start = index + 1
        }
        kinds.append(TopicBigrams(scalars, start..<scalars.count))
        return kinds.count >= 2 && kinds.allSatisfy({ $0.count >= 2 }) ? kinds : []
    }

    /// The review's figures for every kind of `quantity`, summed into one, quoted from the first
    /// to the last; nil when some kind has no figure in the sentence.
    static func summed(for quantity: Quantity, in review: ReviewPart) -> Quantity? {
        let kinds = kinds(of: quantity.subject)
        guard !kinds.isEmpty else { return nil }
        var sentence: Range<Int>?
        var found: [Quantity?] = []
        for described in review.describedFigures where described.figure.unit == quantity.unit {
            guard let kind = kinds.firstIndex(where: { $0.coverage(by: described.own) >= kindShare }),
                let holding = review.clause(containing: described.figure.start)?.sentence
            else { continue }
            if holding != sentence { (sentence, found) = (holding, Array(repeating: nil, count: kinds.count)) }
            if found[kind] == nil { found[kind] = described.figure }
            let figures = found.compactMap { $0 }
            guard figures.count == kinds.count, let first = figures.map(\.start).min(),
                let last = figures.map(\.end).max()
            else { continue }
            var sum = figures[0]
            sum.value = figures.reduce(0) { $0 + $1.value }
            sum.start = first
            sum.end = last
            sum.quote = review.scalars.string(first..<last)
            return sum
        }
        return nil
    }
}
