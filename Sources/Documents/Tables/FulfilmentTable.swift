import Foundation
import PlanStore
import ReportExtraction

/// The verdicts of a plan year as a table for Excel and WPS (年度兑现): each commitment with the
/// plan's quote and the review's side by side, target and actual, the outcome and the office's
/// decision, the tracked status at year end and any discrepancy.
public struct FulfilmentTable: Sendable, Equatable {
    public static let header = [
        "编号", "类别", "章节", "承诺（计划原文）", "目标", "实际", "结果", "评判状态", "改判理由", "回顾原文（依据）", "牵头单位", "台账状态（年底）",
        "不一致", "结转",
    ]
    static let widths: [Double] = [8, 8, 8, 48, 14, 14, 10, 10, 24, 48, 22, 14, 30, 10]

    public var rows: [[AllocationTable.Cell]]

    public init(_ book: VerdictBook) {
        rows = book.entries.map { entry in
            let verdict = entry.verdict
            return [
                .number(Double(verdict.id)), .text(verdict.kindLabel), .text(verdict.sectionPath ?? ""),
                .text(verdict.targetQuote), .text(verdict.targetFigure ?? ""), .text(verdict.actualFigure ?? ""),
                .text(verdict.effectiveOutcome.label), .text(verdict.decision.chinese), .text(verdict.reason ?? ""),
                .text(verdict.evidenceQuote ?? ""), .text(entry.lead ?? ""), .text(entry.trackedState?.chinese ?? ""),
                .text(entry.discrepancy?.chinese ?? ""), .text(entry.carryOver?.chinese ?? ""),
            ]
        }
    }

    /// UTF-8 CSV with a byte-order mark.
    public func csv() -> String {
        CSVDocument.make(header: Self.header, rows: rows.map { $0.map(\.text) })
    }

    /// A real workbook at `url`.
    public func writeXLSX(to url: URL) throws(DocumentError) {
        do {
            try XLSXWriter.write(sheetName: "年度兑现", header: Self.header, rows: rows, columnWidths: Self.widths, to: url)
        } catch {
            throw .cannotWrite(path: url.path, reason: "\(error)")
        }
    }
}
