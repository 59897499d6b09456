import Documents
import PlanStore
import ReportExtraction

/// An indicator comparison as a terminal table, CSV for Excel, JSON Lines or an SVG chart.
enum ComparisonTable {
    static let header = [
        "jurisdiction", "year", "target", "target_max", "comparator", "actual", "unit", "outcome", "target_quote", "actual_quote",
    ]

    static func rows(_ comparison: IndicatorComparison) -> [[String]] {
        comparison.rows.map { row in
            [
                row.jurisdiction, String(row.year), row.target.map { JSONObject.number($0.value) } ?? "",
                row.target?.valueMax.map { JSONObject.number($0) } ?? "", row.target?.comparator.rawValue ?? "",
                row.actual.map { JSONObject.number($0.value) } ?? "", comparison.indicator.unit, row.outcome?.rawValue ?? "",
                row.target?.quote ?? "", row.actual?.quote ?? "",
            ]
        }
    }

    /// One row as JSON: numbers as numbers, what the reports do not state as `null`.
    static func json(_ row: IndicatorComparison.Row, unit: String) -> String {
        var object = JSONObject()
        object.add("jurisdiction", row.jurisdiction)
        object.add("year", row.year)
        object.add("target", row.target?.value)
        object.add("target_max", row.target?.valueMax)
        object.add("comparator", row.target?.comparator.rawValue)
        object.add("actual", row.actual?.value)
        object.add("unit", unit)
        object.add("outcome", row.outcome?.rawValue)
        object.add("target_quote", row.target?.quote)
        object.add("actual_quote", row.actual?.quote)
        return object.json
    }

    static func render(_ comparison: IndicatorComparison, format: CompareCommand.CompareFormat) -> String {
        switch format {
        case .svg:
            return ComparisonChart.svg(comparison, standalone: true) + "\n"
        case .csv:
            return CSVDocument.make(header: header, rows: rows(comparison))
        case .jsonl:
            return comparison.rows.map { json($0, unit: comparison.indicator.unit) + "\n" }.joined()
        case .table:
            let unit = comparison.indicator.unit
            var out = "\(comparison.indicator.name)（\(unit)）：\(comparison.rows.count) 行 rows\n"
            out += TableRenderer.table(
                ["地区", "年度", "目标 target", "实际 actual", "结果", "计划原文", "回顾原文"],
                comparison.rows.map { row in
                    [
                        row.jurisdiction, String(row.year),
                        row.target.map {
                            JSONObject.number($0.value) + ($0.valueMax.map { "–" + JSONObject.number($0) } ?? "") + unit
                        } ?? "—",
                        row.actual.map { JSONObject.number($0.value) + unit } ?? "—", row.outcome?.label ?? "",
                        TableRenderer.clip(row.target?.quote ?? "", 24), TableRenderer.clip(row.actual?.quote ?? "", 24),
                    ]
                }, rightAligned: [1, 2, 3])
            return out
        }
    }
}
