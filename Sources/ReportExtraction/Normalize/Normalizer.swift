/// The text of a report after normalization, with its paragraphs located.
public struct NormalizedText: Sendable, Equatable {
    /// The normalized text as Unicode scalars, the unit of every offset; paragraphs end with `\n`.
    public let scalars: [Unicode.Scalar]
    /// The same text as a `String`, built on each call: most readers need only the scalars.
    public var string: String { scalars.string(0..<scalars.count) }
    /// Each paragraph's range in `scalars`, without its newline.
    public let paragraphs: [Range<Int>]
}

/// Normalizes report text as `shared/spec/extraction.md` says: joins lines broken by
/// PDF extraction, removes blanks inside CJK text, widens half-width punctuation.
///
/// `shared/eval/normalize.py` is the reference; this is the same rules as a scanner
/// over Unicode scalars, which is many times faster than a chain of regular expressions.
public enum Normalizer {
    private static let sentenceEnds = ScalarSet("。！？!?：:；;”」）)")
    private static let asciiAfter = ScalarSet("%(),;:\"")
    private static let asciiBefore = ScalarSet("%),;:\"")
    private static let fullWidthPunctuation = ScalarSet("，；：（）")
    public static func normalize(_ text: String) -> NormalizedText {
        let lines = PageFurniture.remove(from: strippedLines(of: text))
        let paragraphs = joinBrokenLines(lines)
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)  // at least the scalars' count, without counting them
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(paragraphs.count)
        for paragraph in paragraphs {
            let cleaned = cleanInline(paragraph)
            let start = scalars.count
            scalars.append(contentsOf: cleaned)
            ranges.append(start..<scalars.count)
            scalars.append("\n")
        }
        if scalars.isEmpty { scalars.append("\n") }
        return NormalizedText(scalars: scalars, paragraphs: ranges)
    }

    /// Splits at line breaks (`\r\n`, `\r`, `\n`, form feeds between PDF pages) and strips each line.
    static func strippedLines(of text: String) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = []
        var line: [Unicode.Scalar] = []
        line.reserveCapacity(256)
        var previousWasCR = false
        // No nested function here: one capturing `line` would box it, and every append would pay for it.
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A:
                if !previousWasCR { appendStripped(&line, to: &lines) }
                previousWasCR = false
                continue
            case 0x0D, 0x0C, 0x2028, 0x2029:
                appendStripped(&line, to: &lines)
            case 0x3000, 0xA0:
                line.append(" ")
            case 0xFEFF, 0x200B, 0x200C, 0x200D, 0x00AD:
                break  // byte-order marks, zero-width and soft-hyphen characters carry no text
            default:
                line.append(scalar)
            }
            previousWasCR = scalar.value == 0x0D
        }
        appendStripped(&line, to: &lines)
        return lines
    }

    /// Ends a line: stripped, it joins `lines` unless nothing is left; `line` starts over.
    private static func appendStripped(_ line: inout [Unicode.Scalar], to lines: inout [[Unicode.Scalar]]) {
        var lower = 0
        var upper = line.count
        while lower < upper, line[lower].isWhitespace || isInvisible(line[lower]) { lower += 1 }
        while upper > lower, line[upper - 1].isWhitespace || isInvisible(line[upper - 1]) { upper -= 1 }
        if lower < upper { lines.append(Array(line[lower..<upper])) }
        line.removeAll(keepingCapacity: true)
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xFEFF || scalar.value == 0x200B
    }

    /// A line that stops mid-sentence continues on the next one; one that ends a
    /// sentence, a heading, or a short title line stands alone.
    static func joinBrokenLines(_ lines: [[Unicode.Scalar]]) -> [[Unicode.Scalar]] {
        var joined: [[Unicode.Scalar]] = []
        // Kept as the last paragraph grows, so that joining stays linear in the text's length.
        var previousIsHeading = false
        var previousStandsAlone = false
        var colonsInPrevious = 0
        for line in lines {
            let lineColons = line.reduce(0) { $0 + ($1 == "：" || $1 == ":" ? 1 : 0) }
            guard let last = joined.last?.last else {
                joined.append(line)
                previousIsHeading = isHeading(line)
                previousStandsAlone = standsAlone(line)
                colonsInPrevious = lineColons
                continue
            }
            let previousCount = joined[joined.count - 1].count
            let endsWithListComma = last == "、" || last == "，" || last == ","
            let colonBeforeEnd = colonsInPrevious - (last == "：" || last == ":" ? 1 : 0) > 0
            let cut = endsWithListComma || ((previousCount >= 40 || colonBeforeEnd) && !sentenceEnds.contains(last))
            if cut && !previousIsHeading && !isHeading(line) && !previousStandsAlone && !standsAlone(line) {
                if last.value < 0x2E80 { joined[joined.count - 1].append(" ") }
                joined[joined.count - 1].append(contentsOf: line)
                colonsInPrevious += lineColons
                // A heading is short; a joined paragraph only becomes one if the first part was.
                previousIsHeading = previousCount + line.count < 60 && isHeading(joined[joined.count - 1])
                previousStandsAlone = false
            } else {
                joined.append(line)
                previousIsHeading = isHeading(line)
                previousStandsAlone = standsAlone(line)
                colonsInPrevious = lineColons
            }
        }
        return joined
    }

    /// Lines of a web page around a report (`时间：… 来源：…`) and the report's title line are
    /// never joined to their neighbours. The reference script joins a line with a colon to the
    /// next, which glues such a line to the title; Luoshi keeps them apart.
    static func standsAlone(_ line: [Unicode.Scalar]) -> Bool {
        guard line.count <= 100 else { return false }
        if line.count <= 24 && line.contains(reportTitle, in: 0..<line.count) { return true }
        return DebrisFilter.isDebris(line, 0..<line.count)
    }

    private static let reportTitle = Array("政府工作报告".unicodeScalars)

    /// `一、…`, `（一）…` or `(一)…` shorter than 60 scalars.
    static func isHeading(_ line: [Unicode.Scalar]) -> Bool {
        guard line.count < 60, let first = line.first else { return false }
        if first == "（" || first == "(" {
            let close: Unicode.Scalar = first == "（" ? "）" : ")"
            var index = 1
            while index < line.count, ChineseNumeral.isMarkerDigit(line[index]) { index += 1 }
            return index > 1 && index < line.count && line[index] == close
        }
        var index = 0
        while index < line.count, ChineseNumeral.isMarkerDigit(line[index]) { index += 1 }
        return index > 0 && index < line.count && line[index] == "、"
    }

    /// The in-line rules, in the reference's order.
    static func cleanInline(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        // Most paragraphs of a report have no blank: only their half-width punctuation may change.
        var hasBlank = false
        var hasHalfWidth = false
        for scalar in input {
            let value = scalar.value
            if value > 0x3000 { continue }  // CJK text and full-width forms: neither
            if scalar.isWhitespace {
                hasBlank = true
                break
            }
            // What `widenPunctuation` may change: , ; : ( )
            if value == 0x2C || value == 0x3B || value == 0x3A || value == 0x28 || value == 0x29 { hasHalfWidth = true }
        }
        guard hasBlank else { return hasHalfWidth ? widenPunctuation(input) : input }
        // 1. Blanks between CJK text (or a quote) and CJK text, a digit, a letter or ASCII punctuation go.
        var text = rewriteBlankRuns(input) { before, after, _ in
            guard let after else { return nil }
            let remove = (before.isCJKText || before == "\"")
                && (after.isCJKText || after.isASCIIDigit || after.isASCIILetter || asciiAfter.contains(after))
            return remove ? .remove : nil
        }
        // 2. Blanks between a digit, a letter or ASCII punctuation and CJK text (or a quote) go.
        text = rewriteBlankRuns(text) { before, after, _ in
            guard let after else { return nil }
            let remove = (before.isASCIIDigit || before.isASCIILetter || asciiBefore.contains(before))
                && (after.isCJKText || after == "\"")
            return remove ? .remove : nil
        }
        // 3. Blanks between numbers shrink to one space.
        text = rewriteBlankRuns(text) { before, after, _ in
            guard let after else { return nil }
            let numeric: (Unicode.Scalar) -> Bool = { $0.isASCIIDigit || $0 == "%" }
            return numeric(before) && numeric(after) ? .oneSpace : nil
        }
        // 4. Half-width punctuation next to CJK widens.
        text = widenPunctuation(text)
        // 5. Blanks after full-width punctuation go, also at the end of the line.
        text = rewriteBlankRuns(text) { before, _, _ in fullWidthPunctuation.contains(before) ? .remove : nil }
        // 6. Longer blank runs shrink to one space.
        text = rewriteBlankRuns(text) { _, _, length in length >= 2 ? .oneSpace : nil }
        var lower = 0
        var upper = text.count
        while lower < upper, text[lower].isWhitespace { lower += 1 }
        while upper > lower, text[upper - 1].isWhitespace { upper -= 1 }
        return lower == 0 && upper == text.count ? text : Array(text[lower..<upper])
    }

    /// What becomes of a run of blanks.
    private enum BlankRunRewrite {
        case remove
        case oneSpace
    }

    /// Rewrites each maximal run of blanks after the first character as `rule` says, given the
    /// characters around it (`after` is nil at the end of the line) and its length; nil keeps it.
    private static func rewriteBlankRuns(
        _ text: [Unicode.Scalar], _ rule: (Unicode.Scalar, Unicode.Scalar?, Int) -> BlankRunRewrite?
    ) -> [Unicode.Scalar] {
        // The first rules remove most blanks: the later ones then have nothing to do.
        guard text.contains(where: \.isBlank) else { return text }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            let scalar = text[index]
            guard scalar.isBlank, index > 0 else {
                out.append(scalar)
                index += 1
                continue
            }
            var end = index
            while end < text.count, text[end].isBlank { end += 1 }
            switch rule(text[index - 1], end < text.count ? text[end] : nil, end - index) {
            case .remove?: break
            case .oneSpace?: out.append(" ")
            case nil: out.append(contentsOf: text[index..<end])
            }
            index = end
        }
        return out
    }

    private static func widenPunctuation(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out = text
        for index in text.indices {
            let full: Unicode.Scalar
            switch text[index] {
            case ",": full = "，"
            case ";": full = "；"
            case ":": full = "："
            case "(": full = "（"
            case ")": full = "）"
            default: continue
            }
            var next = index + 1
            while next < text.count, text[next].isBlank { next += 1 }
            // A thousands separator (1,200) stays: the spec widens punctuation between CJK text
            // only, where the reference script also widens it between digits.
            if text[index] == ",", index > 0, text[index - 1].isASCIIDigit, index + 1 < text.count,
                text[index + 1].isASCIIDigit
            {
                continue
            }
            let beforeMatches = index > 0 && (text[index - 1].isCJKText || text[index - 1].isASCIIDigit || text[index - 1] == "%")
            let afterMatches = next < text.count && (text[next].isCJKText || text[next].isASCIIDigit)
            if beforeMatches || afterMatches { out[index] = full }
        }
        return out
    }
}
