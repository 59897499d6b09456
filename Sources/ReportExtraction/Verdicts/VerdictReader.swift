/// Judges a plan report by the next report's review (`shared/spec/verdicts.md`): one verdict
/// for every target quantity and every task of the coming year's plan (the vague ones too: the
/// office tracks them, and a labeller may call one concrete that extraction called vague).
///
/// A target is matched by subject, not by wording: the review's figures in the same unit are
/// compared by what they count (`城镇新增就业` ↔ `城镇新增就业1244万人`, `FigureMatch`),
/// and a target without a figure, or a task, by the clause of the review that shares most of
/// what it is about. A target nothing in the review is about is `silent`.
public enum VerdictReader {
    /// A commitment must share this much of what it is about (weighted by rarity) with a clause.
    static let clauseMatch = 0.5

    /// Reads both reports and judges the plan.
    public static func judge(plan planText: String, review reviewText: String) -> PairVerdicts {
        let (plan, planOutline) = ReportExtractor.read(planText)
        let review = ReviewPart(reading: reviewText)
        var warnings: [String] = []
        if review.paragraphs.isEmpty {
            warnings.append("第二份报告中没有找到工作回顾部分，所有承诺都判为未提及。 The second report has no review part: every commitment is silent.")
        }
        if let planYear = plan.meta.planYear, let reviewYear = review.meta.planYear, reviewYear != planYear + 1 {
            warnings.append(
                "计划年度为 \(planYear) 年，回顾报告却是 \(reviewYear) 年的：应当用 \(planYear + 1) 年的报告。 The plan is for \(planYear) but the review report is for \(reviewYear); the report of \(planYear + 1) reviews it."
            )
        }
        if let a = plan.meta.jurisdiction, let b = review.meta.jurisdiction, a != b {
            warnings.append("两份报告不是同一地方的（\(a)、\(b)）。 The reports are from different places (\(a), \(b)).")
        }
        // Each verdict with where it is listed: a task after the targets it holds, so that a
        // target's own verdict comes first (`新增高新技术企业3家、科技型中小企业30家`: both targets,
        // then the task).
        var listed: [(verdict: Verdict, position: Int, rank: Int)] = []
        var quantityVerdicts: [Int: Verdict] = [:]
        // `城乡居民收入分别增长6%和7%`: each figure's place in a run of one subject's figures.
        var runPositions = [Int](repeating: 0, count: plan.quantities.count)
        for (index, quantity) in plan.quantities.enumerated() where index > 0 {
            if isRun(plan.quantities[index - 1], quantity) { runPositions[index] = runPositions[index - 1] + 1 }
        }
        for (index, quantity) in plan.quantities.enumerated() where quantity.kind == .target {
            // The coming year's plan, not the five-year one (judged by the review of the term's last year).
            guard planOutline.partKind(at: quantity.start) == .yearPlan else { continue }
            let inRun = runPositions[index] > 0 || index + 1 < runPositions.count && runPositions[index + 1] > 0
            let verdict = judge(
                quantity, plan: plan.normalizedScalars, review, runPosition: inRun ? runPositions[index] : nil)
            quantityVerdicts[index] = verdict
            listed.append((verdict, quantity.start, 0))
        }
        var previous: PlanTask?
        for task in plan.tasks where task.horizon == .year {
            defer { previous = task }
            let span = TextSpan(start: task.start, end: task.end, quote: task.text)
            let target = VerdictTarget(kind: .task, span: span, section: task.section, vague: task.vague)
            let held = task.quantities.filter { quantityVerdicts[$0] != nil }
            let position = held.map { plan.quantities[$0].start }.max().map { max($0, task.start) } ?? task.start
            // A task that holds a target takes that target's verdict when its figure settled it; the
            // count of works rather than the money put in (`实施总投资11.35亿元的16个城市建设项目`).
            // The size of a work's investment (`投资6.5亿元的…项目建成投产`) describes the work; the
            // clause commits to the work, judged by its words.
            let settledTargets = held.filter { !describesInvestment(plan.quantities[$0]) }
                .compactMap { quantityVerdicts[$0] }.filter { $0.actual != nil }
            if let settled = settledTargets.first(where: { $0.actual?.unit != "元" }) ?? settledTargets.first {
                let verdict = Verdict(
                    target: target, outcome: settled.outcome, actual: settled.actual, evidence: settled.evidence)
                listed.append((verdict, position, 1))
            } else {
                var topic = TopicBigrams(task.text)
                // `加快博文路三期道路建设进度，确保年内竣工通车`: a clause of verbs alone is about the
                // work of the clause before it.
                if let previous, previous.end + 1 == task.start, isSubjectless(task.text) {
                    topic.formUnion(TopicBigrams(previous.text))
                }
                var verdict = judgeByText(target, topic: topic, review)
                // `清西陵景区围绕5A标准，…，确保实现5A景区挂牌`: a sentence that opens with a named work
                // is about it to its end. A clause the review is silent on is looked for in a review
                // clause that names the work and shares something with the clause (`清西陵升级为国家5A级景区`).
                if verdict.outcome == .silent, let name = sentenceSubject(before: task.start, plan.normalizedScalars),
                    let index = review.clauses(sharing: name.pairs).first(where: { index in
                        let pairs = review.clauses[index].topic.pairs
                        return name.pairs.isSubset(of: pairs) && !pairs.isDisjoint(with: topic.pairs.subtracting(name.pairs))
                    })
                {
                    let clause = review.clauses[index]
                    verdict = Verdict(
                        target: target, outcome: outcome(of: clause, review), actual: nil, evidence: review.quote(clause.range))
                }
                listed.append((verdict, position, 1))
            }
        }
        listed.sort { ($0.position, $0.rank) < ($1.position, $1.rank) }
        let verdicts = listed.map(\.verdict)
        return PairVerdicts(
            plan: plan, reviewMeta: review.meta, reviewText: review.text,
            reviewParts: review.titles, verdicts: verdicts, warnings: warnings)
    }

    /// The name of the work a sentence opens with, before the clause at `offset` (`清西陵` of
    /// `清西陵景区围绕5A标准，…`): a name ending in a kind of work, then a framing word; not when the
    /// clause opens the sentence. Two pairs of characters at least, without the kind.
    static func sentenceSubject(before offset: Int, _ text: [Unicode.Scalar]) -> TopicBigrams? {
        var start = offset
        while start > 0, !sentenceEnds.contains(text[start - 1]) { start -= 1 }
        guard start < offset, let comma = text[start..<offset].firstIndex(of: "，") else { return nil }
        // The name runs to a framing word (`围绕`, `按照`, `以`…) or the first comma.
        var end = start + 2
        while end < comma, TaskWords.framing.match(text, at: end, limit: comma) == nil { end += 1 }
        guard end - start <= 12, let kind = TaskWords.works.longestEnding(text, start..<end), end - start > kind,
            Actions.verbs.match(text, at: start, limit: end) == nil, TaskVerbs.general.match(text, at: start, limit: end) == nil
        else { return nil }
        let name = TopicBigrams(text, start..<(end - kind))
        return name.count >= 2 ? name : nil
    }

    private static let sentenceEnds = ScalarSet("。！？!?；;\n")

    /// Whether a quantity gives the investment of the work it names (`投资6.5亿元的巨力…项目`).
    static func describesInvestment(_ quantity: Quantity) -> Bool {
        quantity.unit == "元" && (quantity.action == "投资" || quantity.action == "总投资") && quantity.quote.contains("元的")
    }

    /// Whether `second` follows `first` in a run of figures of one subject (`分别增长6%和7%`).
    private static func isRun(_ first: Quantity, _ second: Quantity) -> Bool {
        first.subject == second.subject && first.unit == second.unit && second.start >= first.end
            && second.start - first.end <= 1
    }

    /// The figure at `position` in the review's run that `figure` is in, for a target at that
    /// place of a run of its own: the second target of `分别增长6%和7%` is judged by the second
    /// figure of `分别增长4%和5%`, the first by the first.
    private static func figure(_ figure: Quantity, atRunPosition position: Int?, in review: ReviewPart) -> Quantity {
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

    private static let clauseEnds = ScalarSet("，；。：！？,;:!?、\n")

    private static let investment = TopicBigrams("投资").pairs
    /// Words a bare statement of the year's investment may carry besides 投资.
    private static let investmentFrame = ["计划", "年度", "全年", "全县", "全区", "全市"].reduce(into: investment) {
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
    private static func kindOf(_ quantity: Quantity) -> String {
        let subject = Array(quantity.subject.unicodeScalars)
        guard let length = TaskWords.works.longestEnding(subject, 0..<subject.count) else { return "" }
        return String(String.UnicodeScalarView(subject.suffix(length)))
    }

    /// Verbs reviews use for a plan's (`引入项目` for `引进项目`).
    private static let sameVerbs: [UInt64: UInt64] = [TopicBigrams.pair("引", "入"): TopicBigrams.pair("引", "进")]

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

    /// A commitment judged by the clause of the review most about the same thing: done or under
    /// way as the clause says, silent when no clause is about it. A commitment that lists named
    /// works (`醇油坊二期、福润烘焙项目`) is judged by the works the review names, when it does not
    /// speak of the whole.
    static func judgeByText(
        _ target: VerdictTarget, topic: TopicBigrams, _ review: ReviewPart, counted: UInt64? = nil
    ) -> Verdict {
        let verdict = judgeByClause(target, topic: topic, review, counted: counted)
        // A work to build or move (`加快妇幼保健院迁建工程`) is not advanced by a title the place won
        // (`妇幼保健院被评为“国家级母婴友好示范医院”`); a commitment to win one is judged by it.
        if let evidence = verdict.evidence, let clause = review.clause(containing: evidence.start),
            OutcomeWords.designations.anyOccurs(in: review.scalars, clause.range)
        {
            let quote = Array(target.span.quote.unicodeScalars)
            let all = 0..<quote.count
            if Self.buildingWords.anyOccurs(in: quote, all), !Self.titleWords.anyOccurs(in: quote, all) {
                return Verdict(target: target, outcome: .silent, actual: nil, evidence: nil)
            }
        }
        return verdict
    }

    /// Words of a work to build or move.
    private static let buildingWords = WordList([
        "迁建", "新建", "改建", "扩建", "改扩建", "建设", "工程", "项目", "完工", "竣工", "开工", "建成",
    ])
    /// Words of a title to win.
    private static let titleWords = WordList([
        "争创", "创建", "创成", "申报", "申创", "评", "示范", "达标", "成为", "打造成", "入选", "获批", "认定", "挂牌",
        "命名", "称号", "晋级", "列入",
    ])

    private static func judgeByClause(
        _ target: VerdictTarget, topic: TopicBigrams, _ review: ReviewPart, counted: UInt64?
    ) -> Verdict {
        let works = NamedWorks(target.span.quote)
        // A list's ordinals are its items' (`职教中心、保定第七医院等过街天桥`): each item keeps its own.
        let ordinals = works.items.isEmpty ? WorkOrdinals(target.span.quote) : WorkOrdinals("")
        if let clause = bestClause(for: topic, in: review, ordinals: ordinals),
            counted.map({ clause.topic.pairs.contains($0) }) ?? true
        {
            var judged = outcome(of: clause, review)
            // A commitment to start a work (`启动兴隆街北延建设`) is kept when the review has it under
            // way (`实施了兴隆街北延…工程`); not when only its preparation began (`启动…征迁`).
            if judged == .progress, commitsToStart(target.span.quote),
                OutcomeWords.begun.anyOccurs(in: review.scalars, clause.range),
                !OutcomeWords.preparation.anyOccurs(in: review.scalars, clause.range)
            {
                judged = .done
            }
            // A commitment to a change (`确保地下水位持续回升`) is kept when the review reports the
            // change (`地下水位回升幅度稳居全省前列`, `大气质量持续好转`).
            if judged == .progress, commitsToChange(target.span.quote), reportsChange(clause, review) { judged = .done }
            // An examination to pass (`确保顺利通过…督导评估`) is passed when the review says so
            // (`顺利通过…评估认定`); a step passed on the way to a title (`创建通过规划评审`) is not the title.
            let quote = Array(target.span.quote.unicodeScalars)
            if judged == .progress, passesExamination(quote, 0..<quote.count),
                passesExamination(review.scalars, clause.range)
            {
                judged = .done
            }
            // A named campaign or event to carry out (`继续开展“绿满徐水”行动`) is carried out when the
            // review says it was (`开展“绿满徐水”行动`).
            if judged == .progress, let name = deliveredName(target.span.quote),
                review.scalars[clause.range].contains(name)
            {
                judged = .done
            }
            return Verdict(target: target, outcome: judged, actual: nil, evidence: review.quote(clause.range))
        }
        // `启动瀑河、萍河、漕河三条河流深入治理` ↔ `加强漕河、瀑河、萍河河道及沿岸排查`: short names
        // found all together.
        if !works.leadingPairs.isEmpty,
            let index = review.clauses(sharing: works.leadingPairs.prefix(1)).first(where: { index in
                works.leadingPairs.allSatisfy(review.clauses[index].topic.pairs.contains)
            })
        {
            let clause = review.clauses[index]
            return Verdict(
                target: target, outcome: outcome(of: clause, review), actual: nil, evidence: review.quote(clause.range))
        }
        let found = works.items.map { bestClause(forName: $0, in: review, ordinals: $0.ordinals) }
        guard let first = found.compactMap({ $0 }).first else {
            if works.items.isEmpty,
                let clause = bestClause(forHead: target.span.quote, in: review, ordinals: ordinals)
                    ?? bestClause(forShortened: target.span.quote, in: review, ordinals: ordinals)
                    ?? bestClause(forNamed: target.span.quote, in: review, ordinals: ordinals)
            {
                return Verdict(
                    target: target, outcome: outcome(of: clause, review), actual: nil, evidence: review.quote(clause.range))
            }
            return Verdict(target: target, outcome: .silent, actual: nil, evidence: nil)
        }
        let outcomes = found.compactMap { $0.map { outcome(of: $0, review) } }
        // Every work named done (or the ones of an open list, `…等项目`) is done; some of them, under way.
        let allSpoken = outcomes.count == works.items.count || works.isOpen
        let judged: VerdictOutcome = allSpoken && outcomes.allSatisfy { $0 == .done } ? .done : .progress
        return Verdict(target: target, outcome: judged, actual: nil, evidence: review.quote(first.range))
    }

    /// Whether a commitment names no work of its own: a purpose, adverbs and times, then result
    /// verbs only (`确保年内竣工通车`, `力争年底前建成投用`).
    static func isSubjectless(_ quote: String) -> Bool {
        let scalars = Array(quote.unicodeScalars)
        var cursor = TaskWords.purposes.match(scalars, at: 0, limit: scalars.count)?.length ?? 0
        cursor = TaskWords.skipAdverbs(scalars, from: cursor, limit: scalars.count)
        guard cursor < scalars.count else { return false }
        while cursor < scalars.count {
            guard let length = TaskWords.resultVerbs.longestMatch(scalars, at: cursor, limit: scalars.count) else {
                return false
            }
            cursor += length
        }
        return true
    }

    /// Whether a commitment is to a measurable change or standing (`确保空气质量持续改善`).
    static func commitsToChange(_ quote: String) -> Bool {
        let scalars = Array(quote.unicodeScalars)
        return TaskWords.commitsToChange(scalars, 0..<scalars.count, from: 0)
    }

    /// Whether a clause reports a change or standing reached, without a negation.
    private static func reportsChange(_ clause: ReviewPart.Clause, _ review: ReviewPart) -> Bool {
        (TaskWords.changes.anyOccurs(in: review.scalars, clause.range) || changeWords.anyOccurs(in: review.scalars, clause.range))
            && !OutcomeWords.negations.anyOccurs(in: review.scalars, clause.range)
    }

    /// Words of a change reached besides the endings commitments use (`跃升`, `稳居`).
    private static let changeWords = WordList(["跃升", "稳居", "位居", "位列", "保持", "好转"])

    /// Whether a commitment's verb starts a work (`投资8000万元启动兴隆街北延建设`, `年内开工建设…`):
    /// after adverbs and the money put in, a start verb.
    /// The quoted name of the campaign or event a commitment delivers (`开展“绿满徐水”行动` →
    /// `“绿满徐水”行动`), if it opens with a verb of delivery and names one.
    static func deliveredName(_ quote: String) -> [Unicode.Scalar]? {
        let scalars = Array(quote.unicodeScalars)
        let cursor = TaskWords.skipAdverbs(scalars, from: 0, limit: scalars.count)
        guard let verb = TaskWords.deliveryVerbs.match(scalars, at: cursor, limit: scalars.count),
            let open = scalars[(cursor + verb.length)...].firstIndex(of: "“"),
            let close = scalars[open...].firstIndex(of: "”"), close - open > 2,
            TaskWords.events.anyEnds(scalars, cursor..<scalars.count)
        else { return nil }
        return Array(scalars[open..<scalars.count])
    }

    static func commitsToStart(_ quote: String) -> Bool {
        let scalars = Array(quote.unicodeScalars)
        var cursor = TaskWords.skipAdverbs(scalars, from: 0, limit: scalars.count)
        if scalars.hasPrefix(invest, in: cursor..<scalars.count) {
            var end = cursor + invest.count
            while end < scalars.count, !scalars[end].isHan || ChineseNumeral.multiplier(scalars[end]) != nil { end += 1 }
            if end < scalars.count, scalars[end] == "元" { cursor = end + 1 }
        }
        return OutcomeWords.startVerbs.anyStarts(scalars, cursor..<scalars.count)
    }

    private static let invest = Array("投资".unicodeScalars)

    /// What a clause says became of the work it is about.
    static func outcome(of clause: ReviewPart.Clause, _ review: ReviewPart) -> VerdictOutcome {
        // The done word is in the clause, or in a short clause after it that has no subject of
        // its own (`…二期工程，已于6月建成投用`); a longer next clause is about another work.
        let next = review.clause(after: clause)
        let doneNext = next.map { $0.range.count <= 8 && saysDone($0.range, review) } ?? false
        guard saysDone(clause.range, review) || doneNext else { return .progress }
        // Done in part and begun in the rest (`中央层面基本完成，地方层面有序展开`, `一期建成，二期开工`),
        // or done to a share (`完成路基工程60%`).
        if OutcomeWords.started.anyOccurs(in: review.scalars, clause.range)
            || startsTheRest(after: clause, review)
            || review.figures.contains(where: { $0.unit == "%" && $0.value < 100 && clause.range.contains($0.start) })
        {
            return .progress
        }
        return .done
    }

    /// Whether a later clause of the sentence says the rest of the same work has begun: with no
    /// name of its own or only a phase (`部分投入使用`, `一期建成，二期开工`), or in parallel with it
    /// (`县级层面基本完成，乡镇层面有序展开`); not one that names another work (`容固路开工建设`).
    private static func startsTheRest(after clause: ReviewPart.Clause, _ review: ReviewPart) -> Bool {
        var current = clause
        while let next = review.clause(after: current) {
            if let start = next.range.first(where: {
                OutcomeWords.started.longestMatch(review.scalars, at: $0, limit: next.range.upperBound) != nil
            }) {
                let before = next.range.lowerBound..<start
                // No name of its own: nothing before the word but verbs (`完成主体工程`).
                if TopicBigrams(review.scalars, before).isEmpty || review.scalars[start - 1] == "期"
                    || restOfWork.longestMatch(review.scalars, at: before.lowerBound, limit: start) == before.count
                    || !next.topic.pairs.subtracting(workKindPairs).isDisjoint(with: clause.topic.pairs)
                {
                    return true
                }
            }
            current = next
        }
        return false
    }

    /// The pairs of the kinds of work (`工程`, `项目`): two clauses that share only a kind name no
    /// work in common (`…实训楼工程完工，西北外环…工程正在建设中`).
    private static let workKindPairs = TaskWords.works.words.reduce(into: Set<UInt64>()) {
        $0.formUnion(TopicBigrams($1, 0..<$1.count).pairs)
    }

    /// Words that name the rest of a work already named (`其余`, `后续工程`).
    private static let restOfWork = WordList(["其余", "其他", "其它", "剩余", "后续", "后续工程", "其余工程"])

    /// The clause that names a work: the start of its name, three characters or more and most
    /// of the name (`醇油坊` of `醇油坊二期`, `照旺台` of `照旺台片区`), or five characters of it
    /// anywhere; with a pair of characters rare in the review (not a word every clause uses). A
    /// shared ending alone is a kind of work, not the work (`迎晖街南延` and `泰元街南延`).
    static func bestClause(
        forName name: NamedWorks.Item, in review: ReviewPart, ordinals: WorkOrdinals = WorkOrdinals("")
    ) -> ReviewPart.Clause? {
        let characters = name.count + name.runs.count
        guard name.count >= 2 else { return nil }
        var best: (clause: ReviewPart.Clause, shared: Int)?
        for index in review.clauses(sharing: name.runs.joined()) {
            let clause = review.clauses[index]
            guard ordinals.allow(clause, in: review) else { continue }
            var longest = 0
            for run in name.runs {
                var length = 0
                var rare = false
                for (index, pair) in run.enumerated() {
                    guard clause.topic.pairs.contains(pair) else {
                        (length, rare) = (0, false)
                        continue
                    }
                    length += 1
                    if (review.clauseCounts[pair] ?? 0) <= 3 { rare = true }
                    let fromStart = length == index + 1
                    guard rare, length >= 4 || (fromStart && Double(length + 1) >= 0.6 * Double(characters)),
                        length > longest
                    else { continue }
                    // A kind of work alone (`幼儿园` of `公办幼儿园`) names no work.
                    if length <= Self.longestKind, Self.kindRuns.contains(Array(run[(index + 1 - length)...index])) {
                        continue
                    }
                    longest = length
                }
                longest = max(longest, shortenedLength(of: run, in: clause, review))
            }
            guard longest >= 2 else { continue }
            if best == nil || longest > best!.shared { best = (clause, longest) }
        }
        return best?.clause
    }

    /// The clause that names the head of a commitment's last name, when the review leaves out
    /// the words in front of it (`农村生活水源江水置换工程` ↔ `江水置换工程惠及28万人口`): the
    /// longest ending of five characters or more that one clause holds whole, with a pair of
    /// characters rare in the review.
    static func bestClause(
        forHead quote: String, in review: ReviewPart, ordinals: WorkOrdinals = WorkOrdinals("")
    ) -> ReviewPart.Clause? {
        let scalars = Array(quote.unicodeScalars)
        guard TaskWords.works.anyEnds(scalars, 0..<scalars.count),
            let run = TopicBigrams.runs(scalars, 0..<scalars.count).last, run.count >= headPairs
        else { return nil }
        for start in 0...(run.count - headPairs) {
            let head = Array(run[start...])
            guard head.contains(where: { (review.clauseCounts[$0] ?? 0) <= 2 }) else { continue }
            let holding = review.clauses(sharing: head).map { review.clauses[$0] }.filter {
                head.allSatisfy($0.topic.pairs.contains) && ordinals.allow($0, in: review)
            }
            if let clause = holding.first { return clause }
        }
        return nil
    }

    /// The pairs of the kinds of work, each spelled alone (`幼儿园` → 幼儿, 儿园).
    private static let longestKind = kindRuns.map(\.count).max() ?? 0
    private static let kindRuns = Set(TaskWords.works.words.map { TopicBigrams.runs($0, 0..<$0.count).joined() }.map(Array.init))

    /// The clause that writes a commitment's name shortened, its start kept and a middle word
    /// dropped (`棚改集中安置项目` ↔ `棚改安置稳步推进`): three pairs or more spelled so, one of
    /// them rare in the review, the start no level of government; for a commitment that ends in
    /// a kind of work (a policy clause, `依法化解行政争议`, has no name to shorten).
    static func bestClause(
        forShortened quote: String, in review: ReviewPart, ordinals: WorkOrdinals = WorkOrdinals("")
    ) -> ReviewPart.Clause? {
        let scalars = Array(quote.unicodeScalars)
        guard TaskWords.works.anyEnds(scalars, 0..<scalars.count) else { return nil }
        var best: (clause: ReviewPart.Clause, length: Int)?
        // A level kept in front (`省级…`) names no work.
        for run in TopicBigrams.runs(scalars, 0..<scalars.count) where run.count >= 3 && !FigureMatch.levels.contains(run[0]) {
            for index in review.clauses(sharing: run.prefix(1)) {
                let clause = review.clauses[index]
                guard ordinals.allow(clause, in: review) else { continue }
                let length = shortenedLength(of: run, in: clause, review)
                if length >= 3, length > (best?.length ?? 0) { best = (clause, length) }
            }
        }
        return best?.clause
    }

    /// The clause that holds a work's whole name without its kind (`县医院分院` of
    /// `县医院分院项目整体完工`): the name is the commitment's last run up to a kind of work followed
    /// only by result words; four pairs or more, one of them rare in the review.
    static func bestClause(
        forNamed quote: String, in review: ReviewPart, ordinals: WorkOrdinals = WorkOrdinals("")
    ) -> ReviewPart.Clause? {
        let scalars = Array(quote.unicodeScalars)
        // Result words after the name (`整体完工`, `年内建成投用`) say what becomes of it.
        var end = scalars.count
        while end > 0,
            let length = TaskWords.resultVerbs.longestEnding(scalars, 0..<end)
                ?? trailingWords.longestEnding(scalars, 0..<end)
        {
            end -= length
        }
        guard let kind = TaskWords.works.longestEnding(scalars, 0..<end), kind < end else { return nil }
        let name = 0..<(end - kind)
        guard let run = TopicBigrams.runs(scalars, name).last, run.count >= headPairs,
            run.contains(where: { (review.clauseCounts[$0] ?? 0) <= 2 })
        else { return nil }
        for index in review.clauses(sharing: run.prefix(1)) {
            let clause = review.clauses[index]
            if run.allSatisfy(clause.topic.pairs.contains), ordinals.allow(clause, in: review) { return clause }
        }
        return nil
    }

    /// Words between a work's name and its result (`整体`, `全面`, `年内`).
    private static let trailingWords = WordList(["整体", "全面", "全部", "年内", "年底前", "年底", "如期", "按期", "主体"])

    /// A head is four pairs (five characters) or more: `重大工程`, `置换工程` alone name a kind of work.
    static let headPairs = 4

    /// How many pairs of a name a clause holds when it writes the name shortened, its start kept
    /// and a middle word dropped (`荣乌新线` for `荣乌高速新线一期`): the start, the pair that joins
    /// it to the rest, and two characters or more of the rest; 0 when it does not.
    static func shortenedLength(of run: [UInt64], in clause: ReviewPart.Clause, _ review: ReviewPart) -> Int {
        let pairs = clause.topic.pairs
        var start = 0
        while start < run.count, pairs.contains(run[start]) { start += 1 }
        // run[0..<start] spell the kept start; its last character is the second of run[start - 1].
        guard start >= 1, start + 1 < run.count else { return 0 }
        let last = run[start - 1] & 0xFFFF_FFFF
        for resume in (start + 1)..<run.count where pairs.contains(run[resume]) {
            let joint = last << 32 | run[resume] >> 32
            guard pairs.contains(joint) else { continue }
            var rest = 0
            while resume + rest < run.count, pairs.contains(run[resume + rest]) { rest += 1 }
            let spelled = run[0..<start] + [joint] + run[resume..<(resume + rest)]
            guard spelled.contains(where: { (review.clauseCounts[$0] ?? 0) <= 3 }) else { continue }
            return spelled.count
        }
        return 0
    }

    static func bestClause(
        for topic: TopicBigrams, in review: ReviewPart, ordinals: WorkOrdinals = WorkOrdinals("")
    ) -> ReviewPart.Clause? {
        guard topic.count >= 2 else { return nil }
        let weights = topic.pairs.map { pair in (pair, 1 / Double(max(1, review.clauseCounts[pair] ?? 0))) }
        let total = weights.reduce(0) { $0 + $1.1 }
        var best: (clause: ReviewPart.Clause, score: Double, focus: Double)?
        for index in review.clauses(sharing: topic.pairs) {
            let clause = review.clauses[index]
            guard ordinals.allow(clause, in: review) else { continue }
            var shared = 0
            var score = 0.0
            for (pair, weight) in weights where clause.topic.pairs.contains(pair) {
                shared += 1
                score += weight
            }
            score /= total
            guard shared >= 2, score >= clauseMatch else { continue }
            // Of clauses that share as much, the one most about it: the fewest other things named.
            let focus = Double(shared) / Double(max(1, clause.topic.count))
            if best == nil || score > best!.score + 1e-9 || (abs(score - best!.score) <= 1e-9 && focus > best!.focus) {
                best = (clause, score, focus)
            }
        }
        return best?.clause
    }

    /// Whether the text says the work was done, without a negation in front.
    private static func saysDone(_ range: Range<Int>, _ review: ReviewPart) -> Bool {
        // A done word that only says money was spent (`累计完成投资2亿元`) does not count.
        let spent = OutcomeWords.spending.anyOccurs(in: review.scalars, range)
        let done = OutcomeWords.done.anyOccurrence(in: review.scalars, range) { start, _ in
            !spent || !OutcomeWords.spending.anyStarts(review.scalars, start..<range.upperBound)
        }
        guard done else { return false }
        return !OutcomeWords.negations.anyOccurs(in: review.scalars, range)
    }

    /// Whether `text[range]` says an examination is passed (`顺利通过国家义务教育均衡发展评估认定`).
    static func passesExamination(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard let passed = range.first(where: { text.has(OutcomeWords.passed, at: $0) }) else { return false }
        return OutcomeWords.examinations.anyOccurs(in: text, min(passed + 2, range.upperBound)..<range.upperBound)
    }
}
