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
            let scalar = text[index]
            if scalar.value >= 0x3400 && scalar.value < 0xA000 { continue }  // an ideograph: most of the text
            switch scalar {
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
        Self.search(quotes, index)
    }

    func insideBookTitle(_ index: Int) -> Bool {
        Self.search(titles, index)
    }

    /// Binary search in spans that do not overlap and are in text order.
    private static func search(_ spans: [Range<Int>], _ index: Int) -> Bool {
        var low = 0
        var high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].upperBound <= index {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low < spans.count && spans[low].contains(index)
    }
}
