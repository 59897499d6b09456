/// Finding the review clause a commitment without a figure is about: by its name, its head,
/// its shortened name or its whole name.
extension VerdictReader {
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
    static let longestKind = kindRuns.map(\.count).max() ?? 0
    static let kindRuns = Set(TaskWords.works.words.map { TopicBigrams.runs($0, 0..<$0.count).joined() }.map(Array.init))

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
    static let trailingWords = WordList(["整体", "全面", "全部", "年内", "年底前", "年底", "如期", "按期", "主体"])

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
}
