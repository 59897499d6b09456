/// Words matched by longest prefix at a position in the text.
struct Lexicon: Sendable {
    private let entries: [Unicode.Scalar: [(word: [Unicode.Scalar], value: String)]]
    private let firsts: ScalarBitmap

    init(_ pairs: [(String, String)]) {
        var entries: [Unicode.Scalar: [(word: [Unicode.Scalar], value: String)]] = [:]
        for (word, value) in pairs {
            let scalars = Array(word.unicodeScalars)
            entries[scalars[0], default: []].append((scalars, value))
        }
        for key in entries.keys { entries[key]!.sort { $0.word.count > $1.word.count } }
        self.entries = entries
        self.firsts = ScalarBitmap(Array(entries.keys))
    }

    init(words: [String]) {
        self.init(words.map { ($0, $0) })
    }

    /// The longest word that starts at `index` and ends before `limit`: its length and value.
    @inline(__always)
    func match(_ text: [Unicode.Scalar], at index: Int, limit: Int? = nil) -> (length: Int, value: String)? {
        guard index < text.count, firsts.contains(text[index]), let candidates = entries[text[index]] else { return nil }
        let limit = limit ?? text.count
        for candidate in candidates where index + candidate.word.count <= limit {
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
