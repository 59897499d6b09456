/// A level of government in front of what is counted (`省级`, `国家级`, `市级以上`).
enum GovernmentLevel {
    private static let levels = Lexicon(words: [
        "国家级", "省级", "市级", "县级", "区级", "镇级", "乡级", "村级", "国家级以上", "省级以上", "市级以上", "县级以上",
        "县镇级", "省市级",
    ])

    /// The length of the level that opens `subject`, if one does.
    static func prefix(of subject: String) -> Int? {
        let scalars = Array(subject.unicodeScalars)
        return levels.match(scalars, at: 0, limit: scalars.count)?.length
    }

    /// Two figures of a list counted by level (`建成4个省级、12个市级美丽乡村示范村`,
    /// `新增国家级“小巨人”企业2家、省级8家`): the one that names only its level counts the kind
    /// the other names after its own level. Returns the two subjects, completed.
    static func shareKind(_ first: String, _ second: String) -> (String, String)? {
        guard let firstLevel = prefix(of: first), let secondLevel = prefix(of: second) else { return nil }
        let firstRest = String(String.UnicodeScalarView(first.unicodeScalars.dropFirst(firstLevel)))
        let secondRest = String(String.UnicodeScalarView(second.unicodeScalars.dropFirst(secondLevel)))
        switch (firstRest.isEmpty, secondRest.isEmpty) {
        case (true, false): return (first + secondRest, second)
        case (false, true): return (first, second + firstRest)
        default: return nil
        }
    }
}
