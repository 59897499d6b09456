/// A leader's instruction (批示) on a task or to a department: the department acknowledges it
/// (签收) and answers it (办理情况) by a date; until it is answered it is urged like a late task.
public struct Instruction: Sendable, Equatable {
    public enum State: String, Sendable {
        /// Given, not yet acknowledged.
        case waiting
        case acknowledged
        case answered

        public var chinese: String {
            switch self {
            case .waiting: return "待签收"
            case .acknowledged: return "已签收，待答复"
            case .answered: return "已答复"
            }
        }
    }

    public var id: Int
    public var planYear: Int
    public var taskID: Int?
    /// The task's text, when it is on a task.
    public var taskText: String?
    public var department: String
    public var author: String
    public var text: String
    /// The date the answer is due (ISO).
    public var answerBy: String
    public var createdAt: String
    public var acknowledgedAt: String?
    public var acknowledgedBy: String?
    public var answer: String?
    public var answeredAt: String?
    public var answeredBy: String?
    public var rowVersion: Int
    // Where it belongs, for the store's own bookkeeping (audit, notices) without another query.
    var jurisdictionID = 0
    var jurisdictionName = ""
    var departmentID = 0

    public var state: State {
        answeredAt != nil ? .answered : acknowledgedAt != nil ? .acknowledged : .waiting
    }

    /// Not answered and past its date on `date`.
    public func isOverdue(on date: ISODate) -> Bool {
        guard state != .answered, let due = ISODate(answerBy) else { return false }
        return date > due
    }
}

/// What a leader writes: the instruction, to whom (a task's lead department by default), and by when.
public struct NewInstruction: Sendable {
    public var taskID: Int?
    /// Required without a task; with one, the task's lead department when nil.
    public var department: String?
    public var text: String
    public var answerBy: String
    public var author: String

    public init(taskID: Int? = nil, department: String? = nil, text: String, answerBy: String, author: String) {
        self.taskID = taskID
        self.department = department
        self.text = text
        self.answerBy = answerBy
        self.author = author
    }
}
