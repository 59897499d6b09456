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
    public var targetComparator: String?
    /// The last day to finish the task (ISO date); by default the end of the plan year.
    public var deadline: String
    /// `extracted` from the report, or `added`, `split` or `merged` by the office.
    public var origin: String
    /// `active`; `dropped` by the office (an extraction mistake); `removed` when a corrected
    /// report no longer has it.
    public var state: String
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
