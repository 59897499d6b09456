/// A monthly supervision circular (督查通报): the plan's figures at the month's end, the red
/// tasks by lead department with their reasons, the yellow ones, praise for tasks done early,
/// and the leaders' instructions of the month. Drafted from the store; once published it is
/// kept as it was, whatever changes after.
public struct Circular: Sendable, Equatable, Codable {
    /// The plan's numbers on `asOf`.
    public struct Figures: Sendable, Equatable, Codable {
        public var tasks: Int
        public var done: Int
        /// Accepted as done within the month.
        public var doneThisMonth: Int
        public var green: Int
        public var yellow: Int
        public var red: Int
    }

    /// One task as the circular names it.
    public struct Item: Sendable, Equatable, Codable {
        public var taskID: Int
        public var text: String
        public var department: String
        public var deadline: String
        /// Why it is behind (or when it was done), in words.
        public var note: String
    }

    /// A lead department and its red tasks.
    public struct DepartmentGroup: Sendable, Equatable, Codable {
        public var department: String
        public var items: [Item]
    }

    /// A leader's instruction given in the month, and how it stands.
    public struct InstructionItem: Sendable, Equatable, Codable {
        public var author: String
        public var department: String
        public var text: String
        public var givenOn: String
        public var state: String
        public var answer: String?
    }

    public var jurisdiction: String
    public var planYear: Int
    public var year: Int
    public var month: Int
    /// The issue of the year (第 N 期); nil until published.
    public var number: Int?
    /// The date the figures are taken (the month's last day, or today within the month).
    public var asOf: String
    /// The day it is issued: the publication date, or the draft's day.
    public var issuedOn: String
    /// Who issues it: the jurisdiction's government office (督查室).
    public var issuer: String
    /// The opening paragraph; the office may rewrite it before publishing.
    public var summary: String
    public var figures: Figures
    public var red: [DepartmentGroup]
    public var yellow: [Item]
    public var praised: [Item]
    public var instructions: [InstructionItem]

    /// 督查通报
    public var title: String { "督查通报" }

    /// `2026年第11期`, or `（草稿）` before it is published.
    public var numberLine: String {
        number.map { "\(year)年第\($0)期" } ?? "（草稿）"
    }
}
