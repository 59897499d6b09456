/// Enumeration in front of a clause (`一是`, `（1）`, `2.`, `首先`, `——`, `●`, `①`): not part of the work.
enum ListMarker {
    /// Bullets a list item may open with (`——地区生产总值增长7%左右；`).
    /// Circled numbers (`①投资5000万元推进…`) count items the same way.
    static let bullets = ScalarSet("—–―●•·■□◆◇▲△★☆►▶①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")

    private static let words = Lexicon(words: [
        "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是", "首先", "其次", "再次", "最后",
        "第一", "第二", "第三", "第四", "第五",
    ])

    /// The items of a numbered list run into one clause (`（1）易保线大修工程（2）渭保线大修工程…`),
    /// each from its marker; nil unless the clause opens with a marker and holds two or more.
    static func inlineItems(_ text: [Unicode.Scalar], in range: Range<Int>) -> [Range<Int>]? {
        // (The clause must open with a marker: one look turns away almost every clause.)
        guard let first = range.first, text[first] == "（" || text[first] == "(" else { return nil }
        var starts: [Int] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if text[index] == "（" || text[index] == "(" {
                var end = index + 1
                while end < range.upperBound, end - index <= 3,
                    NumberReader.digitValue(text[end]) != nil || ChineseNumeral.isNumeral(text[end])
                {
                    end += 1
                }
                if end > index + 1, end < range.upperBound, text[end] == "）" || text[end] == ")" {
                    starts.append(index)
                    index = end + 1
                    continue
                }
            }
            index += 1
        }
        guard starts.count >= 2, starts.first == range.lowerBound else { return nil }
        return starts.indices.map { starts[$0]..<(($0 + 1 < starts.count) ? starts[$0 + 1] : range.upperBound) }
    }

    /// Where the clause's own words start.
    static func skip(_ text: [Unicode.Scalar], in range: Range<Int>) -> Int {
        var index = range.lowerBound
        while index < range.upperBound, bullets.contains(text[index]) { index += 1 }
        if index > range.lowerBound { return index }
        if let word = words.match(text, at: index, limit: range.upperBound) { return index + word.length }
        let open = index < range.upperBound && (text[index] == "（" || text[index] == "(")
        if open { index += 1 }
        let digits = index
        while index < range.upperBound, NumberReader.digitValue(text[index]) != nil { index += 1 }
        guard index > digits, index < range.upperBound else { return range.lowerBound }
        switch text[index] {
        case "）", ")": return open ? index + 1 : range.lowerBound
        case ".", "．", "、": return open ? range.lowerBound : index + 1
        default: return range.lowerBound
        }
    }
}
