import Documents
import PlanStore

/// One task as a table row shows it.
struct TaskRow {
    let id: Int
    let link: String
    let section: String
    let text: String
    let lead: String
    let co: String?
    let deadline: String
    let target: String?
    let current: String?
    let progress: String
    let expected: String
    /// `green`, `yellow`, `red` or `none`, for the CSS class; the label carries shape and word.
    let light: String
    let lightLabel: String
    let state: String
    let explanation: String
    let reason: String?
    /// What the next year's report says became of it, once the office confirmed it (年度兑现).
    var verdict: String?
    /// The outcome's name, for the CSS class.
    var verdictOutcome: String?
    /// How many published citizens' comments it has (the portal).
    var comments: Int?

    init(_ status: TaskStatus, language: Language, linkPrefix: String = "/tasks/") {
        let strings = language.strings
        id = status.taskID
        link = linkPrefix + String(status.taskID)
        section = status.section ?? ""
        text = status.text
        lead = status.lead ?? (strings["unassigned"] ?? "")
        co = status.coResponsible.isEmpty ? nil : status.coResponsible.joined(separator: "、")
        deadline = language.date(status.deadline)
        target = status.targetValue.map { Format.number($0) + (status.targetUnit ?? "") }
        current = status.currentValue.map { Format.number($0) + (status.targetUnit ?? "") }
        progress = Format.percent(status.actual)
        expected = Format.percent(status.expected)
        light = status.light.rawValue
        lightLabel = Self.lightLabel(status.light, language: language)
        state = strings["state_" + status.state.rawValue] ?? status.state.chinese
        explanation = language == .chinese ? status.explanation : Self.englishExplanation(status)
        reason = status.behindReason.map { strings["reason_" + $0.rawValue] ?? $0.chinese }
    }

    /// Shape and word with the colour: readable in black and white.
    static func lightLabel(_ light: TaskStatus.Light, language: Language) -> String {
        guard language == .english else { return light.symbol }
        switch light {
        case .green: return "● green"
        case .yellow: return "▲ yellow"
        case .red: return "■ red"
        case .none: return "○"
        }
    }

    static func englishExplanation(_ status: TaskStatus) -> String {
        let reported =
            status.actual.map { "reported \(Format.percent($0))" + (status.lastReportedOn.map { " (\($0))" } ?? "") }
            ?? "no report"
        let text: String
        switch status.why {
        case .dropped: text = "dropped"
        case .done(let on): text = "done, accepted \(on)"
        case .overdue(let deadline): text = "past its deadline \(deadline) and not done; \(reported)"
        case .silent(let since, let days): text = "no report for over \(days) days since \(since)"
        case .neverReported(let days): text = "no report \(days) days after the start"
        case .notYetDue: text = "expected \(Format.percent(status.expected)); not yet due to report"
        case .progress: text = "expected \(Format.percent(status.expected)), \(reported)"
        }
        return text + " → " + lightLabel(status.light, language: .english)
    }
}
