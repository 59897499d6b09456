/// Words matched by longest prefix at a position in the text.
struct Lexicon: Sendable {
    private typealias Entry = (word: [Unicode.Scalar], value: String)
    /// The words by first character, longest first: `groups[groupOf[slot]]` for the slot that
    /// holds the character in `keys`, an open-addressing table. A `Dictionary` would hash each
    /// look-up with SipHash, and the extractor looks words up at most places of a report.
    private let groups: [[Entry]]
    private let keys: [UInt32]
    private let groupOf: [Int]
    private let mask: Int
    private let firsts: ScalarBitmap

    init(_ pairs: [(String, String)]) {
        var byFirst: [Unicode.Scalar: [Entry]] = [:]
        for (word, value) in pairs {
            let scalars = Array(word.unicodeScalars)
            guard let first = scalars.first else { continue }
            byFirst[first, default: []].append((scalars, value))
        }
        var size = 8
        while size < byFirst.count * 2 { size *= 2 }
        var keys = [UInt32](repeating: 0, count: size)  // no word starts with U+0000
        var groupOf = [Int](repeating: 0, count: size)
        var groups: [[Entry]] = []
        for (first, entries) in byFirst {
            var slot = Self.slot(first.value, mask: size - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = first.value
            groupOf[slot] = groups.count
            groups.append(entries.sorted { $0.word.count > $1.word.count })
        }
        self.groups = groups
        self.keys = keys
        self.groupOf = groupOf
        self.mask = size - 1
        self.firsts = ScalarBitmap(Array(byFirst.keys))
    }

    @inline(__always)
    private static func slot(_ value: UInt32, mask: Int) -> Int {
        Int(truncatingIfNeeded: (value &* 0x9E37_79B1) >> 12) & mask
    }

    init(words: [String]) {
        self.init(words.map { ($0, $0) })
    }

    /// The longest word that starts at `index` and ends before `limit`: its length and value.
    @inline(__always)
    func match(_ text: [Unicode.Scalar], at index: Int, limit: Int? = nil) -> (length: Int, value: String)? {
        guard index < text.count, firsts.contains(text[index]) else { return nil }
        let value = text[index].value
        var slot = Self.slot(value, mask: mask)
        while keys[slot] != value {
            if keys[slot] == 0 { return nil }
            slot = (slot + 1) & mask
        }
        let limit = limit ?? text.count
        for candidate in groups[groupOf[slot]] where index + candidate.word.count <= limit {
            if text.has(candidate.word, at: index) { return (candidate.word.count, candidate.value) }
        }
        return nil
    }

    /// The length of the longest word that ends exactly at `end` and starts at or after `lower`.
    func matchEnding(_ text: [Unicode.Scalar], at end: Int, lower: Int) -> Int? {
        var length = min(8, end - lower)
        while length > 0 {
            if let found = match(text, at: end - length, limit: end), found.length == length { return length }
            length -= 1
        }
        return nil
    }
}
