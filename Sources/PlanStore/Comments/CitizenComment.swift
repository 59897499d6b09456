/// A citizen's comment (留言, public once the office publishes it) or tip (线索, passed to the
/// lead department, never public) on a published commitment.
public struct CitizenComment: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case comment, tip

        /// 留言 or 线索.
        public var chinese: String { self == .comment ? "留言" : "线索" }
    }

    public enum State: String, Sendable, CaseIterable {
        case pending, published, rejected

        /// 待审核, 已公开 (a tip: 已转交), 未采用.
        public var chinese: String {
            switch self {
            case .pending: return "待审核"
            case .published: return "已采用"
            case .rejected: return "未采用"
            }
        }
    }

    public var id: Int
    public var taskID: Int
    public var taskText: String
    public var planYear: Int
    /// The task's lead department, who sees it once published.
    public var lead: String?
    public var kind: Kind
    public var body: String
    /// The name the citizen gave, if any.
    public var authorName: String?
    /// How to reach them, for the office only.
    public var contact: String?
    public var state: State
    public var createdAt: String
    public var moderatedBy: String?
    public var moderatedAt: String?
    public var moderationNote: String?
}

/// What a citizen sends, with where it came from (hashed) and the challenge they answered.
public struct NewCitizenComment: Sendable {
    public var taskID: Int
    public var kind: CitizenComment.Kind
    public var body: String
    public var authorName: String?
    public var contact: String?
    /// A stable hash of the sender's address, for the rate limit.
    public var clientKey: String
    /// The answered challenge's signature: a challenge takes one comment.
    public var challenge: String

    public init(
        taskID: Int, kind: CitizenComment.Kind, body: String, authorName: String?, contact: String?, clientKey: String,
        challenge: String
    ) {
        self.taskID = taskID
        self.kind = kind
        self.body = body
        self.authorName = authorName
        self.contact = contact
        self.clientKey = clientKey
        self.challenge = challenge
    }

    /// How many a sender may send: a few in ten minutes, more in a day.
    public static let perTenMinutes = 3
    public static let perDay = 10
    /// Wrong answers to the form's question from one sender in ten minutes before it must wait.
    public static let wrongAnswersPerTenMinutes = 5
    public static let bodyLimit = 500
}
