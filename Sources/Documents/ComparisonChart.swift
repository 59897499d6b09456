import ReportExtraction

/// An indicator's targets and actuals as SVG bars, one pair a place and year: the target as an
/// outline, the actual filled, each with its figure written beside it (readable without colour).
public enum ComparisonChart {
    /// `standalone` adds the styles a file opened on its own needs (the pages have app.css).
    public static func svg(_ comparison: IndicatorComparison, standalone: Bool = false) -> String {
        let rows = comparison.rows
        let rowHeight = 34, labelWidth = 150, barWidth = 420, width = labelWidth + barWidth + 170
        let height = max(1, rows.count) * rowHeight + 30
        let values = rows.flatMap { [$0.target?.value, $0.target?.valueMax, $0.actual?.value].compactMap { $0 } }
        let maximum = max(values.map(abs).max() ?? 1, 1e-9)
        func length(_ value: Double) -> Int { Int((abs(value) / maximum * Double(barWidth)).rounded()) }
        let title = "\(comparison.indicator.name)：目标与实际 target and actual (\(comparison.indicator.unit))"
        var svg =
            #"<svg class="chart" viewBox="0 0 \#(width) \#(height)" width="\#(width)" height="\#(height)" role="img" aria-label="\#(HTML.escape(title))" xmlns="http://www.w3.org/2000/svg">"#
        if standalone {
            svg +=
                "<style>text{font:12px sans-serif;fill:#1d232b}.target-bar{fill:none;stroke:#1f4e8c;stroke-dasharray:4 2}.actual-bar{fill:#1f4e8c}</style>"
        }
        svg += #"<text x="0" y="14">\#(HTML.escape(title))</text>"#
        for (index, row) in rows.enumerated() {
            let y = 24 + index * rowHeight
            svg += #"<text x="0" y="\#(y + 19)">\#(HTML.escape(String(row.jurisdiction.prefix(8)))) \#(row.year)</text>"#
            if let target = row.target {
                let upper = target.valueMax ?? target.value
                svg +=
                    #"<rect x="\#(labelWidth)" y="\#(y + 2)" width="\#(max(1, length(upper)))" height="12" class="target-bar"><title>目标 target</title></rect>"#
                svg +=
                    #"<text x="\#(labelWidth + length(upper) + 6)" y="\#(y + 12)">目标 \#(figure(target.value, max: target.valueMax, unit: target.unit))</text>"#
            }
            if let actual = row.actual {
                svg +=
                    #"<rect x="\#(labelWidth)" y="\#(y + 16)" width="\#(max(1, length(actual.value)))" height="12" class="actual-bar"><title>实际 actual</title></rect>"#
                let outcome = row.outcome.map { " · \($0.label)" } ?? ""
                svg +=
                    #"<text x="\#(labelWidth + length(actual.value) + 6)" y="\#(y + 26)">实际 \#(figure(actual.value, max: nil, unit: actual.unit))\#(HTML.escape(outcome))</text>"#
            }
        }
        return svg + "</svg>"
    }

    static func figure(_ value: Double, max: Double?, unit: String) -> String {
        HTML.escape(Format.number(value) + (max.map { "–" + Format.number($0) } ?? "") + unit)
    }
}
