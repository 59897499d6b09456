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
    /// Blocks under unnumbered part titles (`2022年工作回顾`, `2023年工作目标任务`) may number
    /// their parts from 一 again: each section keeps its block and the kind of its part, so that
    /// `RestartedNumbering` can make the ids unique.
    private var block = 0
    /// An unnumbered part title was read after numbered headings: the next 一、 or （一） may
    /// start the numbering again.
    private var blockTitled = false
    private(set) var sectionBlocks: [RestartedNumbering.Block] = []
    /// The kind an unnumbered part title gave: its numbered parts are of that kind unless their
    /// own titles say otherwise (`2022年工作回顾` / `一、坚持产业跨越发展…` reviews).
    private var titledKind: PartKind?

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
        // Short title lines name parts without a number (`2023年工作安排`), in a report without
        // numbered parts or above numbered ones (`2022年工作回顾` / 一、… / `2023年工作目标任务` /
        // 一、…): they tell the review from the plan, and a paragraph after one is in no section
        // of the part before.
        if !closed, paragraph.role == .body, UnnumberedPartTitle.matches(scalars, range) {
            partKind = PartKind.classify(title: scalars.string(range), previous: partKind, planYear: planYear)
            titledKind = partKind
            paragraph.role = .front
            if !sections.isEmpty {
                blockTitled = true
                currentID = nil
            }
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
        // start in the middle of a report), and one after an unnumbered part title may start again.
        let restarts = blockTitled && heading.number == 1
        if heading.level == .part, heading.number == part + 1 || part == 0 && sections.isEmpty || restarts {
            if restarts { block += 1 }
            part = heading.number
            section = 0
            partKind =
                titledKind.map { PartKind.stated(in: heading.title, planYear: planYear) ?? $0 }
                ?? PartKind.classify(title: heading.title, previous: partKind, planYear: planYear)
            currentID = "\(part)"
        } else if heading.level == .section, heading.number == section + 1 || restarts {
            if restarts {
                block += 1
                part = 0
            }
            section = heading.number
            currentID = part > 0 ? "\(part).\(section)" : "\(section)"
            if part == 0 && partKind == nil {
                partKind = PartKind.classify(title: heading.title, previous: nil, planYear: planYear)
            }
        } else {
            return
        }
        blockTitled = false
        sections.append(Section(id: currentID!, marker: heading.marker, title: heading.title, start: range.lowerBound))
        sectionBlocks.append(RestartedNumbering.Block(index: block, partKind: partKind))
        paragraph.role = .heading(bodyStart: heading.bodyStart)
    }
}
