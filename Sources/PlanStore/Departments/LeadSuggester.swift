import Foundation

/// Suggests a lead department for a task from its words and the departments' keywords:
/// each keyword found in the task scores its length (a longer keyword is more specific);
/// the department with the highest score is suggested; a tie goes to the longer single
/// keyword, then to the name, so that the order of the directory does not matter.
public struct LeadSuggester: Sendable {
    /// A suggestion and why it was made.
    public struct Suggestion: Sendable, Equatable {
        public var department: String
        public var score: Int
        public var matched: [String]

        func ranks(above other: Suggestion) -> Bool {
            if score != other.score { return score > other.score }
            let longest = matched.map(\.count).max() ?? 0
            let otherLongest = other.matched.map(\.count).max() ?? 0
            if longest != otherLongest { return longest > otherLongest }
            return department < other.department
        }
    }

    private let departments: [(name: String, keywords: [String])]

    public init(departments: [DepartmentRecord]) {
        self.departments = departments.map { ($0.name, $0.keywordList) }
    }

    public init(entries: [DepartmentEntry]) {
        self.departments = entries.map { ($0.name, $0.keywords) }
    }

    /// The best department for a task's text, or nil when no keyword occurs in it.
    public func suggest(for text: String) -> Suggestion? {
        var best: Suggestion?
        for department in departments {
            let matched = department.keywords.filter { text.contains($0) }
            guard !matched.isEmpty else { continue }
            let candidate = Suggestion(department: department.name, score: matched.reduce(0) { $0 + $1.count }, matched: matched)
            if best == nil || candidate.ranks(above: best!) { best = candidate }
        }
        return best
    }
}
