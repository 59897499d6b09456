/// How well a figure of the review is about what a target counts. Reviews name the same thing
/// shorter or otherwise than plans do (`食用菌种植总面积` ↔ `食用菌`, `旅游业总收入` ↔ `旅游综合收入`,
/// `标准化示范园` ↔ `优质水果示范园`), so besides sharing most of the target's character pairs, a
/// figure is about the target when its own subject lies whole inside the target's, or when both
/// end in the same head noun and share more than it.
struct FigureMatch {
    /// What the target counts, as its subject says.
    let subject: TopicBigrams
    /// Its subject and, for a count, the words after it (`完成22个行政村的生活污水治理`).
    let target: TopicBigrams
    /// The last two characters of the target's subject: the head noun, in Chinese at the end.
    let head: [Unicode.Scalar]
    let value: Double
    let unit: String

    /// A target's subject must share this much of its character pairs with a figure's subject and clause
    /// (and at least half with the figure's own subject).
    static let pairShare = 0.6
    /// A figure giving the target's exact number scores this much more: reviews repeat a plan's count.
    static let sameValueBonus = 0.25

    /// `following` is the text after the quantity's quote; `subjectEndsQuote` says that the
    /// subject runs on into it (`实施40个以上企业技术` + `改造项目`), so words across the two are read whole (`技术改造`).
    init(subject: String, following: String, subjectEndsQuote: Bool = false, value: Double, unit: String) {
        // `6条道路绿化工程` counts roads: 条, 座, 处… count things, and the project named after
        // them is the work done to them (only 个 and 项 count projects).
        var subject = subject
        if unit != "个", unit != "项", Units.classifiers.contains(unit), let kind = Self.projectEnding(of: subject) {
            subject = String(String.UnicodeScalarView(subject.unicodeScalars.dropLast(kind)))
        }
        self.subject = TopicBigrams(subject)
        var target = self.subject
        if !following.isEmpty {
            target.formUnion(TopicBigrams(following))
            if subjectEndsQuote { target.formUnion(TopicBigrams(subject + following)) }
        }
        self.target = target
        head = Self.head(of: subject)
        self.value = value
        self.unit = unit
    }

    /// The score of a figure whose own subject is `own` in a clause about `clause`, or nil when
    /// it is not about the target.
    /// `name` is what the figure's own words name (`人工造林`), `own` that and the words after a
    /// count (`完成32个行政村生活污水治理`).
    func score(
        figureSubject: String, name: TopicBigrams, own: TopicBigrams, clause: TopicBigrams, value figureValue: Double,
        unit figureUnit: String
    ) -> Double? {
        // A level alone (`省级`) says nothing of what is counted.
        guard !target.isEmpty, !subject.pairs.isSubset(of: Self.levels) || subject.isEmpty,
            Self.unitsAgree(unit, figureUnit)
        else { return nil }
        let sameValue = abs(figureValue - value) <= abs(value) * 1e-9
        var score = 0.0
        // Most of the target's pairs in the figure's subject and clause, half in its own subject;
        // with the words after the count or without them.
        var wide = own
        wide.formUnion(clause)
        // Money named in one word (`投资`, `资金`) is any work's: which work, the clause must say.
        for topic in [target, subject]
        where (topic.count >= 2 || unit != "元") && !topic.isEmpty
            && (own.isEmpty || topic.coverage(by: own) >= 0.5)
        {
            let share = topic.coverage(by: wide)
            if share >= Self.pairShare { score = max(score, share) }
        }
        // The figure's subject is a short name of the target's (`食用菌` in `食用菌种植总面积`); a
        // count's must end as the target's does: `5家卫生院` count no `卫生院病房楼`.
        let figureHead = Self.head(of: figureSubject)
        if name.count >= 2, name.coverage(by: target) == 1, Self.family(of: unit) == nil || figureHead == head {
            score = max(score, Self.pairShare)
        }
        // The same head noun and more in common (`优质水果示范园` for `标准化示范园`).
        if head.count == 2, figureHead == head,
            name.pairs.intersection(subject.pairs).subtracting(Self.levels).count >= 2
        {
            score = max(score, Self.pairShare)
        }
        // The same count of the same head character (`改造农村旱厕8000座` for `改造8000座户厕`); not
        // a share (`100%` is every rate's goal).
        if sameValue, let last = head.last, figureHead.last == last, value >= 10, unit != "%" {
            score = max(score, Self.pairShare)
        }
        guard score > 0 else { return nil }
        return sameValue ? score + Self.sameValueBonus : score
    }

    /// The length of a project word (`工程`, `项目`) ending `subject` after at least two characters.
    private static func projectEnding(of subject: String) -> Int? {
        let scalars = Array(subject.unicodeScalars)
        guard scalars.count > 4 else { return nil }
        return ["工程", "项目"].contains(String(String.UnicodeScalarView(scalars.suffix(2)))) ? 2 : nil
    }

    /// Levels of government (`省级`, `国家级`): shared, they say nothing of what is counted
    /// (`省级“专精特新”企业` and `国家级、省级科技型中小企业`).
    static let levels = ["省级", "市级", "县级", "区级", "国家级", "国家", "全省", "全市", "全县"].reduce(
        into: Set<UInt64>()
    ) { $0.formUnion(TopicBigrams($1).pairs) }

    /// Counting words that reviews and plans use for one another: a project, a site, a school
    /// (`新建2个立体停车场` ↔ `城市停车场2座`, `重点项目39个` ↔ `27项`, `3处断头路` ↔ `6条`), times (`场次` ↔ `次`), and visitors (`旅游人数150万` ↔ `152万人次`).
    private static let countFamilies: [Set<String>] = [
        ["个", "座", "处", "所", "项", "条", "家"], ["次", "场次", "场"], ["人", "人次", "名"],
    ]

    /// Whether a figure in `b` can be the actual of a target in `a`.
    static func unitsAgree(_ a: String, _ b: String) -> Bool {
        a == b || countFamilies.contains { $0.contains(a) && $0.contains(b) }
    }

    /// The family of counting words a unit belongs to, if any: units of one family agree.
    static func family(of unit: String) -> Int? {
        countFamilies.firstIndex { $0.contains(unit) }
    }

    /// The last two characters of a subject: its head noun, in Chinese at the end.
    static func head(of subject: String) -> [Unicode.Scalar] {
        let hans = subject.unicodeScalars.filter(\.isHan)
        return Array(hans.suffix(2))
    }
}
