/// Finding a word in a line by its UTF-8 bytes. UTF-8 is self-synchronizing, so a match of
/// valid bytes in valid bytes starts and ends on scalar boundaries. The standard library's
/// `firstRange(of:)` compares `Character`s through generic code, and Foundation's `contains`
/// bridges to `NSString`: either costs about a microsecond a call, more than reading the line.
extension StringProtocol {
    /// The first place `word` occurs, or nil.
    func firstRange(ofWord word: String) -> Range<String.Index>? {
        guard let bytes = withUTF8Bytes({ WordSearch.first(word, in: $0) }) else { return nil }
        return utf8.index(startIndex, offsetBy: bytes.lowerBound)..<utf8.index(startIndex, offsetBy: bytes.upperBound)
    }

    /// Whether `word` occurs.
    func contains(word: String) -> Bool {
        withUTF8Bytes { WordSearch.first(word, in: $0) } != nil
    }

    /// Runs `body` on the UTF-8 bytes in place; a bridged or foreign string is copied first.
    private func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }
}

/// The byte search behind `firstRange(ofWord:)`.
enum WordSearch {
    /// The byte offsets of the first occurrence of `word` in `text`.
    static func first(_ word: String, in text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var word = word
        return word.withUTF8 { word -> Range<Int>? in
            guard let first = word.first else { return 0..<0 }
            guard text.count >= word.count else { return nil }
            var index = 0
            let last = text.count - word.count
            while index <= last {
                if text[index] == first {
                    var matched = 1
                    while matched < word.count, text[index + matched] == word[matched] { matched += 1 }
                    if matched == word.count { return index..<(index + word.count) }
                }
                index += 1
            }
            return nil
        }
    }
}
