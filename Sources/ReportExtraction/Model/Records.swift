/// The metadata of a report: who gave it, where, when, for which year.
public struct ReportMeta: Codable, Sendable, Equatable {
    public var title: String?
    public var jurisdiction: String?
    /// Administrative level: one of 省/市/区/县/旗/乡/镇.
    public var level: String?
    /// ISO date (`2022-01-21`) the report was delivered.
    public var date: String?
    public var speaker: String?
    public var speakerTitle: String?
    public var session: String?
    public var planYear: Int?

    public init(
        title: String? = nil, jurisdiction: String? = nil, level: String? = nil, date: String? = nil,
        speaker: String? = nil, speakerTitle: String? = nil, session: String? = nil, planYear: Int? = nil
    ) {
        self.title = title
        self.jurisdiction = jurisdiction
        self.level = level
        self.date = date
        self.speaker = speaker
        self.speakerTitle = speakerTitle
        self.session = session
        self.planYear = planYear
    }
}

/// A numbered part (`三、`) or section (`（一）`) of the report.
public struct Section: Codable, Sendable, Equatable {
    /// Path of numbers: part 三 is `3`, its （一） is `3.1`.
    public var id: String
    public var marker: String
    public var title: String
    /// Offset (Unicode scalars) of the heading in the normalized text.
    public var start: Int

    public init(id: String, marker: String, title: String, start: Int) {
        self.id = id
        self.marker = marker
        self.title = title
        self.start = start
    }
}

/// A glossary entry (名词解释).
public struct Term: Codable, Sendable, Equatable {
    public var term: String
    public var definition: String

    public init(term: String, definition: String) {
        self.term = term
        self.definition = definition
    }
}

/// Whether a quantity reports a result or commits to one.
public enum QuantityKind: String, Codable, Sendable {
    case achievement
    case target

    /// The raw value, for writing without a `String`.
    var literal: StaticString {
        switch self {
        case .achievement: "achievement"
        case .target: "target"
        }
    }
}

/// How the stated number bounds the real one.
public enum Comparator: String, Codable, Sendable {
    case eq, approx, gte, lte, range

    /// The raw value, for writing without a `String`.
    var literal: StaticString {
        switch self {
        case .eq: "eq"
        case .approx: "approx"
        case .gte: "gte"
        case .lte: "lte"
        case .range: "range"
        }
    }
}

/// A number with a unit that counts or measures something in the report.
public struct Quantity: Codable, Sendable, Equatable {
    public var kind: QuantityKind
    public var section: String?
    public var subject: String {
        get { subjectText.string }
        set { subjectText = RecordText(newValue) }
    }
    public var action: String? {
        get { actionText?.string }
        set { actionText = newValue.map(RecordText.init) }
    }
    public var value: Double
    public var valueMax: Double?
    public var unit: String
    public var comparator: Comparator
    public var quote: String {
        get { quoteText.string }
        set { quoteText = RecordText(newValue) }
    }
    /// Offsets of `quote` (Unicode scalars, end exclusive) in the normalized text.
    public var start: Int
    public var end: Int

    // The texts as the extractor finds them: stretches of the normalized text.
    var subjectText: RecordText
    var actionText: RecordText?
    var quoteText: RecordText

    public init(
        kind: QuantityKind, section: String?, subject: String, action: String?, value: Double,
        valueMax: Double?, unit: String, comparator: Comparator, quote: String, start: Int, end: Int
    ) {
        self.init(
            kind: kind, section: section, subject: RecordText(subject), action: action.map(RecordText.init), value: value,
            valueMax: valueMax, unit: unit, comparator: comparator, quote: RecordText(quote), start: start, end: end)
    }

    init(
        kind: QuantityKind, section: String?, subject: RecordText, action: RecordText?, value: Double,
        valueMax: Double?, unit: String, comparator: Comparator, quote: RecordText, start: Int, end: Int
    ) {
        self.kind = kind
        self.section = section
        self.subjectText = subject
        self.actionText = action
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.comparator = comparator
        self.quoteText = quote
        self.start = start
        self.end = end
    }

    private enum CodingKeys: String, CodingKey {
        case kind, section, subject, action, value, valueMax, unit, comparator, quote, start, end
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kind: try container.decode(QuantityKind.self, forKey: .kind),
            section: try container.decodeIfPresent(String.self, forKey: .section),
            subject: try container.decode(String.self, forKey: .subject),
            action: try container.decodeIfPresent(String.self, forKey: .action),
            value: try container.decode(Double.self, forKey: .value),
            valueMax: try container.decodeIfPresent(Double.self, forKey: .valueMax),
            unit: try container.decode(String.self, forKey: .unit),
            comparator: try container.decode(Comparator.self, forKey: .comparator),
            quote: try container.decode(String.self, forKey: .quote),
            start: try container.decode(Int.self, forKey: .start),
            end: try container.decode(Int.self, forKey: .end))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(section, forKey: .section)
        try container.encode(subject, forKey: .subject)
        try container.encodeIfPresent(action, forKey: .action)
        try container.encode(value, forKey: .value)
        try container.encodeIfPresent(valueMax, forKey: .valueMax)
        try container.encode(unit, forKey: .unit)
        try container.encode(comparator, forKey: .comparator)
        try container.encode(quote, forKey: .quote)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
    }
}

/// Whether a task belongs to the coming year's plan or to the five-year tasks.
public enum Horizon: String, Codable, Sendable {
    case year
    case term

    /// The raw value, for writing without a `String`.
    var literal: StaticString {
        switch self {
        case .year: "year"
        case .term: "term"
        }
    }
}

/// A commitment of the plan: one piece of work a department can be made responsible for.
public struct PlanTask: Codable, Sendable, Equatable {
    public var section: String?
    public var horizon: Horizon
    /// A general policy clause without a checkable outcome; the office should make it checkable.
    public var vague: Bool
    public var text: String {
        get { taskText.string }
        set { taskText = RecordText(newValue) }
    }
    /// Indexes of the quantity records (in output order) that lie inside the task.
    public var quantities: [Int]
    public var start: Int
    public var end: Int

    /// The text as the extractor finds it: a stretch of the normalized text.
    var taskText: RecordText

    public init(
        section: String?, horizon: Horizon, vague: Bool, text: String, quantities: [Int], start: Int, end: Int
    ) {
        self.init(
            section: section, horizon: horizon, vague: vague, text: RecordText(text), quantities: quantities, start: start,
            end: end)
    }

    init(section: String?, horizon: Horizon, vague: Bool, text: RecordText, quantities: [Int], start: Int, end: Int) {
        self.section = section
        self.horizon = horizon
        self.vague = vague
        self.taskText = text
        self.quantities = quantities
        self.start = start
        self.end = end
    }

    private enum CodingKeys: String, CodingKey {
        case section, horizon, vague, text, quantities, start, end
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            section: try container.decodeIfPresent(String.self, forKey: .section),
            horizon: try container.decode(Horizon.self, forKey: .horizon),
            vague: try container.decode(Bool.self, forKey: .vague),
            text: try container.decode(String.self, forKey: .text),
            quantities: try container.decode([Int].self, forKey: .quantities),
            start: try container.decode(Int.self, forKey: .start),
            end: try container.decode(Int.self, forKey: .end))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(section, forKey: .section)
        try container.encode(horizon, forKey: .horizon)
        try container.encode(vague, forKey: .vague)
        try container.encode(text, forKey: .text)
        try container.encode(quantities, forKey: .quantities)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
    }
}

/// Something odd about the input that did not stop extraction.
public struct Diagnostic: Codable, Sendable, Equatable {
    public var message: String
    /// Offset in the normalized text, when the problem has a place.
    public var offset: Int?

    public init(message: String, offset: Int? = nil) {
        self.message = message
        self.offset = offset
    }
}

/// Everything read out of one report: a plain value.
public struct ExtractedReport: Sendable, Equatable {
    /// The normalized text as Unicode scalars, the unit of every offset.
    public var normalizedScalars: [Unicode.Scalar]
    /// The normalized text, built on each call: writing records needs only the scalars.
    public var normalizedText: String {
        get { normalizedScalars.string(0..<normalizedScalars.count) }
        set { normalizedScalars = Array(newValue.unicodeScalars) }
    }
    public var meta: ReportMeta
    public var sections: [Section]
    public var terms: [Term]
    public var quantities: [Quantity]
    public var tasks: [PlanTask]
    public var diagnostics: [Diagnostic]

    public init(
        normalizedText: String, meta: ReportMeta, sections: [Section], terms: [Term],
        quantities: [Quantity], tasks: [PlanTask], diagnostics: [Diagnostic]
    ) {
        self.init(
            normalizedScalars: Array(normalizedText.unicodeScalars), meta: meta, sections: sections, terms: terms,
            quantities: quantities, tasks: tasks, diagnostics: diagnostics)
    }

    init(
        normalizedScalars: [Unicode.Scalar], meta: ReportMeta, sections: [Section], terms: [Term],
        quantities: [Quantity], tasks: [PlanTask], diagnostics: [Diagnostic]
    ) {
        self.normalizedScalars = normalizedScalars
        self.meta = meta
        self.sections = sections
        self.terms = terms
        self.quantities = quantities
        self.tasks = tasks
        self.diagnostics = diagnostics
    }
}
