/// Splits the plan parts of a report into commitments: each clause that commits to a piece
/// of work becomes a task; framing, principles, purposes and lead phrases do not.
enum TaskSegmenter {
    private static let sentenceEnds = ScalarSet("。！？!?")
    private static let clauseEnds = ScalarSet("，；：,;:")
    static func segment(_ text: [Unicode.Scalar], outline: Outline, quantities: [Quantity]) -> [PlanTask] {
        var tasks: [PlanTask] = []
        var firstQuantity = 0  // quantities are in text order, and so are paragraphs
        for paragraph in outline.paragraphs {
            guard let range = paragraph.textRange else { continue }
            while firstQuantity < quantities.count, quantities[firstQuantity].end <= range.lowerBound { firstQuantity += 1 }
            guard let kind = paragraph.partKind, kind != .review else { continue }
            var local: [(index: Int, range: Range<Int>)] = []
            var next = firstQuantity
            while next < quantities.count, quantities[next].start < range.upperBound {
                if quantities[next].kind == .target { local.append((next, quantities[next].start..<quantities[next].end)) }
                next += 1
            }
            let horizon: Horizon = kind == .termPlan ? .term : .year
            var firstLocal = 0  // clauses come in text order too
            let paragraphClauses = clauses(text, in: range)
            for (position, clause) in paragraphClauses.enumerated() {
                if position + 1 < paragraphClauses.count,
                    introducesRequirement(text, clause, before: paragraphClauses[position + 1])
                {
                    continue
                }
                // `（1）易保线大修工程（2）渭保线大修工程`: each item of a numbered list run into the
                // clause is a work of its own, named without a verb.
                let numbered = ListMarker.inlineItems(text, in: clause.range)
                for piece in numbered ?? split(text, clause) {
                    while firstLocal < local.count, local[firstLocal].range.upperBound <= piece.lowerBound { firstLocal += 1 }
                    var overlapping: [(index: Int, range: Range<Int>)] = []
                    var candidate = firstLocal
                    while candidate < local.count, local[candidate].range.lowerBound < piece.upperBound {
                        if local[candidate].range.overlaps(piece) { overlapping.append(local[candidate]) }
                        candidate += 1
                    }
                    guard
                        let task = task(text, piece, quantities: overlapping)
                            ?? (numbered != nil ? namedItem(text, piece, quantities: overlapping) : nil)
                    else { continue }
                    let start = ListMarker.skip(text, in: piece)
                    tasks.append(
                        PlanTask(
                            section: paragraph.sectionID, horizon: horizon, vague: task.vague,
                            text: RecordText(text, start..<piece.upperBound), quantities: task.quantities, start: start,
                            end: piece.upperBound))
                }
            }
        }
        return tasks
    }

    /// A clause and how it ends.
    struct Clause {
        var range: Range<Int>
        var terminator: Unicode.Scalar?
        /// The first sentence of its paragraph.
        var opensParagraph: Bool
        /// The only clause of its sentence.
        var isWholeSentence: Bool
        /// More text follows in the paragraph.
        var paragraphContinues = true
    }

    /// Clauses run between `，；：。！？`; quotes and brackets are not split.
    static func clauses(_ text: [Unicode.Scalar], in range: Range<Int>) -> [Clause] {
        var result: [Clause] = []
        var start = range.lowerBound
        var depth = 0
        var inQuote = false
        var sentenceIndex = 0
        var clausesInSentence: [Int] = []
        for index in range {
            let scalar = text[index]
            if scalar.value >= 0x3400 && scalar.value < 0xA000 { continue }  // an ideograph: most of the text
            switch scalar {
            case "\"": inQuote.toggle()
            case "（", "(", "《", "“": depth += 1
            case "）", ")", "》", "”": depth = max(0, depth - 1)
            default: break
            }
            guard !inQuote, depth == 0 else { continue }
            let endsSentence = sentenceEnds.contains(scalar)
            guard endsSentence || clauseEnds.contains(scalar) else { continue }
            if start < index {
                clausesInSentence.append(result.count)
                result.append(
                    Clause(range: start..<index, terminator: scalar, opensParagraph: sentenceIndex == 0, isWholeSentence: false))
            }
            start = index + 1
            if endsSentence {
                if clausesInSentence.count == 1 { result[clausesInSentence[0]].isWholeSentence = true }
                clausesInSentence.removeAll()
                sentenceIndex += 1
            }
        }
        if start < range.upperBound {
            result.append(
                Clause(
                    range: start..<range.upperBound, terminator: nil, opensParagraph: sentenceIndex == 0,
                    isWholeSentence: clausesInSentence.isEmpty))
        }
        if !result.isEmpty { result[result.count - 1].paragraphContinues = false }
        return result
    }

    /// Splits a clause at `、` when each item is a work of its own
    /// (`…一期开工建设、…二期投产、…示范基地投产达效`); keeps it whole otherwise.
    static func split(_ text: [Unicode.Scalar], _ clause: Clause) -> [Range<Int>] {
        let range = clause.range
        // A lead phrase (`做精现代农业。`) opens a paragraph and names the theme of what follows.
        // A short sentence that commits to concrete work (`力争完成蒙昆烟草储备库主体工程。`) is a task
        // even where a page break made it open a paragraph.
        if clause.opensParagraph, clause.isWholeSentence, clause.paragraphContinues, clause.terminator == "。",
            range.count <= 16, !isConcrete(text, range)
        {
            return []
        }
        // A clause that introduces a list (`主要预期目标是：`) is not itself a task.
        if clause.terminator == "：" || clause.terminator == ":" { return [] }
        var items: [Range<Int>] = []
        var start = range.lowerBound
        var inQuote = false
        for index in range {
            let scalar = text[index]
            if scalar.value >= 0x3400 && scalar.value < 0xA000 { continue }  // an ideograph: most of the text
            if scalar == "\"" || scalar == "“" || scalar == "”" { inQuote.toggle() }
            if scalar == "、", !inQuote {
                items.append(start..<index)
                start = index + 1
            }
        }
        guard !items.isEmpty else { return [range] }
        items.append(start..<range.upperBound)
        if items.allSatisfy({ TaskWords.resultVerbs.anyEnds(text, $0) }) { return items }
        return [range]
    }

    /// `做好今年政府工作，要…`: a clause followed, in the same sentence, by one that opens with
    /// 要 / 必须 is the topic of the requirement, not a commitment of its own.
    private static func introducesRequirement(_ text: [Unicode.Scalar], _ clause: Clause, before next: Clause) -> Bool {
        guard clause.terminator == "，" || clause.terminator == ",", clause.range.count <= 20 else { return false }
        guard let opening = TaskWords.requirementOpenings.match(text, at: next.range.lowerBound, limit: next.range.upperBound)
        else {
            return false
        }
        // `要` opens a requirement only when a verb follows (`要在…`, `要坚持…`), not in `要素`, nor a
        // purpose (`要让…更绿更美`).
        let after = next.range.lowerBound + opening.length
        return after < next.range.upperBound && !"素求件点闻让使".unicodeScalars.contains(text[after])
    }

    /// Opens with a verb of concrete work, after any adverbs (`力争完成…`), or holds a number.
    private static func isConcrete(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var cursor = ListMarker.skip(text, in: range)
        let words = cursor..<range.upperBound
        cursor = TaskWords.skipAdverbs(text, from: cursor, limit: range.upperBound)
        return TaskWords.concreteVerbs.match(text, at: cursor, limit: range.upperBound) != nil
            || text[words].contains { NumberReader.digitValue($0) != nil }
    }

    /// Decides whether a clause is a task, given the target quantities that overlap it;
    /// returns its vagueness and those quantities' indexes.
    static func task(
        _ text: [Unicode.Scalar], _ range: Range<Int>, quantities: [(index: Int, range: Range<Int>)]
    ) -> (vague: Bool, quantities: [Int])? {
        // A glossary note at the end (`…“十百千万”工程[14]`) is no part of the work.
        let range = range.lowerBound..<withoutNote(text, range)
        var cursor = TimeExpression.skip(text, from: ListMarker.skip(text, in: range), to: range.upperBound)
        let inside = quantities.map(\.index)
        // Framing, principles and results (`以…为抓手`, `坚持…`, `推动管理更加精准有效`) commit to
        // nothing unless they carry a target (`确保集中供水率达到100%`).
        // `确保地铁3号线一期建成通车`: a purpose word in front of a concrete result commits to it.
        if let purpose = TaskWords.purposes.match(text, at: cursor, limit: range.upperBound),
            TaskWords.resultVerbs.anyEnds(text, range)
                || TaskWords.concreteVerbs.match(text, at: cursor + purpose.length, limit: range.upperBound) != nil
        {
            cursor += purpose.length
        }
        // `与西部控股合作打造…项目`: a partner named in front, then the work.
        if let partnered = TaskWords.partnership(text, in: range, from: cursor) { cursor = partnered }
        // `在城区核心区域谋划建设…`: a place after 在 says where the work is done, not why.
        if cursor + 1 < range.upperBound, text[cursor] == "在",
            let verb = TaskWords.scopeInFront(text, from: cursor + 1, limit: range.upperBound, afterAt: true)
        {
            cursor = verb
        }
        let passes = passesExamination(text, range, from: cursor)
        if inside.isEmpty, !passes {
            // `确保空气质量持续好转`, `确保年内跃升至全省A类`: a purpose that names a measurable change
            // or standing commits to it, though its size is a judgement (vague).
            if TaskWords.commitsToChange(text, range, from: cursor) { return (true, inside) }
            if isFraming(text, at: cursor, limit: range.upperBound) { return nil }
            cursor = TaskWords.skipAdverbs(text, from: cursor, limit: range.upperBound)
            if isFraming(text, at: cursor, limit: range.upperBound) { return nil }
            if TaskWords.abstractEndings.anyEnds(text, range) || TaskWords.statesResult(text, range) {
                return nil
            }
        }
        if !opensWithVerb(text, at: cursor, limit: range.upperBound),
            let verb = TaskWords.scopeInFront(text, from: cursor, limit: range.upperBound)
        {
            cursor = verb
        }
        // A verb of speed in front of a concrete one (`加快完成老城拆迁扫尾`, `加快建成…`) drives it.
        let driven = TaskWords.drivers.match(text, at: cursor, limit: range.upperBound).map { cursor + $0.length }
        let concrete =
            TaskWords.concreteVerbs.match(text, at: cursor, limit: range.upperBound) != nil
            || driven.map { TaskWords.concreteVerbs.match(text, at: $0, limit: range.upperBound) != nil } == true
        let startsWithVerb =
            concrete || passes
            || Actions.verbs.match(text, at: cursor, limit: range.upperBound).map { $0.length >= 2 } == true
            || TaskVerbs.general.match(text, at: cursor, limit: range.upperBound) != nil
        // A named work and its result (`蒙萃源四系生态农业示范基地投产达效`).
        let endsWithResult = range.count >= 6 && TaskWords.resultVerbs.anyEnds(text, range)
        guard startsWithVerb || endsWithResult || !inside.isEmpty else { return nil }
        // Checkable: a number to reach, a work started, finished or opened, a designation to win
        // (`将…培育成为"小巨人"企业`, `争创国家级…`), full coverage; the rest is a policy clause
        // the office must make checkable.
        let namedEvent =
            TaskWords.deliveryVerbs.match(text, at: cursor, limit: range.upperBound) != nil
            && (text[range].contains { $0 == "\"" || $0 == "“" || $0 == "《" } || TaskWords.events.anyEnds(text, range))
        let finished =
            endsWithResult
            && (!TaskWords.ongoingEndings.anyEnds(text, range) || TaskWords.startedWorks.anyEnds(text, range))
        let vague =
            inside.isEmpty && !concrete && !finished && !namedEvent && !passes
            && !TaskWords.checkableOutcomes.anyOccurs(in: text, range)
            && !namesWork(text, range, objectFrom: cursor) && !namesDocument(text, range)
            && !namesListedProjects(text, range)
        return (vague, inside)
    }

    /// An item of a numbered list that names a work (`新城公园一期工程`): a task, concrete.
    private static func namedItem(
        _ text: [Unicode.Scalar], _ range: Range<Int>, quantities: [(index: Int, range: Range<Int>)]
    ) -> (vague: Bool, quantities: [Int])? {
        let body = ListMarker.skip(text, in: range)..<range.upperBound
        guard body.count >= 4, TaskWords.works.anyOccurs(in: text, body) else { return nil }
        return (false, quantities.map(\.index))
    }

    /// Whether the clause is an examination to pass (`确保年内顺利通过中期考核`), not `通过` as
    /// `by means of`.
    private static func passesExamination(_ text: [Unicode.Scalar], _ range: Range<Int>, from cursor: Int) -> Bool {
        // (The ending first: one look at the last character turns away almost every clause.)
        guard TaskWords.examinations.anyEnds(text, range) else { return false }
        var examStart = cursor
        if let purpose = TaskWords.purposes.match(text, at: examStart, limit: range.upperBound) {
            examStart += purpose.length
        }
        examStart = TaskWords.skipAdverbs(text, from: examStart, limit: range.upperBound)
        return TaskWords.passing.match(text, at: examStart, limit: range.upperBound) != nil
    }

    /// Whether a framing word opens the clause at `index`, and no longer verb of work that starts
    /// with it (`对` frames, `对接` is work).
    private static func isFraming(_ text: [Unicode.Scalar], at index: Int, limit: Int) -> Bool {
        guard let framing = TaskWords.framing.match(text, at: index, limit: limit) else { return false }
        let verb = TaskVerbs.general.match(text, at: index, limit: limit)?.length ?? 0
        return framing.length >= verb
    }

    /// Whether a verb of work (or a driver of one) stands at `index`.
    private static func opensWithVerb(_ text: [Unicode.Scalar], at index: Int, limit: Int) -> Bool {
        TaskWords.concreteVerbs.match(text, at: index, limit: limit) != nil
            || TaskWords.drivers.match(text, at: index, limit: limit) != nil
            || Actions.verbs.match(text, at: index, limit: limit).map { $0.length >= 2 } == true
            || TaskVerbs.general.match(text, at: index, limit: limit) != nil
    }

    private static let noteOpens = ScalarSet("[〔【（(")
    private static let noteCloses = ScalarSet("]〕】）)")

    /// Where a clause ends without a note number in brackets at its end (`[14]`, `〔8〕`).
    static func withoutNote(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        var end = range.upperBound
        guard end - range.lowerBound > 3, noteCloses.contains(text[end - 1]) else { return end }
        end -= 1
        let digits = end
        while end > range.lowerBound, text[end - 1].isASCIIDigit { end -= 1 }
        guard end < digits, end > range.lowerBound, noteOpens.contains(text[end - 1]) else { return range.upperBound }
        return end - 1
    }

    /// Whether the clause's object is a named work (`推进保定财经职业学院建设`,
    /// `加快推进太行水镇二期项目`): a kind of work with a name of at least two characters in front
    /// of it, not a kind alone (`加快项目建设`) nor a kind qualified as a kind (`推进重点项目建设`).
    static func namesWork(_ text: [Unicode.Scalar], _ range: Range<Int>, objectFrom cursor: Int) -> Bool {
        var object = cursor
        object = TaskWords.skipAdverbs(text, from: object, limit: range.upperBound)
        var verb = TaskWords.concreteVerbs.match(text, at: object, limit: range.upperBound)?.length ?? 0
        verb = max(verb, Actions.verbs.match(text, at: object, limit: range.upperBound)?.length ?? 0)
        verb = max(verb, TaskVerbs.general.match(text, at: object, limit: range.upperBound)?.length ?? 0)
        object += verb
        guard object + 2 < range.upperBound, !text.contains(oneBatch, in: object..<range.upperBound) else { return false }
        return TaskWords.works.anyOccurrence(in: text, (object + 2)..<range.upperBound) { start, noun in
            guard !TaskWords.genericModifiers.anyEnds(text, object..<start) else { return false }
            // The named work is the clause's object: nothing but the work done to it follows, or
            // it is an item of a list of works built (`推进台峪中学、柳树底地震监测台站建设`).
            let rest = start + noun
            return rest == range.upperBound || text[rest] == "、" && TaskWords.listTails.anyEnds(text, range)
                || TaskWords.workTails.match(text, at: rest, limit: range.upperBound)?.length == range.upperBound - rest
        }
    }

    /// Whether the clause lists named projects or firms and the work done on them
    /// (`加快中科锂电、华美食品等项目建设进度`, `推动天浩制药、五合窖等重点企业扩能升级`): each can be
    /// checked; the firms' growth (`…等本地企业发展壮大`) or preparations (`…等项目前期工作`) cannot.
    static func namesListedProjects(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard text[range].contains("、") else { return false }
        return TaskWords.listedProjects.anyOccurrence(in: text, range) { start, length in
            let rest = start + length
            return text[range.lowerBound..<start].contains("、")
                && TaskWords.projectWorks.match(text, at: rest, limit: range.upperBound)?.length == range.upperBound - rest
        }
    }

    /// `一批…`: a number of works of a kind, not one named work.
    private static let oneBatch = Array("一批".unicodeScalars)

    /// Whether the clause names a document to deliver (`研究细化《…衔接规划》分类推进方案`).
    static func namesDocument(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        text[range].contains("《") && text[range].contains("》")
    }
}

/// General verbs of policy work (`深化`, `加强`, `完善`): such a clause is a task, though vague.
enum TaskVerbs {
    static let general = Lexicon(words: [
        "深化", "加强", "完善", "推进", "提升", "优化", "强化", "落实", "促进", "发展", "扩大", "建立", "健全",
        "加快", "提高", "推行", "实行", "推广", "增加", "加大", "谋划", "提供", "定期", "组织", "抓好", "做好",
        "做优", "做大", "做强", "做精", "管控", "防范", "打击", "化解", "理顺", "补齐", "解决", "整治", "治理",
        "压实", "严防", "发挥", "构建", "清理", "助力", "扶持", "支持", "鼓励", "引导", "帮助", "规范", "保护",
        "维护", "拓宽", "稳定", "调整", "巩固", "盘活", "开发", "创作", "突破", "减", "将", "搭建", "探索", "培养",
        "保障", "改善", "加快推进", "推动", "开展", "实施", "办好", "用好", "管好", "抓实", "落细", "深耕", "拓展",
        "延伸", "壮大", "招引", "招商", "申建", "争取", "争创", "力促", "确立", "夯实", "激发", "释放", "降低",
        "减少", "缩短", "简化", "精简", "取消", "下放", "整合", "统一", "联动", "共建", "共享", "普及", "宣传",
        "培训", "服务", "监管", "监测", "排查", "督导", "考核", "通报", "研究", "编制", "修订", "完成", "搞好", "转变",
        "推出", "规划实施", "规划建设", "规划布局", "布局", "招录", "进行", "评选", "对接", "攻坚",
    ])
}
