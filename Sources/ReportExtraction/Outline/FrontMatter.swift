/// The lines of a report's title page — title, `——2022年1月21日在…会议上`, the speaker — also
/// when a web page ran them into one line with the greeting
/// (`政府工作报告——2021年1月20日在…会议上丛台区人民政府区长 张三各位代表：…`), and the site
/// lines a page puts before them (`标题：…`, `发文单位：…`).
enum FrontMatter {
    /// Prefixes of site lines whose rest is the report's title or its issuer.
    static let titlePrefixes = ["标题：", "题目：", "文章标题："]
    static let issuerPrefixes = ["发文单位：", "发文机关：", "发布机构：", "来源："]

    /// A front line cut where the title page's own lines meet: before a dash or a bracketed
    /// date, after `会议上`; the greeting `各位代表` and all after it are dropped.
    static func segments(_ line: String) -> [String] {
        // On scalars: `String.firstRange(of:)` costs a microsecond a call, more than the line's reading.
        let scalars = Array(line.unicodeScalars)
        let end = scalars.firstRange(of: greeting, in: 0..<scalars.count)?.lowerBound ?? scalars.count
        var pieces: [Range<Int>] = []
        var start = 0
        while start < end {
            let meeting =
                scalars.firstRange(of: meetingClosedWide, in: start..<end)
                ?? scalars.firstRange(of: meetingClosedNarrow, in: start..<end)
                ?? scalars.firstRange(of: meetingEnd, in: start..<end)
            let cuts = [
                scalars.firstRange(of: dash, in: (start + 1)..<end)?.lowerBound,
                scalars.firstRange(of: openBracket, in: (start + 1)..<end)?.lowerBound,
                meeting?.upperBound,
            ].compactMap { $0 }.filter { $0 > start && $0 < end }
            guard let cut = cuts.min() else { break }
            pieces.append(start..<cut)
            start = cut
        }
        pieces.append(start..<end)
        return pieces.map { scalars.string($0).trimmingSpaces }.filter { !$0.isEmpty }
    }

    private static let greeting = Array("各位代表".unicodeScalars)
    private static let dash = Array("——".unicodeScalars)
    private static let openBracket = Array("（".unicodeScalars)
    private static let meetingClosedWide = Array("会议上）".unicodeScalars)
    private static let meetingClosedNarrow = Array("会议上)".unicodeScalars)
    private static let meetingEnd = Array("会议上".unicodeScalars)

    /// A person's name as a page may pad it: `张 三`, `张三??`, `张　三`, `张&nbsp;三`.
    static func cleanName(_ text: Substring) -> String {
        var kept = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            // An HTML entity left in the text (normalization may have widened its semicolon).
            if scalar == "&", let end = scalars.prefix(8).firstIndex(where: { $0 == ";" || $0 == "；" }),
                scalars[..<end].allSatisfy({ $0.properties.isASCIIHexDigit || ("a"..."z").contains($0) || $0 == "#" })
            {
                scalars = scalars[scalars.index(after: end)...]
                continue
            }
            if !scalar.isUnicodeWhitespace, scalar != "?", scalar != "？", scalar != "\u{FFFD}" { kept.append(scalar) }
        }
        return String(kept)
    }

    /// The rest of a site line that starts with one of `prefixes`.
    static func value(of line: String, after prefixes: [String]) -> String? {
        for prefix in prefixes where line.hasPrefix(prefix) {
            // `来源：…` often carries more fields after a space (`来源：… 阅读：175`).
            let rest = line.dropFirst(prefix.count).split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).first
            return rest.map(String.init)
        }
        return nil
    }
}

extension String {
    /// Without spaces (ASCII or ideographic) at either end.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isUnicodeWhitespace }),
            let last = scalars.lastIndex(where: { !$0.isUnicodeWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
