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
        return TaskWords.examinations.anyOccurs(in: text, min(passed + 2, range.upperBound)..<range.upperBound)
    }
}
