/// One line of the year-end ranking (考核): a lead department's measures, its score and place.
public struct DepartmentRanking: Sendable, Equatable {
    /// `count` of `of` (on time of due, say) and its score out of 100; no score when `of` is 0.
    public struct Measure: Sendable, Equatable {
        public var count: Int
        public var of: Int
        public var score: Double?

        init(count: Int, of: Int) {
            self.count = count
            self.of = of
            score = of > 0 ? (Double(count) / Double(of) * 1000).rounded() / 10 : nil
        }
    }

    /// 1 for the best; equal scores share a place.
    public var rank: Int
    public var department: String
    /// The active tasks it leads.
    public var leadTasks: Int
    /// Monthly reports on its lead tasks filed by the report day, of those due.
    public var reports: Measure
    /// Lead tasks done by their deadline, of those due by the date (or done).
    public var doneOnTime: Measure
    /// Days its lead tasks were red, of all their days; the score is the share not red.
    public var redDays: Int
    public var taskDays: Int
    public var redScore: Double?
    /// Instructions answered by their date, of those due (or answered).
    public var instructions: Measure
    /// The weighted score out of 100, over the measures it has; nil with none.
    public var total: Double?
}

/// The ranking of a plan's lead departments as of a date, best first.
public struct Ranking: Sendable, Equatable {
    public var jurisdiction: String
    public var planYear: Int
    /// Counted from 1 January of the plan year to this date.
    public var asOf: String
    public var weights: RankingWeights
    public var rows: [DepartmentRanking]
}
