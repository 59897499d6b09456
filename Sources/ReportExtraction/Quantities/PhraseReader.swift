/// The words in front of a number, read as action and subject.
struct Phrase {
    var action: Range<Int>?
    var subject: Range<Int>?
    /// The phrase opens with its verb (`新建人行绿道`), so the subject follows the verb.
    var startsWithVerb: Bool
    /// The phrase continues a list (`、口袋公园`) and shares the action before it.
    var continuesList: Bool
}

/// Reads the action and subject of a quantity from the words around its number.
enum PhraseReader {
    private static let listJoiners = ScalarSet("、和及与")
    /// Reads `text[from..<to]`, the clause in front of a number:
    /// `新建人行绿道` (verb, subject), `农作物播种面积达到` (subject, verb),
    /// `粮食总产量` (subject), `年均增长` (verb; the subject is the previous one's).
    static func read(_ text: [Unicode.Scalar], from start: Int, to end: Int) -> Phrase {
        var lower = start
        while lower < end, ListMarker.bullets.contains(text[lower]) { lower += 1 }
        var continuesList = false
        if lower < end, listJoiners.contains(text[lower]) { continuesList = true }
        lower = skipFillers(text, from: lower, to: end)
        lower = TimeExpression.skip(text, from: lower, to: end)
        lower = skipFillers(text, from: lower, to: end)
        if lower >= end { return Phrase(action: nil, subject: nil, startsWithVerb: false, continuesList: true) }

        // Verb first: [modifiers and fillers] verb [了] subject.
        var cursor = lower
        while cursor < end {
            if let modifier = Actions.modifiers.match(text, at: cursor, limit: end), cursor + modifier.length < end {
                cursor += modifier.length
            } else if cursor > lower, let filler = Actions.fillers.match(text, at: cursor, limit: end) {
                cursor += filler.length
            } else {
                break
            }
        }
        if let verb = Actions.verbs.match(text, at: cursor, limit: end), verb.length >= 2 || cursor > lower,
            !Actions.nounsLikeVerbs.anyStarts(text, cursor..<end),
            // A verb and 率 are a rate's name (`建成率`, `覆盖率`), not an action.
            cursor + verb.length >= end || text[cursor + verb.length] != "率"
        {
            // Building verbs in a row are one action: 新建改扩建, 新建、改扩建.
            var verbEnd = cursor + verb.length
            while true {
                let next = verbEnd < end && text[verbEnd] == "、" ? verbEnd + 1 : verbEnd
                guard let more = Actions.buildingVerbs.match(text, at: next, limit: end) else { break }
                verbEnd = next + more.length
            }
            var rest = verbEnd
            if rest < end, text[rest] == "了" { rest += 1 }
            // `推动规模以上工业增加值增长7%`: the measure at the end is the quantity's action,
            // the verb in front only drives it.
            if let measure = Actions.verbs.matchEnding(text, at: end, lower: rest + 1), measure >= 2,
                Actions.measuresPreviousSubject(text, (end - measure)..<end)
            {
                return Phrase(
                    action: (end - measure)..<end, subject: trimSubject(text, rest..<(end - measure)), startsWithVerb: true,
                    continuesList: continuesList)
            }
            let action = lower..<verbEnd
            return Phrase(
                action: action, subject: trimSubject(text, rest..<end), startsWithVerb: true,
                continuesList: continuesList)
        }
        // Subject first: subject [fillers] [modifiers] verb.
        var phraseEnd = end
        if phraseEnd > lower, text[phraseEnd - 1] == "的" {
            // 民生支出占一般公共预算支出的78.4%: the subject is before 占/为.
            if let verbAt = (lower..<phraseEnd).first(where: { text[$0] == "占" || text[$0] == "为" }), verbAt > lower {
                return Phrase(
                    action: verbAt..<(verbAt + 1), subject: trimSubject(text, lower..<verbAt), startsWithVerb: false,
                    continuesList: continuesList)
            }
            phraseEnd -= 1
        }
        if let length = Actions.verbs.matchEnding(text, at: phraseEnd, lower: lower) {
            var actionStart = phraseEnd - length
            while let modifier = Actions.modifiers.matchEnding(text, at: actionStart, lower: lower),
                modifier < actionStart - lower
            {
                actionStart -= modifier
            }
            var subjectEnd = actionStart
            while let filler = Actions.fillers.matchEnding(text, at: subjectEnd, lower: lower), filler < subjectEnd - lower {
                subjectEnd -= filler
            }
            return Phrase(
                action: actionStart..<phraseEnd, subject: trimSubject(text, lower..<subjectEnd), startsWithVerb: false,
                continuesList: continuesList)
        }
        return Phrase(
            action: nil, subject: trimSubject(text, lower..<phraseEnd), startsWithVerb: false,
            continuesList: continuesList)
    }

    /// The noun phrase written after a counting word (`49个老旧小区改造` → `老旧小区`).
    static func nounAfter(_ text: [Unicode.Scalar], from start: Int) -> Range<Int> {
        var end = start
        var inQuote = false
        while end < text.count, end - start < 24 {
            let scalar = text[end]
            if scalar == "\"" || scalar == "“" || scalar == "”" {
                inQuote.toggle()
                end += 1
                continue
            }
            if inQuote {
                end += 1
                continue
            }
            // Levels of government listed one by one name one kind (`36个省、市重点项目`).
            if scalar == "、", end > start, end + 1 < text.count, Self.levels.contains(text[end - 1]),
                Self.levels.contains(text[end + 1])
            {
                end += 1
                continue
            }
            guard scalar.isHan || scalar.isASCIILetter else { break }
            // `7项省级以上农业农村领域改革`: 以上 after a level is part of it, no bound.
            if end > start, text[end - 1] == "级", text.has(Self.above, at: end) {
                end += Self.above.count
                continue
            }
            if end > start, let breaker = Actions.phraseBreakers.match(text, at: end) {
                // `16个城市建设项目` counts projects: 建设项目 is one noun. (`18个老旧小区改造工程`
                // counts the 老旧小区: the work done to them is no part of the thing.)
                let after = end + breaker.length
                guard text.has(Self.construction, at: end), after + 2 <= text.count, text.has(Self.project, at: after)
                else { break }
                end = after
                continue
            }
            if end == start, Actions.phraseBreakers.match(text, at: end) != nil { return start..<start }
            end += 1
        }
        return start..<end
    }

    private static let levels = ScalarSet("省市县区乡镇村")
    private static let above = Array("以上".unicodeScalars)
    private static let construction = Array("建设".unicodeScalars)
    private static let project = Array("项目".unicodeScalars)

    static func skipFillers(_ text: [Unicode.Scalar], from start: Int, to end: Int) -> Int {
        var cursor = start
        while cursor < end {
            // A filler that begins a longer verb (`稳定` of `稳定在`) is the verb, and a modifier
            // (`累计`, `年均`) belongs to the action that follows.
            if let filler = Actions.fillers.match(text, at: cursor, limit: end),
                (Actions.verbs.match(text, at: cursor, limit: end)?.length ?? 0) <= filler.length,
                Actions.modifiers.match(text, at: cursor, limit: end) == nil
            {
                cursor += filler.length
            } else if text[cursor] == " " || text[cursor] == "了" {
                cursor += 1
            } else {
                break
            }
        }
        return cursor
    }

    /// Drops what is not part of the counted thing: the named examples before `等`,
    /// a trailing `的`, surrounding fillers.
    private static func trimSubject(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        // `北京华联等亿元以上项目` counts 亿元以上项目; `前八里庄南路、范家营一路等` only names examples.
        if let lastEtc = (lower..<upper).last(where: { text[$0] == "等" }) {
            if lastEtc + 1 >= upper { return nil }
            lower = lastEtc + 1
        }
        // Trailing time expressions and adverbs (`粮食总产量连续5年`, `城镇就业累计`) are not the thing.
        while upper > lower {
            if text[upper - 1] == "的" || text[upper - 1] == "了" || text[upper - 1] == "、" {
                upper -= 1
            } else if let time = TimeExpression.start(endingAt: upper, in: text, lower: lower) {
                upper = time
            } else if let filler = Actions.fillers.matchEnding(text, at: upper, lower: lower), filler < upper - lower {
                upper -= filler
            } else if let modifier = Actions.modifiers.matchEnding(text, at: upper, lower: lower), modifier < upper - lower {
                upper -= modifier
            } else {
                break
            }
        }
        while lower < upper, text[lower] == "、" || text[lower] == "的" { lower += 1 }
        return lower < upper ? lower..<upper : nil
    }
}
