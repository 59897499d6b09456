/// Charts drawn by the server as SVG: no script, prints as it shows, readable without colour
/// (every bar carries its figure as text).
import Foundation

public enum Charts {
    /// One row of a bar chart: a label, a percent (0–100) and the figure written beside the bar.
    public struct Bar: Sendable {
        public var label: String
        public var percent: Double
        public var caption: String
        public var link: String?

        public init(label: String, percent: Double, caption: String, link: String?) {
            self.label = label
            self.percent = percent
            self.caption = caption
            self.link = link
        }
    }

    /// Horizontal progress bars, one a row.
    public static func bars(_ rows: [Bar], title: String) -> String {
        let rowHeight = 24, labelWidth = 260, barWidth = 360, width = labelWidth + barWidth + 90
        let height = rows.count * rowHeight + 8
        var svg =
            #"<svg class="chart" viewBox="0 0 \#(width) \#(height)" role="img" aria-label="\#(HTML.escape(title))" xmlns="http://www.w3.org/2000/svg">"#
        for (index, row) in rows.enumerated() {
            let y = index * rowHeight + 4
            let filled = Int((max(0, min(100, row.percent)) / 100 * Double(barWidth)).rounded())
            let label = HTML.escape(String(row.label.prefix(18)))
            let text = #"<text x="0" y="\#(y + 15)">\#(label)</text>"#
            svg += row.link.map { #"<a href="\#(HTML.escape($0))">\#(text)</a>"# } ?? text
            svg += #"<rect x="\#(labelWidth)" y="\#(y + 3)" width="\#(barWidth)" height="14" class="bar-track"/>"#
            svg += #"<rect x="\#(labelWidth)" y="\#(y + 3)" width="\#(filled)" height="14" class="bar-fill"/>"#
            svg += #"<text x="\#(labelWidth + barWidth + 6)" y="\#(y + 15)">\#(HTML.escape(row.caption))</text>"#
        }
        return svg + "</svg>"
    }

    /// Tasks done by the end of each month against the total: the year's burn-up.
    public static func burnUp(doneByMonth: [Int], total: Int, throughMonth: Int, title: String, monthLabel: (Int) -> String)
        -> String
    {
        let left = 40, top = 10, plotWidth = 600, plotHeight = 200
        let width = left + plotWidth + 20, height = top + plotHeight + 30
        let maximum = max(total, 1)
        func x(_ month: Int) -> Int { left + month * plotWidth / 12 }
        func y(_ count: Int) -> Int { top + plotHeight - count * plotHeight / maximum }
        var svg =
            #"<svg class="chart" viewBox="0 0 \#(width) \#(height)" role="img" aria-label="\#(HTML.escape(title))" xmlns="http://www.w3.org/2000/svg">"#
        svg += #"<line x1="\#(left)" y1="\#(y(0))" x2="\#(x(12))" y2="\#(y(0))" class="axis"/>"#
        svg += #"<line x1="\#(left)" y1="\#(y(total))" x2="\#(x(12))" y2="\#(y(total))" class="axis dashed"/>"#
        svg +=
            #"<text x="\#(left - 4)" y="\#(y(total) + 4)" text-anchor="end">\#(total)</text><text x="\#(left - 4)" y="\#(y(0) + 4)" text-anchor="end">0</text>"#
        // The even pace: a straight line from nothing to everything by year end.
        svg += #"<line x1="\#(x(0))" y1="\#(y(0))" x2="\#(x(12))" y2="\#(y(total))" class="pace"/>"#
        var points = "\(x(0)),\(y(0))"
        for month in 1...max(1, min(12, throughMonth)) where month <= doneByMonth.count {
            points += " \(x(month)),\(y(doneByMonth[month - 1]))"
        }
        svg += #"<polyline points="\#(points)" class="done-line"/>"#
        for month in stride(from: 1, through: 12, by: 1) {
            svg += #"<text x="\#(x(month))" y="\#(y(0) + 18)" text-anchor="middle">\#(HTML.escape(monthLabel(month)))</text>"#
        }
        if throughMonth >= 1, throughMonth <= doneByMonth.count {
            let last = doneByMonth[throughMonth - 1]
            svg += #"<text x="\#(x(throughMonth) + 4)" y="\#(y(last) - 6)">\#(last)</text>"#
        }
        return svg + "</svg>"
    }

    /// Reported values of one task over time (day of the plan year) against its target.
    public static func progressLine(
        points: [(day: Int, value: Double)], target: Double, title: String, monthLabel: (Int) -> String = { String($0) }
    ) -> String {
        let left = 50, top = 10, plotWidth = 420, plotHeight = 120
        let width = left + plotWidth + 20, height = top + plotHeight + 26
        let maximum = max(target, points.map(\.value).max() ?? 0, 1)
        func x(_ day: Int) -> Int { left + day * plotWidth / 365 }
        func y(_ value: Double) -> Int { top + plotHeight - Int(value / maximum * Double(plotHeight)) }
        var svg =
            #"<svg class="chart" viewBox="0 0 \#(width) \#(height)" role="img" aria-label="\#(HTML.escape(title))" xmlns="http://www.w3.org/2000/svg">"#
        svg += #"<line x1="\#(left)" y1="\#(y(0))" x2="\#(x(365))" y2="\#(y(0))" class="axis"/>"#
        svg += #"<line x1="\#(left)" y1="\#(y(target))" x2="\#(x(365))" y2="\#(y(target))" class="target-line"/>"#
        svg += #"<text x="\#(left - 4)" y="\#(y(target) + 4)" text-anchor="end">\#(Format.number(target))</text>"#
        // A label at the start of every other month.
        for (month, day) in [(1, 0), (3, 59), (5, 120), (7, 181), (9, 243), (11, 304)] {
            svg += #"<text x="\#(x(day))" y="\#(y(0) + 18)" text-anchor="start">\#(HTML.escape(monthLabel(month)))</text>"#
        }
        let line = points.map { "\(x($0.day)),\(y($0.value))" }.joined(separator: " ")
        svg += #"<polyline points="\#(x(0)),\#(y(0)) \#(line)" class="value-line"/>"#
        for point in points {
            svg +=
                #"<circle cx="\#(x(point.day))" cy="\#(y(point.value))" r="3" class="value-point"><title>\#(Format.number(point.value))</title></circle>"#
        }
        return svg + "</svg>"
    }
}
