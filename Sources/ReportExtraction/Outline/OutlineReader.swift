/// Reads the outline of a normalized report: front matter and meta, numbered parts and
/// sections, the glossary, and debris around the report.
enum OutlineReader {
    static func read(_ text: NormalizedText) -> Outline {
        let scalars = text.scalars
        var paragraphs = text.paragraphs.map {
            OutlineParagraph(range: $0, role: .body, sectionID: nil, partKind: nil)
        }
        var diagnostics: [Diagnostic] = []
        let titleIndex = findTitle(scalars, text.paragraphs)
        let bodyStart = findBodyStart(scalars, text.paragraphs, after: titleIndex)
        for index in 0..<bodyStart { paragraphs[index].role = .front }
        // Lines before the title that are not the session banner are website debris.
        if let titleIndex {
            for index in 0..<titleIndex where DebrisFilter.isDebris(scalars, text.paragraphs[index]) {
                paragraphs[index].role = .debris
            }
        }
        let meta = MetaReader.read(scalars, paragraphs: text.paragraphs, front: 0..<bodyStart, titleIndex: titleIndex)

        var body = BodyReader(scalars: scalars, planYear: meta.planYear)
        for index in bodyStart..<paragraphs.count { body.read(&paragraphs[index], text.paragraphs[index]) }
        var sections = body.sections
        RestartedNumbering.apply(sections: &sections, blocks: body.sectionBlocks, paragraphs: &paragraphs)
        if sections.isEmpty {
            diagnostics.append(
                Diagnostic(
                    message:
                        "没有找到编号的部分或章节（一、（一））：这段文字不像一份政府工作报告，只提取数量。 No numbered parts or sections found: the text does not look like a work report; only quantities are extracted."
                ))
        }
        return Outline(meta: meta, sections: sections, terms: body.terms, paragraphs: paragraphs, diagnostics: diagnostics)
    }

    /// The line naming the document: 政府工作报告 near its start, with nothing before it that a
    /// sentence would have (`现在，我代表…作政府工作报告` is the greeting, not a title). Also a
    /// site line (`标题：…`), a title run together with the date line, and one broken over two
    /// short lines (`政府工作报` / `告`).
    private static func findTitle(_ scalars: [Unicode.Scalar], _ paragraphs: [Range<Int>]) -> Int? {
        for (index, range) in paragraphs.prefix(20).enumerated() {
            let head = scalars.string(range.lowerBound..<min(range.upperBound, range.lowerBound + 40))
            if let found = head.firstRange(ofWord: "政府工作报告"), !head[..<found.lowerBound].contains(where: { "，。；！？".contains($0) })
            {
                return index
            }
            if range.count <= 8, index + 1 < paragraphs.count, paragraphs[index + 1].count <= 8,
                (scalars.string(range) + scalars.string(paragraphs[index + 1])).contains(word: "政府工作报告")
            {
                return index
            }
        }
        return nil
    }

    /// The first paragraph of the report's body: the first line after the title that is not
    /// front matter (a date, session or speaker line, a short banner, the greeting 各位代表：).
    /// A title paragraph that runs on into the report (a page pasted as one line) is body too.
    private static func findBodyStart(_ scalars: [Unicode.Scalar], _ paragraphs: [Range<Int>], after title: Int?) -> Int {
        guard let title else { return untitledFrontEnd(scalars, paragraphs) }
        if paragraphs[title].count > 300 { return title }
        var index = title + 1
        while index < paragraphs.count, index <= title + 12 {
            let range = paragraphs[index]
            let string = scalars.string(range.lowerBound..<min(range.upperBound, range.lowerBound + 100))
            if string.hasPrefix("各位代表") && range.count <= 8 { return index + 1 }
            let front =
                string.hasPrefix("—") || DebrisFilter.isDebris(scalars, range)
                || range.count <= 24 && string.contains(word: "政府工作报告")
                || string.hasPrefix("（") && MetaReader.leadingDate(string) != nil
                || range.count <= 60 && MetaReader.leadingDate(string) != nil
                || range.count <= 40 && MetaReader.speaker(in: string) != nil
                || range.count <= 60 && MetaReader.session(in: string) != nil
                || range.count <= 12 && MetaReader.continuesSession(string)
                || range.count <= 4
                || range.count <= 300 && holdsTitleBlock(scalars.string(range))
                || DebrisFilter.isSummaryLabel(scalars, paragraphs[index - 1])
            guard front, HeadingReader.heading(scalars[range], at: range.lowerBound) == nil else { return index }
            index += 1
        }
        return index
    }

    /// Without a title line, a report may still open with its date and session line and the
    /// speaker (`2019年1月29日保定市徐水区第二届人民代表大会第三次会议`, `保定市徐水区人民政府区长李志永`):
    /// such short lines before the first heading or the greeting are front matter.
    private static func untitledFrontEnd(_ scalars: [Unicode.Scalar], _ paragraphs: [Range<Int>]) -> Int {
        var index = 0
        while index < min(paragraphs.count, 6) {
            let range = paragraphs[index]
            let string = scalars.string(range)
            guard range.count <= 60, HeadingReader.heading(scalars[range], at: range.lowerBound) == nil,
                !string.hasPrefix("各位代表"),
                MetaReader.leadingDate(string) != nil || MetaReader.session(in: string) != nil
                    || range.count <= 40 && MetaReader.speaker(in: string) != nil
            else { break }
            index += 1
        }
        return index
    }

    /// A paragraph into which normalization joined site lines and the title page (a line with a
    /// colon joins the next): it holds the date and session line (`——2021年1月20日在…会议上`).
    private static func holdsTitleBlock(_ paragraph: String) -> Bool {
        FrontMatter.segments(paragraph).contains { segment in
            MetaReader.leadingDate(segment).map { MetaReader.session(in: $0.1) != nil } ?? false
        }
    }

    private static let closingOpenings = WordList(["各位代表", "同志们"])
    private static let closingAppeal = WordList(["让我们"])
    /// The rallying call that ends a report (`我们要更加紧密地团结在…周围，…而不懈奋斗！`).
    private static let closingRally = WordList(["让我们", "更加紧密地团结在", "紧密团结在"])

    /// The closing words: `各位代表！…让我们…`, or a paragraph that rallies (`让我们…`,
    /// `更加紧密地团结在…`) and ends with an exclamation mark.
    static func isClosingWords(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        if closingOpenings.anyStarts(text, range) && closingAppeal.anyOccurs(in: text, range) { return true }
        guard let last = range.last, text[last] == "！" || text[last] == "!" else { return false }
        return closingRally.anyOccurs(in: text, range)
    }
}
