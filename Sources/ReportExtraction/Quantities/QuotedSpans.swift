/// The quoted stretches of a paragraph (`"十四五"`, `“两个维护”`) and its book titles
/// (`《玉泉区志》`): numerals inside them name things rather than count them.
struct QuotedSpans {
    private var quotes: [Range<Int>] = []
    private var titles: [Range<Int>] = []

    init(_ text: [Unicode.Scalar], _ range: Range<Int>) {
        var asciiOpen: Int?
        var curlyOpen: Int?
        var titleOpen: Int?
        for index in range {
            switch text[index] {
            case "\"":
                if let open = asciiOpen {
                    quotes.append(open..<(index + 1))
                    asciiOpen = nil
                } else {
                    asciiOpen = index
                }
            case "“", "「": curlyOpen = index
            case "”", "」":
                if let open = curlyOpen { quotes.append(open..<(index + 1)) }
                curlyOpen = nil
            case "《": titleOpen = index
            case "》":
                if let open = titleOpen { titles.append(open..<(index + 1)) }
                titleOpen = nil
            default: break
            }
        }
    }

    func contains(_ index: Int) -> Bool {
        quotes.contains { $0.contains(index) }
    }

    func insideBookTitle(_ index: Int) -> Bool {
        titles.contains { $0.contains(index) }
    }
}
