/// What a part of the report is about, read from its title.
public enum PartKind: String, Sendable, Equatable {
    /// A look back at what was done: its quantities are achievements.
    case review
    /// The five-year tasks (今后五年): targets, tasks with horizon `term`.
    case termPlan
    /// The coming year's plan: targets, tasks with horizon `year`.
    case yearPlan

    /// Classifies a part title. `previous` is the kind of the part before, which an
    /// unlabelled part inherits (the government's self-improvement part follows the plan);
    /// `planYear`, when known, tells a year that is past (`2022年工作`) from the plan's.
    static func classify(title: String, previous: PartKind?, planYear: Int? = nil) -> PartKind {
        if let kind = stated(in: title, planYear: planYear) { return kind }
        // An unlabelled first part reviews; one after the review or a plan carries the plan on
        // (the government's own conduct, 加强政府自身建设, is part of the coming year's plan).
        return previous == nil ? .review : .yearPlan
    }

    /// The kind a title states in words (`回顾`, `今后五年`, `今年`, or a past year), if any.
    static func stated(in title: String, planYear: Int? = nil) -> PartKind? {
        // On scalars: `String.contains` with a string goes through Foundation, a microsecond a word.
        let scalars = Array(title.unicodeScalars)
        let all = 0..<scalars.count
        if reviewWords.anyOccurs(in: scalars, all) { return .review }
        if let planYear, let year = firstYear(in: scalars), year < planYear, !scalars.contains(fiveYears, in: all) {
            return .review
        }
        if termPlanWords.anyOccurs(in: scalars, all) { return .termPlan }
        if yearPlanWords.anyOccurs(in: scalars, all) { return .yearPlan }
        return nil
    }

    private static let reviewWords = WordList(["回顾", "过去", "总结", "工作情况"])
    private static let termPlanWords = WordList(["今后五年", "未来五年", "五年", "十四五", "十五五", "远景", "中长期"])
    private static let yearPlanWords = WordList(["工作安排", "年工作", "今年", "主要任务", "重点工作", "目标任务", "预期目标", "总体要求"])
    private static let fiveYears = Array("五年".unicodeScalars)

    /// The first four-digit year (`2022年`) in a title.
    private static func firstYear(in scalars: [Unicode.Scalar]) -> Int? {
        var index = 0
        while index + 4 < scalars.count {
            if scalars[index..<(index + 4)].allSatisfy(\.isASCIIDigit), scalars[index + 4] == "年" {
                return Int(scalars.string(index..<(index + 4)))
            }
            index += 1
        }
        return nil
    }
}
