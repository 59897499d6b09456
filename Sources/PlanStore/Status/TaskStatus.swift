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
    /// The facts behind the light; `explanation` words them.
    public var why: Why

    /// Why a task has its light.
    public enum Why: Sendable, Equatable {
        case dropped
        case done(on: String)
        case overdue(deadline: String)
        case silent(since: String, days: Int)
        case neverReported(days: Int)
        case notYetDue
        case progress
    }

    /// Why, in words: "应完成 58%，已报 31%（2022-06-30） → ■ 红". Built when shown, not when derived:
    /// a status over ten thousand tasks need not write ten thousand sentences.
    public var explanation: String {
        let reported = actual.map { "已报 \(Self.percent($0))" + (lastReportedOn.map { "（\($0)）" } ?? "") } ?? "未报进展"
        let text: String
        switch why {
        case .dropped: text = "任务已撤销"
        case .done(let on): text = "\(on) 验收完成"
        case .overdue(let deadline): text = "已过期限 \(deadline) 仍未完成，\(reported)"
        case .silent(let since, let days): text = "\(since) 后超过 \(days) 天未报进展"
        case .neverReported(let days): text = "开始 \(days) 天仍未报进展"
        case .notYetDue: text = "应完成 \(Self.percent(expected))，尚未到报送期"
        case .progress: text = "应完成 \(Self.percent(expected))，\(reported)"
        }
        return text + " → " + light.symbol
    }

    static func percent(_ value: Double) -> String {
        "\(Int(value.rounded()))%"
    }
}
