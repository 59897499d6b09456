/// The role a paragraph plays in the report.
public enum ParagraphRole: Sendable, Equatable {
    /// Title page, speaker, date, greeting: read for `meta`, nothing else.
    case front
    /// A numbered heading; `bodyStart` is where a run-in paragraph's text begins, if any.
    case heading(bodyStart: Int?)
    case body
    case glossary
    /// An item of an annex after the closing words (`一、新建改扩建幼儿园10所`); its text starts after the marker.
    case annexItem(bodyStart: Int?)
    /// Website or scraper debris: page titles, source lines, share links.
    case debris
}

/// One paragraph of the normalized text, placed in the outline.
public struct OutlineParagraph: Sendable, Equatable {
    public var range: Range<Int>
    public var role: ParagraphRole
    /// The innermost section that holds the paragraph.
    public var sectionID: String?
    /// The kind of the part that holds it; nil before the first part.
    public var partKind: PartKind?

    /// Where the readable text of the paragraph starts and ends (after a run-in title).
    public var textRange: Range<Int>? {
        switch role {
        case .body: return range
        case .heading(let bodyStart?), .annexItem(let bodyStart?): return bodyStart..<range.upperBound
        default: return nil
        }
    }
}

/// The structure of a report: meta, sections, glossary, and the role of each paragraph.
public struct Outline: Sendable, Equatable {
    public var meta: ReportMeta
    public var sections: [Section]
    public var terms: [Term]
    public var paragraphs: [OutlineParagraph]
    public var diagnostics: [Diagnostic]

    /// The kind of the part whose paragraph holds `offset`: a report's year targets may stand
    /// before its plan's first numbered part (`今年政府工作重点` / `主要预期目标是：…`), in no section.
    public func partKind(at offset: Int) -> PartKind? {
        var low = 0
        var high = paragraphs.count
        while low < high {
            let middle = (low + high) / 2
            if paragraphs[middle].range.upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        guard low < paragraphs.count, paragraphs[low].range.contains(offset) else { return nil }
        return paragraphs[low].partKind
    }
}
