/// What the next report says became of a commitment (`shared/spec/verdicts.md`).
public enum VerdictOutcome: String, Codable, Sendable, CaseIterable {
    /// A figure for the same subject meets the target.
    case reached
    /// A figure above the band of an `eq`, `approx` or `range` target.
    case exceeded
    /// A figure that does not meet the target.
    case short
    /// No figure, but the review says the work was done (建成, 完成, 投用…).
    case done
    /// No figure that settles it, but the review reports the work under way.
    case progress
    /// The review does not mention it.
    case silent

    /// The word an office uses for it.
    public var label: String {
        switch self {
        case .reached: return "达到"
        case .exceeded: return "超过"
        case .short: return "未达到"
        case .done: return "已完成"
        case .progress: return "有进展"
        case .silent: return "未提及"
        }
    }
}

/// A stretch of a report's normalized text, in Unicode scalars (end exclusive).
public struct TextSpan: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var quote: String

    public init(start: Int, end: Int, quote: String) {
        self.start = start
        self.end = end
        self.quote = quote
    }
}

/// The commitment a verdict is about: a target quantity or a task of the plan report.
public struct VerdictTarget: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case quantity
        case task
    }

    public var kind: Kind
    /// Offsets and quote in the plan report's normalized text: the spans `luoshi extract` gives.
    public var span: TextSpan
    public var section: String?
    /// A task extraction found vague (a policy clause without a checkable outcome).
    public var vague: Bool
    /// For a quantity, what it counts and the figure promised.
    public var subject: String?
    public var value: Double?
    public var valueMax: Double?
    public var unit: String?
    public var comparator: Comparator?

    public init(
        kind: Kind, span: TextSpan, section: String?, vague: Bool = false, subject: String? = nil, value: Double? = nil,
        valueMax: Double? = nil, unit: String? = nil, comparator: Comparator? = nil
    ) {
        self.kind = kind
        self.span = span
        self.section = section
        self.vague = vague
        self.subject = subject
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.comparator = comparator
    }
}

/// A figure the review gives, scale words applied (`1244万人` → 12,440,000 人).
public struct ActualFigure: Codable, Sendable, Equatable {
    public var value: Double
    public var unit: String

    public init(value: Double, unit: String) {
        self.value = value
        self.unit = unit
    }
}

/// One commitment of the plan, judged by the next report's review.
public struct Verdict: Codable, Sendable, Equatable {
    public var target: VerdictTarget
    public var outcome: VerdictOutcome
    public var actual: ActualFigure?
    /// The shortest stretch of the review report's normalized text that states the outcome; nil when silent.
    public var evidence: TextSpan?

    public init(target: VerdictTarget, outcome: VerdictOutcome, actual: ActualFigure?, evidence: TextSpan?) {
        self.target = target
        self.outcome = outcome
        self.actual = actual
        self.evidence = evidence
    }
}
