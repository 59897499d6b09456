/// The works a commitment names one after another (`加快第三高中、易水初中、第三幼儿园建设`,
/// `推动通达泵阀、东田汽车、创科冶金等项目早落地`): a review often reports some of them by name
/// and not the whole, so each is looked for on its own.
struct NamedWorks {
    /// One listed work: the runs of its name's pairs of characters, without the verbs and
    /// fillers of commitments.
    struct Item {
        var runs: [[UInt64]]
        /// The ordinals that tell this work from others of its kind (`第七医院`).
        var ordinals = WorkOrdinals("")
        var count: Int { runs.reduce(0) { $0 + $1.count } }
    }

    let items: [Item]
    /// The list ends with `等` and no count: the named works stand for all of it.
    let isOpen: Bool
    /// The first pair of every listed name, when two or more names are of two characters only
    /// (`瀑河、萍河、漕河三条河流`): too short to look for one by one, they are found together.
    let leadingPairs: [UInt64]

    private static let separators = ScalarSet("、，,；;：:")
    private static let conjunctions = ScalarSet("和及与")
    /// Words that begin with a conjunction's character (`和美乡村`, `与会`).
    private static let wordsWithConjunction = WordList(["和美", "和谐", "和平", "和睦", "及时", "与会"])

    /// Whether `和`, `及` or `与` at `index` joins two names (`雄忻高铁及保定南站`,
    /// `乡镇总体规划和村庄规划`): two characters of name on each side, and not a word of its own.
    private static func joinsTwo(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard conjunctions.contains(scalars[index]), index >= 2, index + 2 < scalars.count,
            scalars[index - 2].isHan, scalars[index - 1].isHan, scalars[index + 1].isHan, scalars[index + 2].isHan
        else { return false }
        return wordsWithConjunction.longestMatch(scalars, at: index, limit: scalars.count) == nil
    }

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var parts: [Range<Int>] = []
        var start = 0
        var open = false
        for (index, scalar) in scalars.enumerated()
        where Self.separators.contains(scalar) || scalar == "等" || Self.joinsTwo(scalars, at: index) {
            // Verbs joined (`制定和完善…规划`) are one commitment's verbs, not two names.
            if Self.conjunctions.contains(scalar), index - start < 3 || TopicBigrams(scalars, start..<index).isEmpty {
                continue
            }
            if scalar == "等" { open = true }
            if index > start { parts.append(start..<index) }
            start = index + 1
        }
        if start < scalars.count { parts.append(start..<scalars.count) }
        // One part is no list: the whole commitment was already looked for. A name ends where
        // the words of its outcome begin (`滑冰馆等投入使用`, `福润烘焙项目年底前建成投产`).
        let names: [Item] =
            parts.count < 2
            ? []
            : parts.map { part in
                // (A done word in front is the commitment's verb: `完成县直幼儿园一期`.)
                let lead = OutcomeWords.done.longestMatch(scalars, at: part.lowerBound, limit: part.upperBound) ?? 0
                var end = part.upperBound
                for index in (part.lowerBound + lead)..<part.upperBound
                where OutcomeWords.done.longestMatch(scalars, at: index, limit: part.upperBound) != nil {
                    end = index
                    break
                }
                return Item(
                    runs: TopicBigrams.runs(scalars, (part.lowerBound + lead)..<end), ordinals: WorkOrdinals(scalars, part))
            }
        items = names.filter { $0.count >= 2 }
        let firsts = names.compactMap { $0.runs.first?.first }
        leadingPairs = names.count(where: { $0.count == 1 }) >= 2 && firsts.count == names.count ? firsts : []
        // `高里中学、留村幼儿园等14个农村薄弱学校`: a count after the examples is the whole.
        isOpen = open && !scalars.contains { $0.isASCIIDigit }
    }
}
