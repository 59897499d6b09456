/// Time expressions that stand between a subject and its number (`2022年`, `到2027年`,
/// `连续5年`, `截至2022年底`): they date a quantity, they are not what it counts.
enum TimeExpression {
    private static let leads = Lexicon(words: ["到", "至", "截至", "截止", "在", "于", "连续", "近", "从", "自", "较", "比", "同比"])
    private static let tails = Lexicon(words: ["年底", "年末", "年初", "年前", "年内", "年来", "年以来", "年", "年度"])

    /// Skips a time expression at `start`; returns where the text after it starts.
    static func skip(_ text: [Unicode.Scalar], from start: Int, to end: Int) -> Int {
        var index = start
        if let lead = leads.match(text, at: index, limit: end) { index += lead.length }
        let digits = index
        while index < end, NumberReader.digitValue(text[index]) != nil { index += 1 }
        guard index > digits, let tail = tails.match(text, at: index, limit: end) else { return start }
        return index + tail.length
    }

    /// The start of a time expression that ends at `end`, if one does.
    static func start(endingAt end: Int, in text: [Unicode.Scalar], lower: Int) -> Int? {
        guard let tail = tails.matchEnding(text, at: end, lower: lower) else { return nil }
        var index = end - tail
        let digitsEnd = index
        while index > lower, NumberReader.digitValue(text[index - 1]) != nil { index -= 1 }
        guard index < digitsEnd else { return nil }
        if let lead = leads.matchEnding(text, at: index, lower: lower) { index -= lead }
        return index > lower ? index : nil
    }
}
