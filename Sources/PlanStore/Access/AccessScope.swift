/// What an acting user may reach: one jurisdiction and, for a department user, within it only
/// what concerns that department.
public struct AccessScope: Sendable, Hashable {
    /// The jurisdiction the user belongs to.
    public var jurisdiction: String
    /// The user's department, for a department user; nil for the office and leaders, who see the
    /// whole plan of their jurisdiction.
    public var department: String?

    public init(jurisdiction: String, department: String? = nil) {
        self.jurisdiction = jurisdiction
        self.department = department
    }
}

/// A record that a request names by its id.
public enum ScopedRecord: Sendable, Hashable {
    /// A task; a department reaches the tasks it leads or shares.
    case task(Int)
    /// A progress report; a department reaches those on the tasks it is assigned.
    case progressReport(Int)
    /// A request to move a deadline; a department reaches its own.
    case deadlineRequest(Int)
    /// A leader's instruction (批示); a department reaches those addressed to it.
    case instruction(Int)
    /// A published circular (督查通报); read by everyone of the jurisdiction.
    case circular(Int)
    /// A citizen's comment; a department reaches those on its tasks.
    case comment(Int)
    /// A verdict of the next year's review; a department reaches those on its tasks.
    case verdict(Int)
    /// A user account; a department user reaches none.
    case user(Int)
}
