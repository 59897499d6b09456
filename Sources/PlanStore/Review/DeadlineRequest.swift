/// A department's request to move a task's deadline, which the office accepts or returns.
public struct DeadlineRequest: Codable, Sendable, Equatable {
    public var id: Int
    public var taskID: Int
    public var departmentID: Int
    public var currentDeadline: String
    public var requestedDeadline: String
    public var reason: String
    public var state: ProgressReport.Review
    public var reviewComment: String?
    public var reviewedBy: String?
    public var reviewedOn: String?
    public var createdBy: String
    public var createdAt: String

    enum CodingKeys: String, CodingKey {
        case id
        case taskID = "task_id"
        case departmentID = "department_id"
        case currentDeadline = "current_deadline"
        case requestedDeadline = "requested_deadline"
        case reason, state
        case reviewComment = "review_comment"
        case reviewedBy = "reviewed_by"
        case reviewedOn = "reviewed_on"
        case createdBy = "created_by"
        case createdAt = "created_at"
    }
}

/// What waits for the office: a progress report or a deadline request, with its task's text
/// and the department that sent it.
public struct PendingReview: Sendable, Equatable {
    public enum Item: Sendable, Equatable {
        case progress(ProgressReport)
        case deadline(DeadlineRequest)
    }

    public var item: Item
    public var taskText: String
    public var department: String
}
