/// Reads annexes after the closing words: `附件` and a title line, then numbered items
/// (`一、新建改扩建幼儿园10所`) that are report text but not sections.
enum AnnexReader {
    private static let headings = WordList(["附件", "附：", "附:", "附表", "附录"])

    static func isAnnexHeading(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        range.count <= 12 && headings.anyStarts(text, range)
    }

    /// A short line without sentence punctuation: the annex's title.
    static func isTitle(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        range.count <= 40 && !text[range].contains { $0 == "。" || $0 == "，" || $0 == "；" }
    }

    /// Where an item's text starts after its marker (`一、`, `（一）`, `1.`, `1、`), if it has one.
    static func itemBodyStart(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        if index < range.upperBound, text[index] == "（" { index += 1 }
        let digitsStart = index
        while index < range.upperBound,
            ChineseNumeral.isMarkerDigit(text[index]) || NumberReader.digitValue(text[index]) != nil
        {
            index += 1
        }
        guard index > digitsStart, index < range.upperBound else { return nil }
        switch text[index] {
        case "、", "）", ".", "．": return index + 1
        default: return nil
        }
    }
}
