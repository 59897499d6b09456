extension Unicode.Scalar {
    /// CJK text as the normalization rules see it: ideographs, CJK and full-width
    /// punctuation, dashes, curly quotes, ellipsis and middle dots.
    @inline(__always)
    var isCJKText: Bool {
        switch value {
        case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF,
            0x2014, 0x2018...0x201D, 0x2026, 0x00B7, 0x2022:
            return true
        default:
            return false
        }
    }

    /// A Han ideograph.
    @inline(__always)
    var isHan: Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: return true
        default: return false
        }
    }

    @inline(__always)
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }

    @inline(__always)
    var isASCIILetter: Bool { (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }

    /// Space or tab: the only blanks the in-line rules touch.
    @inline(__always)
    var isBlank: Bool { value == 0x20 || value == 0x09 }

    /// White space as Unicode's White_Space property has it: what `properties.isWhitespace`
    /// says, without its look-up in the property tables (a tenth of a microsecond a call).
    @inline(__always)
    var isUnicodeWhitespace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// White space as Python's `str.strip()` sees it.
    @inline(__always)
    var isWhitespace: Bool {
        switch value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F,
            0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars as a `String`.
    @inline(__always)
    func string(_ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count * 4) { buffer in
            var count = 0
            for scalar in self[range] {
                let value = scalar.value
                if value < 0x80 {
                    buffer[count] = UInt8(value)
                    count += 1
                } else if value < 0x800 {
                    buffer[count] = UInt8(0xC0 | (value >> 6))
                    buffer[count + 1] = UInt8(0x80 | (value & 0x3F))
                    count += 2
                } else if value < 0x10000 {
                    buffer[count] = UInt8(0xE0 | (value >> 12))
                    buffer[count + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[count + 2] = UInt8(0x80 | (value & 0x3F))
                    count += 3
                } else {
                    buffer[count] = UInt8(0xF0 | (value >> 18))
                    buffer[count + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                    buffer[count + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[count + 3] = UInt8(0x80 | (value & 0x3F))
                    count += 4
                }
            }
            return count
        }
    }

    /// Whether the scalars at `index` spell `word`.
    @inline(__always)
    func has(_ word: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= count else { return false }
        for offset in 0..<word.count where self[index + offset] != word[offset] { return false }
        return true
    }
}

extension String {
    /// The string's Unicode scalars as an array, the unit of every offset in Luoshi.
    var scalarArray: [Unicode.Scalar] { Array(unicodeScalars) }
}

/// Word searches on scalars: String's `contains` goes through Foundation and grapheme
/// breaking, which costs more than the whole extraction around it.
extension Array where Element == Unicode.Scalar {
    /// Whether `word` occurs in `range`.
    @inline(__always)
    func contains(_ word: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        guard let first = word.first, range.count >= word.count else { return false }
        var index = range.lowerBound
        let last = range.upperBound - word.count
        while index <= last {
            if self[index] == first && has(word, at: index) { return true }
            index += 1
        }
        return false
    }

    /// Where `word` first occurs in `range`; nil for an empty range or one shorter than the word.
    func firstRange(of word: [Unicode.Scalar], in range: Range<Int>) -> Range<Int>? {
        guard let first = word.first, range.count >= word.count else { return nil }
        var index = range.lowerBound
        let last = range.upperBound - word.count
        while index <= last {
            if self[index] == first && has(word, at: index) { return index..<(index + word.count) }
            index += 1
        }
        return nil
    }

    /// Whether `range` ends with `word`.
    @inline(__always)
    func hasSuffix(_ word: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        range.count >= word.count && has(word, at: range.upperBound - word.count)
    }

    /// Whether `range` starts with `word`.
    @inline(__always)
    func hasPrefix(_ word: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        range.count >= word.count && has(word, at: range.lowerBound)
    }
}

/// Words prepared for scalar searches.
struct WordList: Sendable {
    let words: [[Unicode.Scalar]]
    /// The characters words start and end with: most places in a text start or end no word,
    /// and one load says so.
    private let firsts: ScalarBitmap
    private let lasts: ScalarBitmap

    init(_ words: [String]) {
        self.init(scalarWords: words.map { Array($0.unicodeScalars) })
    }

    /// The words of several lists, searched together.
    init(combining lists: [WordList]) {
        self.init(scalarWords: lists.flatMap(\.words))
    }

    private init(scalarWords: [[Unicode.Scalar]]) {
        words = scalarWords.filter { !$0.isEmpty }
        firsts = ScalarBitmap(words.compactMap(\.first))
        lasts = ScalarBitmap(words.compactMap(\.last))
    }

    /// Whether any of the words occurs in `range`: one pass, testing only where a word could start.
    func anyOccurs(in text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        for index in range where firsts.contains(text[index]) {
            let first = text[index]
            for word in words where word[0] == first && index + word.count <= range.upperBound && text.has(word, at: index) {
                return true
            }
        }
        return false
    }

    /// The length of the longest word at `index`, if one ends by `limit`.
    func longestMatch(_ text: [Unicode.Scalar], at index: Int, limit: Int) -> Int? {
        guard index < limit, firsts.contains(text[index]) else { return nil }
        var longest: Int?
        for word in words where word[0] == text[index] && index + word.count <= limit && text.has(word, at: index) {
            longest = max(longest ?? 0, word.count)
        }
        return longest
    }

    /// Whether a word occurs in `range` at a place where `accept` (given where it starts and its
    /// longest length there) says yes; stops at the first.
    func anyOccurrence(in text: [Unicode.Scalar], _ range: Range<Int>, where accept: (Int, Int) -> Bool) -> Bool {
        for index in range where firsts.contains(text[index]) {
            if let length = longestMatch(text, at: index, limit: range.upperBound), accept(index, length) { return true }
        }
        return false
    }

    /// The length of the longest word `text[range]` ends with, if any.
    func longestEnding(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        guard let last = range.last, lasts.contains(text[last]) else { return nil }
        var longest: Int?
        for word in words where word.last == text[last] && text.hasSuffix(word, in: range) {
            longest = max(longest ?? 0, word.count)
        }
        return longest
    }

    func anyEnds(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard let last = range.last, lasts.contains(text[last]) else { return false }
        return words.contains { $0.last == text[last] && text.hasSuffix($0, in: range) }
    }

    func anyStarts(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard let first = range.first, firsts.contains(text[first]) else { return false }
        return words.contains { $0.first == text[first] && text.hasPrefix($0, in: range) }
    }
}

/// A small set of characters, tested without building a string view each time.
struct ScalarSet: Sendable {
    private let values: [UInt32]
    /// Sets of punctuation hold no ideograph, and most of a report's characters are one:
    /// those are turned away without a look at the members.
    private let holdsIdeograph: Bool

    init(_ characters: String) {
        values = characters.unicodeScalars.map(\.value)
        holdsIdeograph = values.contains { $0 >= 0x3400 && $0 < 0xA000 }
    }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value >= 0x3400 && value < 0xA000 && !holdsIdeograph { return false }
        for candidate in values where candidate == value { return true }
        return false
    }
}

/// A bit per character of the Basic Multilingual Plane: a test that costs one load, used to
/// skip dictionary lookups at positions where no word can start.
struct ScalarBitmap: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    private var hasAstral = false

    init(_ scalars: [Unicode.Scalar]) {
        for scalar in scalars {
            if scalar.value < 0x10000 {
                bits[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63)
            } else {
                hasAstral = true
            }
        }
    }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value < 0x10000 else { return hasAstral }
        return bits[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
    }
}
