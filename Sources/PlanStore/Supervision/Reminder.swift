/// A message the supervision loop owes someone on a date: a reminder before a deadline or a
/// report day, an urge (催办) when a task is late, an escalation to the leaders. Its `key` names
/// the occasion, so the same occasion never makes a second message.
public struct Reminder: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case deadlineSoon = "deadline_soon"
        case reportDue = "report_due"
        case overdueUrge = "overdue_urge"
        case escalation
        /// A leader's instruction (批示) reaches the department.
        case instruction
        /// An instruction not answered by its date.
        case instructionUrge = "instruction_urge"
        /// The department's answer reaches the leaders.
        case instructionAnswered = "instruction_answered"

        /// The kind in Chinese, as the inbox shows it.
        public var chinese: String {
            switch self {
            case .deadlineSoon: return "到期提醒"
            case .reportDue: return "报送提醒"
            case .overdueUrge: return "催办"
            case .escalation: return "督办升级"
            case .instruction: return "领导批示"
            case .instructionUrge: return "批示催办"
            case .instructionAnswered: return "批示办理情况"
            }
        }
    }

    /// Whose inbox it goes to.
    public enum Audience: Sendable, Equatable {
        case department(id: Int, name: String)
        case leaders
    }

    public var kind: Kind
    public var audience: Audience
    public var taskID: Int?
    /// The instruction it is about (批示, its urges and its answer).
    public var instructionID: Int?
    /// The day it fell due (for a catch-up after downtime, earlier than the day it is sent).
    public var dueOn: String
    public var key: String
    public var subject: String
    public var body: String

    public init(
        kind: Kind, audience: Audience, taskID: Int?, instructionID: Int? = nil, dueOn: String, key: String, subject: String,
        body: String
    ) {
        self.kind = kind
        self.audience = audience
        self.taskID = taskID
        self.instructionID = instructionID
        self.dueOn = dueOn
        self.key = key
        self.subject = subject
        self.body = body
    }
}
