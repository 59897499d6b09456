import PlanStore

/// The JSON shapes of the API, snake_case as the OpenAPI document describes them.
struct TaskJSON: Codable, Sendable {
    var id: Int
    var section: String?
    var text: String
    var lead: String?
    var co_responsible: [String]
    var deadline: String
    var target_value: Double?
    var target_unit: String?
    var current_value: Double?
    var expected_percent: Double
    var actual_percent: Double?
    var last_reported_on: String?
    var behind_reason: String?
    var state: String
    var light: String
    var explanation: String

    init(_ status: TaskStatus) {
        id = status.taskID
        section = status.section
        text = status.text
        lead = status.lead
        co_responsible = status.coResponsible
        deadline = status.deadline
        target_value = status.targetValue
        target_unit = status.targetUnit
        current_value = status.currentValue
        expected_percent = status.expected
        actual_percent = status.actual
        last_reported_on = status.lastReportedOn
        behind_reason = status.behindReason?.rawValue
        state = status.state.rawValue
        light = status.light.rawValue
        explanation = status.explanation
    }
}

struct TaskPageJSON: Codable, Sendable {
    var items: [TaskJSON]
    var page: Int
    var per_page: Int
    var total: Int
    var pages: Int
    var as_of: String
}

struct ProgressJSON: Codable, Sendable {
    var id: Int
    var task_id: Int
    var department: String
    var reported_on: String
    var narrative: String
    var value: Double?
    var percent: Double?
    var evidence_url: String?
    var completion_requested: Bool
    var behind_reason: String?
    var review_state: String
    var review_comment: String?

    init(_ report: ProgressReport, department: String) {
        id = report.id
        task_id = report.taskID
        self.department = department
        reported_on = report.reportedOn
        narrative = report.narrative
        value = report.value
        percent = report.percent
        evidence_url = report.evidenceID.map { _ in EvidenceController.evidencePath(report.id) }
        completion_requested = report.completionRequested
        behind_reason = report.behindReason?.rawValue
        review_state = report.reviewState.rawValue
        review_comment = report.reviewComment
    }
}

struct TaskDetailJSON: Codable, Sendable {
    var task: TaskJSON?
    var id: Int
    var text: String
    var row_version: Int
    var vague: Bool
    var active: Bool
    var progress: [ProgressJSON]
}

struct PlanJSON: Codable, Sendable {
    var jurisdiction: String
    var plan_year: Int
    var title: String?
    var as_of: String
    var published: Bool
    var tasks: Int
    var done: Int
    var progress_percent: Double
    var lights: [String: Int]
}

struct MeJSON: Codable, Sendable {
    var id: Int
    var login: String
    var name: String
    var role: String
    var jurisdiction: String
    var department: String?
}

struct DepartmentJSON: Codable, Sendable {
    var id: Int
    var name: String
    var short_name: String?
    var keywords: [String]
}

struct ReviewItemJSON: Codable, Sendable {
    var kind: String
    var id: Int
    var task_id: Int
    var task_text: String
    var department: String
    var progress: ProgressJSON?
    var requested_deadline: String?
    var reason: String?
}

/// A progress report as a script files it.
struct ProgressBody: Codable, Sendable {
    var reported_on: String?
    var narrative: String
    var value: Double?
    var unit: String?
    var percent: Double?
    var completion_requested: Bool?
    var behind_reason: String?
}

struct ReviewBody: Codable, Sendable {
    var decision: String
    var comment: String?
}

struct AssignmentBody: Codable, Sendable {
    var lead: String
    var co_responsible: [String]?
    var deadline: String?
    var reason: String?
    var row_version: Int?
}

struct DeadlineRequestBody: Codable, Sendable {
    var deadline: String
    var reason: String
}
