/// One report's figures for an indicator: the target of its plan year (from the coming year's
/// plan, not the five-year one) and the actual of the year before (from its review part; an
/// annual average over five years is not the year's figure).
public struct IndicatorFigures: Sendable, Equatable {
    public var jurisdiction: String?
    public var planYear: Int?
    public var target: Quantity?
    public var actual: Quantity?

    /// Reads a report's text; `jurisdiction` and `planYear`, when given, replace what the
    /// text says (a store knows each report's place and year).
    public init(reading text: String, indicator: Indicator, jurisdiction: String? = nil, planYear: Int? = nil) {
        let (report, outline) = ReportExtractor.read(text)
        self.init(report, outline: outline, indicator: indicator)
        if let jurisdiction { self.jurisdiction = jurisdiction }
        if let planYear { self.planYear = planYear }
    }

    init(_ report: ExtractedReport, outline: Outline, indicator: Indicator) {
        jurisdiction = report.meta.jurisdiction
        planYear = report.meta.planYear
        func fits(_ quantity: Quantity) -> Bool {
            quantity.unit == indicator.unit && indicator.names(quantity.subject) && !(quantity.action ?? "").contains("年均")
                && !quantity.quote.contains("年均")
        }
        // By the part a figure stands in, not its section: the year's targets and the review's
        // headline figures may come before the first numbered part.
        target = report.quantities.first { $0.kind == .target && outline.partKind(at: $0.start) == .yearPlan && fits($0) }
        actual = report.quantities.first {
            $0.kind == .achievement && outline.partKind(at: $0.start) == .review && fits($0)
        }
    }
}

/// An indicator across places and years: each plan year's target beside the actual the next
/// year's report gives for it.
public struct IndicatorComparison: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var jurisdiction: String
        public var year: Int
        public var target: Quantity?
        public var actual: Quantity?
        /// The actual against the target, when both are known.
        public var outcome: VerdictOutcome?
    }

    public var indicator: Indicator
    /// By jurisdiction, then year.
    public var rows: [Row]

    /// Pairs reports by jurisdiction and year: the target of year N from the report of N, the
    /// actual from the report of N+1. A report without a jurisdiction or year is left out; of
    /// two reports for one place and year the later one counts.
    public init(indicator: Indicator, figures: [IndicatorFigures]) {
        self.indicator = indicator
        var byPlace: [String: [Int: IndicatorFigures]] = [:]
        for figure in figures {
            guard let place = figure.jurisdiction, let year = figure.planYear else { continue }
            byPlace[place, default: [:]][year] = figure
        }
        var rows: [Row] = []
        for place in byPlace.keys.sorted() {
            let years = byPlace[place]!
            let all = Set(years.keys).union(years.keys.map { $0 - 1 })
            for year in all.sorted() {
                let target = years[year]?.target
                let actual = years[year + 1]?.actual
                guard target != nil || actual != nil else { continue }
                let outcome = target.flatMap { target in
                    actual.map {
                        FigureOutcome.judge(
                            actual: $0.value, target: target.value, targetMax: target.valueMax, unit: target.unit,
                            comparator: target.comparator)
                    }
                }
                rows.append(Row(jurisdiction: place, year: year, target: target, actual: actual, outcome: outcome))
            }
        }
        self.rows = rows
    }
}
