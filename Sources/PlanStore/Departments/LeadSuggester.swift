import Foundation

/// Suggests a lead department for a task from its words and the departments' keywords:
/// each keyword found in the task scores its length (a longer keyword is more specific);
/// the department with the highest score is suggested.
public struct LeadSuggester: Sendable {
    /// A suggestion and why it was made.
    public struct Suggestion: Sendable, Equatable {
        public var department: String
        public var score: Int
        public var matched: [String]
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
            let score = matched.reduce(0) { $0 + $1.count }
            if best == nil || score > best!.score {
                best = Suggestion(department: department.name, score: score, matched: matched)
            }
        }
        return best
    }
}
