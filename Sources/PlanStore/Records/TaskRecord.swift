import ReportExtraction

/// A task of a plan as the store keeps it.
public struct TaskRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var jurisdictionID: Int
    public var reportID: Int
    public var planYear: Int
    public var sectionPath: String?
    public var horizon: String
    public var text: String
    public var startOffset: Int
    public var endOffset: Int
    public var vague: Bool
    public var targetValue: Double?
    public var targetUnit: String?
    public var targetComparator: Comparator?
    /// The last day to finish the task (ISO date); by default the end of the plan year.
    public var deadline: String
    public var origin: TaskOrigin
    public var state: TaskState
    /// The day the office accepted the task as done, if it has.
    public var completedOn: String?
    /// Optimistic version: bumped by every change, checked by every update.
    public var rowVersion: Int
    public var createdAt: String
    public var updatedAt: String

    enum CodingKeys: String, CodingKey {
        case id
        case jurisdictionID = "jurisdiction_id"
        case reportID = "report_id"
        case planYear = "plan_year"
        case sectionPath = "section_path"
        case horizon, text
        case startOffset = "start_offset"
        case endOffset = "end_offset"
        case vague
        case targetValue = "target_value"
        case targetUnit = "target_unit"
        case targetComparator = "target_comparator"
        case deadline, origin, state
        case completedOn = "completed_on"
        case rowVersion = "row_version"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}

/// Where a task of the plan came from.
public enum TaskOrigin: String, Codable, Sendable, CaseIterable {
    /// Extracted from the report.
    case extracted
    /// Added by the office.
    case added
    /// One of the parts the office split a task into.
    case split
    /// The office merged several tasks into it.
    case merged
}

/// Whether a task is part of the plan.
public enum TaskState: String, Codable, Sendable, CaseIterable {
    case active
    /// Dropped by the office (an extraction mistake).
    case dropped
    /// A corrected report no longer has it.
    case removed

    /// The word an office uses for it.
    public var chinese: String {
        switch self {
        case .active: "有效"
        case .dropped: "已撤销"
        case .removed: "已删除"
        }
    }
}
