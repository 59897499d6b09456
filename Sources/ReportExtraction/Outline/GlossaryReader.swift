import Foundation

/// Reads the glossary (名词解释) that closes many reports.
enum GlossaryReader {
    /// `名词解释`, `名词解释：`, `附：名词解释`, `注释`.
    static func isGlossaryHeading(_ line: String) -> Bool {
        guard line.count <= 12 else { return false }
        let bare = line.trimmingCharacters(in: ["：", ":", " ", "【", "】", "[", "]"])
        return bare.hasSuffix("名词解释") || bare == "注释" || bare == "注解" || bare == "名词注释"
    }

    /// `四方责任：全面落实…` in `text[range]`, with any list marker (`[3]`, `【3】`, `3.`, `3、`, `（3）`)
    /// dropped. Read on the scalars: a glossary has dozens of entries in every report.
    static func entry(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Term? {
        let start = range.lowerBound + listMarkerLength(text, range)
        let line = start..<range.upperBound
        // `四方责任：…`, or `四方责任——…` in some glossaries.
        var separator: Range<Int>?
        if let colon = line.first(where: { text[$0] == "：" || text[$0] == ":" }), colon > start, colon - start <= 40 {
            separator = colon..<(colon + 1)
        } else if let dash = line.first(where: { $0 + 1 < line.upperBound && text[$0] == "—" && text[$0 + 1] == "—" }),
            dash > start, dash - start <= 40
        {
            separator = dash..<(dash + 2)
        }
        guard let separator else { return nil }
        let term = trimmed(text, start..<separator.lowerBound)
        let definition = trimmed(text, separator.upperBound..<line.upperBound)
        guard !term.isEmpty, !definition.isEmpty else { return nil }
        return Term(term: text.string(term), definition: text.string(definition))
    }

    /// `range` without white space at either end.
    private static func trimmed(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, text[lower].isUnicodeWhitespace { lower += 1 }
        while upper > lower, text[upper - 1].isUnicodeWhitespace { upper -= 1 }
        return lower..<upper
    }

    /// Whether a line starts with a footnote marker (`[1]`, `【1】`, `〔1〕`).
    static func startsWithBracketMarker(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard let first = range.first,
            ["[", "【", "〔"].contains(text[first]) || (0x2460...0x2473).contains(text[first].value)
        else { return false }
        return listMarkerLength(text, range) > 0
    }

    /// The length of a list marker at the start of a glossary line, `text[range]`.
    static func listMarkerLength(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        guard let first = range.first.map({ text[$0] }) else { return 0 }
        let end = range.upperBound
        // ①…⑳, as footnotes number their entries.
        if (0x2460...0x2473).contains(first.value) {
            return skipBlanks(text, from: range.lowerBound + 1, to: end) - range.lowerBound
        }
        let closer: Unicode.Scalar? =
            switch first {
            case "[": "]"
            case "【": "】"
            case "（": "）"
            case "(": ")"
            case "〔": "〕"
            default: nil
            }
        if let close = closer {
            var index = range.lowerBound + 1
            while index < end, text[index].isASCIIDigit || fullWidthDigit(text[index]) { index += 1 }
            if index > range.lowerBound + 1, index < end, text[index] == close {
                return skipBlanks(text, from: index + 1, to: end) - range.lowerBound
            }
            return 0
        }
        var index = range.lowerBound
        while index < end, text[index].isASCIIDigit || fullWidthDigit(text[index]) { index += 1 }
        if index > range.lowerBound, index < end, [".", "．", "、", "）", ")"].contains(text[index]) {
            return skipBlanks(text, from: index + 1, to: end) - range.lowerBound
        }
        return 0
    }

    private static func fullWidthDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0xFF10 && scalar.value <= 0xFF19
    }

    private static func skipBlanks(_ text: [Unicode.Scalar], from index: Int, to end: Int) -> Int {
        var index = index
        while index < end, text[index].isBlank { index += 1 }
        return index
    }
}
