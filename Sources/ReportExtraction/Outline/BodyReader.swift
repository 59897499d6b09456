/// Reads a report's body paragraph by paragraph, in order: which lines are debris, glossary,
/// annex or headings, and which numbered part and section each paragraph belongs to.
struct BodyReader {
    let scalars: [Unicode.Scalar]
    let planYear: Int?
    private(set) var sections: [Section] = []
    private(set) var terms: [Term] = []
    private var part = 0
    private var section = 0
    private var partKind: PartKind?
    private var currentID: String?
    private var inGlossary = false
    /// After the closing words, numbered items belong to annexes.
    private var closed = false
    private var trailingDebris = false
    private var annexTitlePending = false

    init(scalars: [Unicode.Scalar], planYear: Int?) {
        self.scalars = scalars
        self.planYear = planYear
    }

    /// Gives the paragraph at `range` its role, section and part, and takes its heading or term.
    mutating func read(_ paragraph: inout OutlineParagraph, _ range: Range<Int>) {
        if trailingDebris || DebrisFilter.isDebris(scalars, range) {
            paragraph.role = .debris
            if DebrisFilter.startsTrailingDebris(scalars, range) { trailingDebris = true }
            return
        }
        if readsGlossary(&paragraph, range) { return }
        if closed, readsAnnexTitle(&paragraph, range) { return }
        if !closed { readHeading(&paragraph, range) }
        // A report without numbered parts names them in short title lines
        // (`2023年工作安排`): they still tell the review from the plan.
        if part == 0, paragraph.role == .body, UnnumberedPartTitle.matches(scalars, range) {
            partKind = PartKind.classify(title: scalars.string(range), previous: partKind, planYear: planYear)
            paragraph.role = .front
        }
        paragraph.sectionID = currentID
        paragraph.partKind = partKind
        if part > 0, partKind != .review, OutlineReader.isClosingWords(scalars, range) {
            closed = true
            // The rallying call commits to nothing of its own (`努力完成全年目标任务`).
            paragraph.role = .front
        }
    }

    /// Whether the paragraph is the glossary's heading or part of the glossary (then read).
    private mutating func readsGlossary(_ paragraph: inout OutlineParagraph, _ range: Range<Int>) -> Bool {
        // Only a short line (a glossary heading?) is read as a string.
        if range.count <= 12, GlossaryReader.isGlossaryHeading(scalars.string(range)) {
            inGlossary = true
            paragraph.role = .front
            return true
        }
        // Footnotes after the closing words (`[1]四方责任：…`) are a glossary without a heading.
        if closed, !inGlossary, GlossaryReader.startsWithBracketMarker(scalars, range),
            GlossaryReader.entry(scalars, range) != nil
        {
            inGlossary = true
        }
        guard inGlossary else { return false }
        if let term = GlossaryReader.entry(scalars, range) {
            terms.append(term)
            paragraph.role = .glossary
        } else if !terms.isEmpty, range.count < 200, !scalars[range].contains("：") {
            // A definition that ran onto a line of its own.
            terms[terms.count - 1].definition += scalars.string(range)
            paragraph.role = .glossary
        } else {
            paragraph.role = .debris
        }
        return true
    }

    /// After the closing words: whether the paragraph is an annex's heading or title (not report
    /// text); an annex's numbered item is marked and read on.
    private mutating func readsAnnexTitle(_ paragraph: inout OutlineParagraph, _ range: Range<Int>) -> Bool {
        if AnnexReader.isAnnexHeading(scalars, range) {
            paragraph.role = .front
            annexTitlePending = true
            paragraph.sectionID = currentID
            paragraph.partKind = partKind
            return true
        }
        if annexTitlePending, AnnexReader.isTitle(scalars, range) {
            paragraph.role = .front
            annexTitlePending = false
            return true
        }
        annexTitlePending = false
        if let item = AnnexReader.itemBodyStart(scalars, range) {
            paragraph.role = .annexItem(bodyStart: item)
        }
        return false
    }

    /// A numbered part or section heading, if it is the next one.
    private mutating func readHeading(_ paragraph: inout OutlineParagraph, _ range: Range<Int>) {
        guard let heading = HeadingReader.heading(scalars[range], at: range.lowerBound) else { return }
        // Parts count up one by one; the first one found may be any (a scraped text may
        // start in the middle of a report).
        if heading.level == .part, heading.number == part + 1 || part == 0 && sections.isEmpty {
            part = heading.number
            section = 0
            partKind = PartKind.classify(title: heading.title, previous: partKind, planYear: planYear)
            currentID = "\(part)"
        } else if heading.level == .section, heading.number == section + 1 {
            section = heading.number
            currentID = part > 0 ? "\(part).\(section)" : "\(section)"
            if part == 0 && partKind == nil {
                partKind = PartKind.classify(title: heading.title, previous: nil, planYear: planYear)
            }
        } else {
            return
        }
        sections.append(Section(id: currentID!, marker: heading.marker, title: heading.title, start: range.lowerBound))
        paragraph.role = .heading(bodyStart: heading.bodyStart)
    }
}
