import Foundation

/// Reads the glossary (名词解释) that closes many reports.
enum GlossaryReader {
    /// `名词解释`, `名词解释：`, `附：名词解释`, `注释`.
    static func isGlossaryHeading(_ line: String) -> Bool {
        guard line.count <= 12 else { return false }
        let bare = line.trimmingCharacters(in: ["：", ":", " ", "【", "】", "[", "]"])
        return bare.hasSuffix("名词解释") || bare == "注释" || bare == "注解" || bare == "名词注释"
    }

    /// `四方责任：全面落实…`, with any list marker (`[3]`, `【3】`, `3.`, `3、`, `（3）`) dropped.
    static func entry(_ line: String) -> Term? {
        var scalars = Array(line.unicodeScalars)
        scalars = Array(scalars.dropFirst(listMarkerLength(scalars)))
        // `四方责任：…`, or `四方责任——…` in some glossaries.
        var separator: Range<Int>?
        if let colon = scalars.firstIndex(where: { $0 == "：" || $0 == ":" }), colon > 0, colon <= 40 {
            separator = colon..<(colon + 1)
        } else if let dash = scalars.indices.first(where: { $0 + 1 < scalars.count && scalars[$0] == "—" && scalars[$0 + 1] == "—" }),
            dash > 0, dash <= 40
        {
            separator = dash..<(dash + 2)
        }
        guard let separator else { return nil }
        let term = scalars.string(0..<separator.lowerBound).trimmingSpaces
        let definition = scalars.string(separator.upperBound..<scalars.count).trimmingSpaces
        guard !term.isEmpty, !definition.isEmpty else { return nil }
        return Term(term: term, definition: definition)
    }

    /// Whether a line starts with a footnote marker (`[1]`, `【1】`, `〔1〕`).
    static func startsWithBracketMarker(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard let first = range.first,
            ["[", "【", "〔"].contains(text[first]) || (0x2460...0x2473).contains(text[first].value)
        else { return false }
        return listMarkerLength(Array(text[range])) > 0
    }

    /// The length of a list marker at the start of a glossary line.
    static func listMarkerLength(_ scalars: [Unicode.Scalar]) -> Int {
        guard let first = scalars.first else { return 0 }
        // ①…⑳, as footnotes number their entries.
        if (0x2460...0x2473).contains(first.value) { return skipBlanks(scalars, from: 1) }
        let closer: Unicode.Scalar? = switch first {
        case "[": "]"
        case "【": "】"
        case "（": "）"
        case "(": ")"
        case "〔": "〕"
        default: nil
        }
        if let close = closer {
            var index = 1
            while index < scalars.count, scalars[index].isASCIIDigit || fullWidthDigit(scalars[index]) { index += 1 }
            if index > 1, index < scalars.count, scalars[index] == close { return skipBlanks(scalars, from: index + 1) }
            return 0
        }
        var index = 0
        while index < scalars.count, scalars[index].isASCIIDigit || fullWidthDigit(scalars[index]) { index += 1 }
        if index > 0, index < scalars.count, [".", "．", "、", "）", ")"].contains(scalars[index]) {
            return skipBlanks(scalars, from: index + 1)
        }
        return 0
    }

    private static func fullWidthDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0xFF10 && scalar.value <= 0xFF19
    }

    private static func skipBlanks(_ scalars: [Unicode.Scalar], from index: Int) -> Int {
        var index = index
        while index < scalars.count, scalars[index].isBlank { index += 1 }
        return index
    }
}
