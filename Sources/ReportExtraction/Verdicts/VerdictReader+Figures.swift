/// Judging a target by the review's figures: which figure is about what the target counts, and
/// what a task's held targets settle.
extension VerdictReader {
    /// Whether a quantity gives the investment of the work it names (`投资6.5亿元的巨力…项目`).
    static func describesInvestment(_ quantity: Quantity) -> Bool {
        quantity.unit == "元" && (quantity.action == "投资" || quantity.action == "总投资") && quantity.quote.contains("元的")
    }

    /// Whether `second` follows `first` in a run of figures of one subject (`分别增长6%和7%`).
    static func isRun(_ first: Quantity, _ second: Quantity) -> Bool {
        first.subject == second.subject && first.unit == second.unit && second.start >= first.end
            && second.start - first.end <= 1
    }

    /// The figure at `position` in the review's run that `figure` is in, for a target at that
    /// place of a run of its own: the second target of `分别增长6%和7%` is judged by the second
    /// figure of `分别增长4%和5%`, the first by the first.
    static func figure(_ figure: Quantity, atRunPosition position: Int?, in review: ReviewPart) -> Quantity {
        guard let position, var index = review.figures.firstIndex(where: { $0.start == figure.start }) else {
            return figure
        }
        while index > 0, isRun(review.figures[index - 1], review.figures[index]) { index -= 1 }
        for step in 0..<position {
            guard index + step + 1 < review.figures.count,
                isRun(review.figures[index + step], review.figures[index + step + 1])
            else { return figure }
        }
        return review.figures[index + position]
    }

    static func judge(_ quantity: Quantity, plan: [Unicode.Scalar], _ review: ReviewPart, runPosition: Int? = nil) -> Verdict {
        let target = VerdictTarget(
            kind: .quantity, span: TextSpan(start: quantity.start, end: quantity.end, quote: quantity.quote),
            section: quantity.section, subject: quantity.subject, value: quantity.value, valueMax: quantity.valueMax,
            unit: quantity.unit, comparator: quantity.comparator)
        if let figure = FigureParts.summed(for: quantity, in: review)
            ?? matchingFigure(for: quantity, plan: plan, in: review).map({
                Self.figure($0, atRunPosition: runPosition, in: review)
            })
        {
            var outcome = FigureOutcome.judge(
                actual: figure.value, target: quantity.value, targetMax: quantity.valueMax, unit: quantity.unit,
                comparator: quantity.comparator)
            // A count of what was started, not finished (`5所学校开工建设`), is work under way.
            if outcome == .short, let clause = review.clause(containing: figure.start),
                OutcomeWords.started.anyOccurs(in: review.scalars, clause.range),
                !OutcomeWords.done.anyOccurs(in: review.scalars, clause.range)
            {
                outcome = .progress
            }
            return Verdict(
                target: target, outcome: outcome, actual: ActualFigure(value: figure.value, unit: figure.unit),
                evidence: review.quote(figure.start..<figure.end))
        }
        // A count is of its head noun (`规上工业企业8家` counts 企业): a clause about another thing of
        // the same field (`规上工业增加值`) is not about it.
        let counted = Units.classifiers.contains(quantity.unit) ? headPair(of: quantity.subject) : nil
        let verdict = judgeByText(
            target, topic: TopicBigrams(quantity.subject.isEmpty ? quantity.quote : quantity.subject), review,
            counted: counted)
        // An amount to build or reach (`建设高标准农田10万亩`) is not advanced by a title won in its
        // field (`获批…高标准农田整县推进示范县`, `…被命名为“四好农村路”示范乡`).
        if !Units.classifiers.contains(quantity.unit), let evidence = verdict.evidence,
            let clause = review.clause(containing: evidence.start),
            OutcomeWords.designations.anyOccurs(in: review.scalars, clause.range)
        {
            return Verdict(target: target, outcome: .silent, actual: nil, evidence: nil)
        }
        return verdict
    }

    /// The review's figure whose subject is the target's, in a unit that agrees; the best one.
    static func matchingFigure(for quantity: Quantity, plan: [Unicode.Scalar], in review: ReviewPart) -> Quantity? {
        let match = FigureMatch(
            subject: quantity.subject, following: countedAfter(quantity, plan),
            subjectEndsQuote: !quantity.subject.isEmpty && quantity.quote.hasSuffix(quantity.subject), value: quantity.value,
            unit: quantity.unit)
        let bareInvestment = quantity.unit == "元" && isBareInvestment(wordsAround(quantity, plan))
        var best: (figure: Quantity, score: Double, reverse: Double)?
        // A count of a bare kind (`7个项目`) names no thing: what is done to it must agree too
        // (`6个项目建成投产` ↔ `16个项目建成投产`, `引进项目50个` ↔ `引入项目77个`; not `保障7个项目…供地`
        // ↔ `7个项目达到形象进度`). A count with nothing done to it is left to its subject.
        // (Pairs, not characters: `引进` and `推进` share a character and nothing else.)
        // (`11个新建项目` is as bare as `11个项目`: the verb before the kind names no work.)
        let subject = Array(quantity.subject.unicodeScalars)
        let kind = TaskWords.works.longestEnding(subject, 0..<subject.count).map { Array(subject.suffix($0)) }
        let bareKind =
            Units.classifiers.contains(quantity.unit)
            && kind.map { TopicBigrams(subject, 0..<subject.count).pairs.isSubset(of: TopicBigrams($0, 0..<$0.count).pairs) }
                == true
        let doneToTarget = bareKind ? actionPairs(of: quantity, plan) : []
        // A bare kind with nothing said of it (`过亿元项目不少于15个` read as `项目不少于15个`) names nothing to match.
        if bareKind, doneToTarget.isEmpty { return nil }
        let family = FigureMatch.family(of: quantity.unit)
        for (index, unit) in review.figureUnits.enumerated()
        where unit.unit == quantity.unit || (family != nil && unit.family == family) {
            let described = review.describedFigures[index]
            let figure = described.figure
            if !doneToTarget.isEmpty, doneToTarget.isDisjoint(with: actionPairs(of: figure, review.scalars)) {
                continue
            }
            // The year's investment said alone (`计划完成投资34.43亿元` ↔ `完成投资29亿元`): neither
            // clause names a work, so both are the year's total.
            let alsoBare = bareInvestment && figure.unit == "元" && isBareInvestment(wordsAround(figure, review.scalars))
            guard
                let score = match.score(
                    figureSubject: figure.subject, name: described.name, own: described.own, clause: described.clause,
                    value: figure.value, unit: figure.unit) ?? (alsoBare ? FigureMatch.pairShare : nil)
            else { continue }
            let reverse = described.own.coverage(by: match.target)
            if best == nil || (score, reverse) > (best!.score, best!.reverse) { best = (figure, score, reverse) }
        }
        return best?.figure
    }

    static let clauseEnds = ScalarSet("，；。：！？,;:!?、\n")

    static let investment = TopicBigrams("投资").pairs
    /// Words a bare statement of the year's investment may carry besides 投资.
    static let investmentFrame = ["计划", "年度", "全年", "全县", "全区", "全市"].reduce(into: investment) {
        $0.formUnion(TopicBigrams($1).pairs)
    }

    /// Whether a clause's words are about investment and name nothing else.
    static func isBareInvestment(_ words: TopicBigrams) -> Bool {
        words.pairs.contains(where: investment.contains) && words.pairs.isSubset(of: investmentFrame)
    }

    /// The words of the clause holding a quantity and its subject, without its figure.
    static func wordsAround(_ quantity: Quantity, _ text: [Unicode.Scalar]) -> TopicBigrams {
        guard quantity.end <= text.count else { return TopicBigrams("") }
        var start = quantity.start
        while start > 0, !clauseEnds.contains(text[start - 1]) { start -= 1 }
        var end = quantity.end
        while end < text.count, !clauseEnds.contains(text[end]) { end += 1 }
        let named = quantity.quote.unicodeScalars.prefix { !$0.isASCIIDigit }
        var words = TopicBigrams(text, start..<quantity.start)
        words.formUnion(TopicBigrams(String(String.UnicodeScalarView(named))))
        words.formUnion(TopicBigrams(quantity.subject))
        words.formUnion(TopicBigrams(text, quantity.end..<end))
        return words
    }

    /// The pairs of characters of what is done to what a quantity counts: its action and the
    /// words around its kind (`全年引进`, `累计引入`; `建成投产`, `尽快开工` after it), verbs
    /// included, the kind itself left out.
    static func actionPairs(of quantity: Quantity, _ text: [Unicode.Scalar]) -> Set<UInt64> {
        var words = (quantity.action ?? "") + "，" + quantity.subject + "，"
        var index = quantity.end
        while index < text.count, !clauseEnds.contains(text[index]), index - quantity.end < 24 {
            words.unicodeScalars.append(text[index])
            index += 1
        }
        let scalars = Array(words.unicodeScalars)
        var pairs = Set<UInt64>()
        for index in scalars.indices.dropLast() where scalars[index].isHan && scalars[index + 1].isHan {
            let pair = TopicBigrams.pair(scalars[index], scalars[index + 1])
            pairs.insert(sameVerbs[pair] ?? pair)
        }
        return pairs.subtracting(TopicBigrams(quantity.subject.isEmpty ? "" : kindOf(quantity)).pairs)
    }

    /// The kind a quantity counts, as the last word of its subject that names a kind of work.
    static func kindOf(_ quantity: Quantity) -> String {
        let subject = Array(quantity.subject.unicodeScalars)
        guard let length = TaskWords.works.longestEnding(subject, 0..<subject.count) else { return "" }
        return String(String.UnicodeScalarView(subject.suffix(length)))
    }

    /// Verbs reviews use for a plan's (`引入项目` for `引进项目`).
    static let sameVerbs: [UInt64: UInt64] = [TopicBigrams.pair("引", "入"): TopicBigrams.pair("引", "进")]

    /// For a count, the words after its quote in its clause: what is counted is often written
    /// there (`完成22个行政村的生活污水治理`, `完成32个行政村生活污水治理`).
    static func countedAfter(_ quantity: Quantity, _ text: [Unicode.Scalar]) -> String {
        guard Units.classifiers.contains(quantity.unit), quantity.end <= text.count else { return "" }
        var end = quantity.end
        while end < text.count, end - quantity.end < 24, !clauseEnds.contains(text[end]), !text[end].isASCIIDigit { end += 1 }
        return text.string(quantity.end..<end)
    }

    /// The last two characters of a subject, as a pair: its head noun.
    static func headPair(of subject: String) -> UInt64? {
        let head = FigureMatch.head(of: subject)
        return head.count == 2 ? TopicBigrams.pair(head[0], head[1]) : nil
    }
}
