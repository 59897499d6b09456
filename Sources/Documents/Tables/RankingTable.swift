import Foundation
import PlanStore
import ReportExtraction

/// The ranking as a table for Excel and WPS (考核排名): each department's measures as counts and
/// scores, and its weighted total, under a header row that names the weights.
public struct RankingTable: Sendable, Equatable {
    public let header: [String]
    public var rows: [[AllocationTable.Cell]]
    static let widths: [Double] = [6, 28, 10, 14, 10, 14, 10, 14, 10, 14, 10, 10]

    public init(_ ranking: Ranking) {
        let weights = ranking.weights
        header = [
            "名次", "单位", "牵头任务", "按时报送（次/应报）", "按时报送率（权重\(weights.onTimeReports)）", "按期完成（项/应完成）",
            "按期完成率（权重\(weights.doneOnTime)）", "红灯天数（天/任务天数）", "非红灯占比（权重\(weights.redDays)）",
            "批示按期办理（件/应办）", "批示办理率（权重\(weights.instructions)）", "综合得分",
        ]
        func score(_ value: Double?) -> AllocationTable.Cell { value.map { .number($0) } ?? .text("—") }
        func ratio(_ count: Int, _ of: Int) -> AllocationTable.Cell { .text(of > 0 ? "\(count)/\(of)" : "—") }
        rows = ranking.rows.map { row in
            [
                .number(Double(row.rank)), .text(row.department), .number(Double(row.leadTasks)),
                ratio(row.reports.count, row.reports.of), score(row.reports.score),
                ratio(row.doneOnTime.count, row.doneOnTime.of), score(row.doneOnTime.score),
                ratio(row.redDays, row.taskDays), score(row.redScore),
                ratio(row.instructions.count, row.instructions.of), score(row.instructions.score),
                score(row.total),
            ]
        }
    }

    /// UTF-8 CSV with a byte-order mark.
    public func csv() -> String {
        CSVDocument.make(header: header, rows: rows.map { $0.map(\.text) })
    }

    /// A real workbook at `url`.
    public func writeXLSX(to url: URL) throws(DocumentError) {
        do {
            try XLSXWriter.write(sheetName: "考核排名", header: header, rows: rows, columnWidths: Self.widths, to: url)
        } catch {
            throw .cannotWrite(path: url.path, reason: "\(error)")
        }
    }
}
