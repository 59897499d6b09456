/// Where a task stands as of a date: derived from its dates, target and progress, never typed in.
public struct TaskStatus: Sendable, Equatable {
    public enum State: String, Sendable, CaseIterable {
        case notStarted = "not_started"
        case onTrack = "on_track"
        case atRisk = "at_risk"
        case behind
        case overdue
        case done
        case dropped

        /// The state in Chinese.
        public var chinese: String {
            switch self {
            case .notStarted: return "未开始"
            case .onTrack: return "正常推进"
            case .atRisk: return "进度滞后"
            case .behind: return "严重滞后"
            case .overdue: return "逾期未完成"
            case .done: return "已完成"
            case .dropped: return "已撤销"
            }
        }
    }

    /// The traffic light; colour is never the only signal, so each has a word and a shape.
    public enum Light: String, Sendable {
        case green, yellow, red, none

        public var symbol: String {
            switch self {
            case .green: return "● 绿"
            case .yellow: return "▲ 黄"
            case .red: return "■ 红"
            case .none: return "○"
            }
        }
    }

    public var taskID: Int
    public var section: String?
    public var text: String
    public var lead: String?
    public var coResponsible: [String]
    public var deadline: String
    public var targetValue: Double?
    public var targetUnit: String?
    /// Percent of the work that should be done by the date.
    public var expected: Double
    /// Percent done, from the target or the reported percent; nil without any report.
    public var actual: Double?
    /// The latest value toward the numeric target (the departments' parts added up).
    public var currentValue: Double?
    public var lastReportedOn: String?
    public var behindReason: BehindReason?
    public var state: State
    public var light: Light
    /// Why: "expected 58%, reported 31% on 2022-06-30 → red".
    public var explanation: String
}
