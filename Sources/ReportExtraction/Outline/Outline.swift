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
}
