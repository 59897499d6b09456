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
        var text = text
        // A native string lends its UTF-8 without a copy.
        return text.withUTF8 { normalize(utf8: $0) }
    }

    /// The text's lines joined into paragraphs and cleaned, written into one scalar array. The
    /// lines are ranges of one decoded buffer: no array a line. Nothing is dropped: debris is
    /// skipped when extracting, so that every offset means what the reference's does.
    static func normalize(utf8: UnsafeBufferPointer<UInt8>) -> NormalizedText {
        let (decoded, lines) = strippedLines(utf8)
        let paragraphs = joinBrokenLines(lines, in: decoded)
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(decoded.count + paragraphs.count + 1)
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(paragraphs.count)
        var joined: [Unicode.Scalar] = []
        for paragraph in paragraphs {
            let start = scalars.count
            if paragraph.count == 1, isClean(decoded, paragraph.lowerBound) {
                scalars.append(contentsOf: decoded[lines[paragraph.lowerBound]])
            } else {
                joined.removeAll(keepingCapacity: true)
                for index in paragraph {
                    // A line joined after Latin text or a digit is separated from it by a space.
                    if index > paragraph.lowerBound, let last = joined.last, last.value < 0x2E80 { joined.append(" ") }
                    joined.append(contentsOf: decoded[lines[index]])
                }
                cleanInline(&joined)
                scalars.append(contentsOf: joined)
            }
            ranges.append(start..<scalars.count)
            scalars.append("\n")
        }
        if scalars.isEmpty { scalars.append("\n") }
        return NormalizedText(scalars: scalars, paragraphs: ranges)

        // Nothing for `cleanInline` to do: no blank and no half-width punctuation it may widen.
        func isClean(_ decoded: [Unicode.Scalar], _ line: Int) -> Bool {
            for scalar in decoded[lines[line]] {
                let value = scalar.value
                if value > 0x3000 { continue }  // CJK text and full-width forms: neither
                if scalar.isWhitespace || value == 0x2C || value == 0x3B || value == 0x3A || value == 0x28 || value == 0x29 {
                    return false
                }
            }
            return true
        }
    }

    /// Decodes the UTF-8 into scalars, splitting lines at line breaks (`\r\n`, `\r`, `\n`; reading
    /// a PDF turns its page breaks into line breaks): the decoded scalars and each non-blank line's
    /// stripped range.
    static func strippedLines(_ utf8: UnsafeBufferPointer<UInt8>) -> (scalars: [Unicode.Scalar], lines: [Range<Int>]) {
        var lines: [Range<Int>] = []
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: max(utf8.count, 1)) { out, count in
            var written = 0
            var lineStart = 0
            var index = 0
            var previousWasCR = false
            @inline(__always) func endLine() {
                var lower = lineStart, upper = written
                while lower < upper, out[lower].isWhitespace { lower += 1 }
                while upper > lower, out[upper - 1].isWhitespace { upper -= 1 }
                if lower < upper { lines.append(lower..<upper) }
                lineStart = written
            }
            while index < utf8.count {
                let lead = utf8[index]
                let value: UInt32
                // The bytes are valid UTF-8: a `String` holds them.
                if lead < 0x80 {
                    index += 1
                    // Most characters are plain text: stored without the look at line breaks below.
                    if lead > 0x0D {
                        out[written] = Unicode.Scalar(lead)
                        written += 1
                        previousWasCR = false
                        continue
                    }
                    value = UInt32(lead)
                } else if lead < 0xE0 {
                    value = UInt32(lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                    index += 2
                } else if lead < 0xF0 {
                    value = UInt32(lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                    index += 3
                    if value > 0x3000 && value != 0xFEFF {  // CJK text
                        out[written] = unsafeBitCast(value, to: Unicode.Scalar.self)
                        written += 1
                        previousWasCR = false
                        continue
                    }
                } else {
                    value =
                        UInt32(lead & 0x07) << 18 | UInt32(utf8[index + 1] & 0x3F) << 12
                        | UInt32(utf8[index + 2] & 0x3F) << 6 | UInt32(utf8[index + 3] & 0x3F)
                    index += 4
                }
                switch value {
                case 0x0A:
                    if !previousWasCR { endLine() }
                    previousWasCR = false
                    continue
                case 0x0D:
                    endLine()
                case 0x3000:
                    // The ideographic space is a space; every other character stays as the
                    // reference keeps it (a no-break or zero-width space too).
                    out[written] = " "
                    written += 1
                default:
                    out[written] = unsafeBitCast(value, to: Unicode.Scalar.self)
                    written += 1
                }
                previousWasCR = value == 0x0D
            }
            endLine()
            count = written
        }
        return (scalars, lines)
    }

    /// A line that stops mid-sentence continues on the next one; one that ends a sentence, a
    /// heading, or a short title line stands alone. Each paragraph is a range of `lines`' indexes.
    static func joinBrokenLines(_ lines: [Range<Int>], in text: [Unicode.Scalar]) -> [Range<Int>] {
        var paragraphs: [Range<Int>] = []
        paragraphs.reserveCapacity(lines.count)
        // Kept as the last paragraph grows, so that joining stays linear in the text's length.
        var previousIsHeading = false
        var colonsInPrevious = 0
        var previousCount = 0
        var joinedText: [Unicode.Scalar] = []
        for (index, line) in lines.enumerated() {
            var lineColons = 0
            for scalar in text[line] where scalar == "：" || scalar == ":" { lineColons += 1 }
            guard let paragraph = paragraphs.last else {
                paragraphs.append(index..<(index + 1))
                previousIsHeading = isHeading(text, line)
                colonsInPrevious = lineColons
                previousCount = line.count
                continue
            }
            let last = text[lines[index - 1].upperBound - 1]
            let endsWithListComma = last == "、" || last == "，" || last == ","
            let colonBeforeEnd = colonsInPrevious - (last == "：" || last == ":" ? 1 : 0) > 0
            let cut = endsWithListComma || ((previousCount >= 40 || colonBeforeEnd) && !sentenceEnds.contains(last))
            if cut && !previousIsHeading && !isHeading(text, line) {
                let space = last.value < 0x2E80 ? 1 : 0
                paragraphs[paragraphs.count - 1] = paragraph.lowerBound..<(index + 1)
                colonsInPrevious += lineColons
                // A heading is short; a joined paragraph only becomes one if the first part was.
                if previousCount + line.count < 60 {
                    joinedText.removeAll(keepingCapacity: true)
                    for part in paragraph.lowerBound...index {
                        if part > paragraph.lowerBound, let end = joinedText.last, end.value < 0x2E80 { joinedText.append(" ") }
                        joinedText.append(contentsOf: text[lines[part]])
                    }
                    previousIsHeading = isHeading(joinedText, 0..<joinedText.count)
                } else {
                    previousIsHeading = false
                }
                previousCount += space + line.count
            } else {
                paragraphs.append(index..<(index + 1))
                previousIsHeading = isHeading(text, line)
                colonsInPrevious = lineColons
                previousCount = line.count
            }
        }
        return paragraphs
    }

    /// `一、…`, `（一）…` or `(一)…` shorter than 60 scalars.
    static func isHeading(_ text: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        guard line.count < 60, !line.isEmpty else { return false }
        let first = text[line.lowerBound]
        if first == "（" || first == "(" {
            let close: Unicode.Scalar = first == "（" ? "）" : ")"
            var index = line.lowerBound + 1
            while index < line.upperBound, ChineseNumeral.isMarkerDigit(text[index]) { index += 1 }
            return index > line.lowerBound + 1 && index < line.upperBound && text[index] == close
        }
        var index = line.lowerBound
        while index < line.upperBound, ChineseNumeral.isMarkerDigit(text[index]) { index += 1 }
        return index > line.lowerBound && index < line.upperBound && text[index] == "、"
    }

    /// The in-line rules, in the reference's order, applied to `text` in place: each rule only
    /// removes or shrinks blanks, so it writes behind where it reads, and no rule allocates.
    static func cleanInline(_ text: inout [Unicode.Scalar]) {
        // Most paragraphs of a report have no blank: only their half-width punctuation may change.
        var hasBlank = false
        var hasHalfWidth = false
        for scalar in text {
            let value = scalar.value
            if value > 0x3000 { continue }  // CJK text and full-width forms: neither
            if scalar.isWhitespace {
                hasBlank = true
                break
            }
            // What `widenPunctuation` may change: , ; : ( )
            if value == 0x2C || value == 0x3B || value == 0x3A || value == 0x28 || value == 0x29 { hasHalfWidth = true }
        }
        guard hasBlank || hasHalfWidth else { return }
        let kept = text.withUnsafeMutableBufferPointer { buffer -> Int in
            guard hasBlank else {
                widenPunctuation(buffer, count: buffer.count)
                return buffer.count
            }
            var count = buffer.count
            // Each rule says whether it left a blank: once none is left, the rules for blanks are done.
            var blanksLeft = true
            // 1. Blanks between CJK text (or a quote) and CJK text, a digit, a letter or ASCII punctuation go.
            count = rewriteBlankRuns(buffer, count: count, blanksLeft: &blanksLeft) { before, after, _ in
                guard let after else { return nil }
                let remove =
                    (before.isCJKText || before == "\"")
                    && (after.isCJKText || after.isASCIIDigit || after.isASCIILetter || asciiAfter.contains(after))
                return remove ? .remove : nil
            }
            // 2. Blanks between a digit, a letter or ASCII punctuation and CJK text (or a quote) go.
            count = rewriteBlankRuns(buffer, count: count, blanksLeft: &blanksLeft) { before, after, _ in
                guard let after else { return nil }
                let remove =
                    (before.isASCIIDigit || before.isASCIILetter || asciiBefore.contains(before))
                    && (after.isCJKText || after == "\"")
                return remove ? .remove : nil
            }
            // 3. Blanks between numbers shrink to one space.
            count = rewriteBlankRuns(buffer, count: count, blanksLeft: &blanksLeft) { before, after, _ in
                guard let after else { return nil }
                let numeric: (Unicode.Scalar) -> Bool = { $0.isASCIIDigit || $0 == "%" }
                return numeric(before) && numeric(after) ? .oneSpace : nil
            }
            // 4. Half-width punctuation next to CJK widens.
            widenPunctuation(buffer, count: count)
            // 5. Blanks after full-width punctuation go, also at the end of the line.
            count = rewriteBlankRuns(buffer, count: count, blanksLeft: &blanksLeft) { before, _, _ in
                fullWidthPunctuation.contains(before) ? .remove : nil
            }
            // 6. Longer blank runs shrink to one space.
            count = rewriteBlankRuns(buffer, count: count, blanksLeft: &blanksLeft) { _, _, length in
                length >= 2 ? .oneSpace : nil
            }
            var lower = 0
            var upper = count
            while lower < upper, buffer[lower].isWhitespace { lower += 1 }
            while upper > lower, buffer[upper - 1].isWhitespace { upper -= 1 }
            if lower > 0 {
                for index in lower..<upper { buffer[index - lower] = buffer[index] }
            }
            return upper - lower
        }
        text.removeSubrange(kept...)
    }

    /// What becomes of a run of blanks.
    private enum BlankRunRewrite {
        case remove
        case oneSpace
    }

    /// Rewrites each maximal run of blanks after the first character of `text[..<count]` as
    /// `rule` says, given the characters around it (`after` is nil at the end of the line) and
    /// its length (nil keeps it); the text is compacted in place and its new count returned.
    /// (The scalar before a run is never a blank, so the one written last is the one read.)
    /// Does nothing unless `blanksLeft`, and sets it to whether a blank is left.
    private static func rewriteBlankRuns(
        _ text: UnsafeMutableBufferPointer<Unicode.Scalar>, count: Int, blanksLeft: inout Bool,
        _ rule: (Unicode.Scalar, Unicode.Scalar?, Int) -> BlankRunRewrite?
    ) -> Int {
        // The first rules remove most blanks: the later ones then have nothing to do.
        guard blanksLeft else { return count }
        blanksLeft = false
        guard let first = text[..<count].firstIndex(where: \.isBlank) else { return count }
        var written = first
        var index = first
        while index < count {
            let scalar = text[index]
            guard scalar.isBlank, index > 0 else {
                text[written] = scalar
                written += 1
                index += 1
                continue
            }
            var end = index
            while end < count, text[end].isBlank { end += 1 }
            switch rule(text[written - 1], end < count ? text[end] : nil, end - index) {
            case .remove?: break
            case .oneSpace?:
                text[written] = " "
                written += 1
                blanksLeft = true
            case nil:
                blanksLeft = true
                for blank in index..<end {
                    text[written] = text[blank]
                    written += 1
                }
            }
            index = end
        }
        return written
    }

    /// Widens `, ; : ( )` next to CJK text or digits, judging each by the text as it was.
    private static func widenPunctuation(_ text: UnsafeMutableBufferPointer<Unicode.Scalar>, count: Int) {
        var previous: Unicode.Scalar? = nil  // before any widening
        for index in 0..<count {
            let scalar = text[index]
            defer { previous = scalar }
            let full: Unicode.Scalar
            switch scalar {
            case ",": full = "，"
            case ";": full = "；"
            case ":": full = "："
            case "(": full = "（"
            case ")": full = "）"
            default: continue
            }
            var next = index + 1
            while next < count, text[next].isBlank { next += 1 }
            let beforeMatches = previous.map { $0.isCJKText || $0.isASCIIDigit || $0 == "%" } ?? false
            let afterMatches = next < count && (text[next].isCJKText || text[next].isASCIIDigit)
            if beforeMatches || afterMatches { text[index] = full }
        }
    }
}
