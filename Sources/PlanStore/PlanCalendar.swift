import ReportExtraction

/// Dates of a plan year, as ISO text (`2022-12-31`), which sorts and compares the same on both engines.
enum PlanCalendar {
    /// The default deadline: the last day of the plan year, or of the five-year term for a
    /// five-year task.
    static func defaultDeadline(_ year: Int, horizon: Horizon = .year) -> String {
        "\(horizon == .term ? year + 4 : year)-12-31"
    }

    /// The day a plan year's work starts.
    static func start(_ year: Int) -> String { "\(year)-01-01" }
}
