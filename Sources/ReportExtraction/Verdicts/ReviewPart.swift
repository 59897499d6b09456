/// The part of the next year's report that looks back on the plan's year (`一、2023年工作回顾`),
/// cut into clauses, with the figures it reports.
struct ReviewPart: Sendable {
    /// One clause of the review: the unit a piece of evidence is quoted in.
    struct Clause: Sendable {
        var range: Range<Int>
        /// The sentence that holds it: done and progress words are looked for there too.
        var sentence: Range<Int>
        var topic: TopicBigrams
    }

    let scalars: [Unicode.Scalar]
    /// The review report's normalized text (the same as `scalars`).
    let text: String
    let meta: ReportMeta
    let paragraphs: [Range<Int>]
    let clauses: [Clause]
    /// The review's figures (`achievement` quantities), in text order.
    let figures: [Quantity]
    /// The same figures with what each is about, read once for every target that looks at them.
    let describedFigures: [DescribedFigure]
    /// Each figure's unit and its family of counting words: a target looks only at figures in a
    /// unit that agrees, without copying the others.
    let figureUnits: [(unit: String, family: Int?)]
    /// In how many clauses each pair of characters occurs: a pair most clauses share says little.
    let clauseCounts: [UInt64: Int]
    /// The clauses each pair of characters occurs in, in text order: a commitment is compared
    /// only with the clauses that share something with it.
    let clausesWithPair: [UInt64: [Int]]
    /// The titles of the review parts, as found.
    let titles: [String]

    /// Openings of review paragraphs that give no account of the year's work: the thanks.
    /// (The problems paragraph stays: `…建设滞后` is what the report says of that work.)
    private static let notAccount = WordList(["表示衷心感谢", "致以崇高敬意", "致以诚挚问候", "表示诚挚的感谢"])

    private static let clauseEnds = ScalarSet("，；：。！？,;:!?")
    private static let sentenceEnds = ScalarSet("。！？!?；;")

    init(reading text: String) {
        let normalized = Normalizer.normalize(text)
        let outline = OutlineReader.read(normalized)
        scalars = normalized.scalars
        self.text = normalized.string
        meta = outline.meta
        var paragraphs: [Range<Int>] = []
        for paragraph in outline.paragraphs where paragraph.partKind == .review {
            guard let range = paragraph.textRange else { continue }
            let opening = range.lowerBound..<min(range.upperBound, range.lowerBound + 60)
            if Self.notAccount.anyOccurs(in: normalized.scalars, opening) { continue }
            paragraphs.append(range)
        }
        self.paragraphs = paragraphs
        titles = outline.sections.filter { !$0.id.contains(".") }.compactMap { section in
            let kind = outline.paragraphs.first { $0.range.lowerBound == section.start }?.partKind
            return kind == .review ? section.title : nil
        }
        figures = ReportExtractor.quantities(normalized.scalars, outline: outline).filter { quantity in
            quantity.kind == .achievement && paragraphs.contains { $0.contains(quantity.start) }
        }
        let slogans = SloganItems(outline.terms)
        var clauses: [Clause] = []
        var counts: [UInt64: Int] = [:]
        var withPair: [UInt64: [Int]] = [:]
        for paragraph in paragraphs {
            var sentenceStart = paragraph.lowerBound
            var clauseStart = paragraph.lowerBound
            var sentenceClauses: [Range<Int>] = []
            for index in paragraph {
                let scalar = normalized.scalars[index]
                let endsSentence = Self.sentenceEnds.contains(scalar) || index + 1 == paragraph.upperBound
                if Self.clauseEnds.contains(scalar) || endsSentence {
                    let end = Self.clauseEnds.contains(scalar) ? index : index + 1
                    if end > clauseStart { sentenceClauses.append(clauseStart..<end) }
                    clauseStart = index + 1
                }
                if endsSentence {
                    let sentence = sentenceStart..<(index + 1)
                    for range in sentenceClauses {
                        var topic = TopicBigrams(normalized.scalars, range)
                        if let items = slogans.items(in: normalized.scalars, range) { topic.formUnion(items) }
                        for pair in topic.pairs {
                            counts[pair, default: 0] += 1
                            withPair[pair, default: []].append(clauses.count)
                        }
                        clauses.append(Clause(range: range, sentence: sentence, topic: topic))
                    }
                    sentenceClauses.removeAll()
                    sentenceStart = index + 1
                }
            }
        }
        self.clauses = clauses
        clauseCounts = counts
        clausesWithPair = withPair
        var described: [DescribedFigure] = []
        var clauseIndex = 0
        for figure in figures {
            while clauseIndex < clauses.count, clauses[clauseIndex].range.upperBound < figure.start { clauseIndex += 1 }
            let clause =
                clauseIndex < clauses.count && clauses[clauseIndex].range.lowerBound <= figure.start
                ? clauses[clauseIndex].topic : TopicBigrams([], 0..<0)
            let name = Self.named(figure)
            described.append(
                DescribedFigure(
                    figure: figure, name: TopicBigrams(name),
                    own: TopicBigrams(name + VerdictReader.countedAfter(figure, normalized.scalars)), clause: clause))
        }
        describedFigures = described
        figureUnits = figures.map { ($0.unit, FigureMatch.family(of: $0.unit)) }
    }

    /// A review figure and what it is about.
    struct DescribedFigure: Sendable {
        var figure: Quantity
        /// What its own words name: its quote up to the number.
        var name: TopicBigrams
        /// That and, for a count, the words after it.
        var own: TopicBigrams
        /// The clause it stands in.
        var clause: TopicBigrams
    }

    /// What a figure names: its quote up to the number, where the action can be part of the
    /// name (`人工造林3.2万亩`: subject `人工`, action `造林`); its subject when the quote holds it.
    private static func named(_ figure: Quantity) -> String {
        let prefix = figure.quote.unicodeScalars.prefix { !$0.isASCIIDigit }
        let name = String(String.UnicodeScalarView(prefix))
        return name.contains(figure.subject) ? name : figure.subject
    }

    func quote(_ range: Range<Int>) -> TextSpan {
        TextSpan(start: range.lowerBound, end: range.upperBound, quote: scalars.string(range))
    }

    /// The clause after `clause` in the same sentence, if any.
    func clause(after clause: Clause) -> Clause? {
        guard let index = clauses.firstIndex(where: { $0.range == clause.range }), index + 1 < clauses.count,
            clauses[index + 1].sentence == clause.sentence
        else { return nil }
        return clauses[index + 1]
    }

    /// The indices of the clauses that share a pair with `pairs`, in text order.
    func clauses(sharing pairs: some Sequence<UInt64>) -> [Int] {
        var seen = [Bool](repeating: false, count: clauses.count)
        for pair in pairs {
            for index in clausesWithPair[pair] ?? [] { seen[index] = true }
        }
        return seen.indices.filter { seen[$0] }
    }

    /// The clause that holds an offset (or ends at it). Clauses are in text order: a binary
    /// search, as every verdict with evidence asks.
    func clause(containing offset: Int) -> Clause? {
        var low = 0
        var high = clauses.count
        while low < high {
            let middle = (low + high) / 2
            if clauses[middle].range.upperBound < offset { low = middle + 1 } else { high = middle }
        }
        guard low < clauses.count, clauses[low].range.lowerBound <= offset else { return nil }
        return clauses[low]
    }
}
