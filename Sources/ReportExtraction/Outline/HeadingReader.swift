/// A numbered heading at the start of a paragraph.
struct Heading: Equatable {
    enum Level { case part, section }
    var level: Level
    var number: Int
    var marker: String
    var title: String
    /// Where the paragraph's own text starts when the heading runs into it.
    var bodyStart: Int?
}

/// Recognizes `三、…` (a part) and `（一）…` (a section), including headings that run into
/// their paragraph (`（一）持续激发消费潜能。鼓励…`, whose title ends at the first `。`).
enum HeadingReader {
    static func heading(_ line: ArraySlice<Unicode.Scalar>, at offset: Int) -> Heading? {
        // Most paragraphs are not headings: tell by the first character before copying any.
        guard let head = line.first, head == "（" || ChineseNumeral.isMarkerDigit(head) else { return nil }
        let scalars = Array(line)
        guard let first = scalars.first else { return nil }
        var index = 0
        let level: Heading.Level
        if first == "（" {
            index = 1
            while index < scalars.count, ChineseNumeral.isMarkerDigit(scalars[index]) { index += 1 }
            guard index > 1, index < scalars.count, scalars[index] == "）" else { return nil }
            level = .section
        } else {
            while index < scalars.count, ChineseNumeral.isMarkerDigit(scalars[index]) { index += 1 }
            guard index > 0, index < scalars.count, scalars[index] == "、" else { return nil }
            level = .part
        }
        let digits = level == .section ? scalars[1..<index] : scalars[0..<index]
        guard let number = ChineseNumeral.value(of: digits[...]).map(Int.init), number > 0 else { return nil }
        let markerEnd = index + 1
        var titleEnd = scalars.count
        var bodyStart: Int?
        if let stop = scalars[markerEnd...].firstIndex(where: { $0 == "。" || $0 == "！" || $0 == "!" }) {
            titleEnd = stop
            var next = stop + 1
            while next < scalars.count, scalars[next].isWhitespace { next += 1 }
            if next < scalars.count { bodyStart = offset + next }
        }
        // A title is a phrase, not a paragraph: a long first sentence is body text that
        // happens to start with an enumeration (一、二、三产业…).
        guard titleEnd > markerEnd, titleEnd - markerEnd <= 60 else { return nil }
        if bodyStart == nil && scalars.count > 80 { return nil }
        return Heading(
            level: level, number: number, marker: scalars.string(0..<markerEnd),
            title: scalars.string(markerEnd..<titleEnd), bodyStart: bodyStart)
    }
}
