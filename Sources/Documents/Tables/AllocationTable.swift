import Foundation
import PlanStore
import ReportExtraction

/// The task allocation table (分工方案) as the office sends it out: one row a task.
public struct AllocationTable: Sendable, Equatable {
    public static let header = ["序号", "工作任务", "牵头单位", "责任单位", "完成时限", "目标值", "当前进展", "状态"]

    public var title: String
    public var rows: [[Cell]]

    public init(title: String, rows: [[Cell]]) {
        self.title = title
        self.rows = rows
    }

    /// A cell: text or a number (a number stays a number in Excel).
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double)

        public var text: String {
            switch self {
            case .text(let text): return text
            case .number(let value):
                return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
            }
        }
    }

    /// The table as CSV that Excel and WPS open right: UTF-8 with a byte-order mark, CRLF.
    public func csv() -> String {
        CSVDocument.make(header: Self.header, rows: rows.map { $0.map(\.text) })
    }

    /// Writes the table as an Excel workbook.
    public func writeXLSX(to url: URL) throws(DocumentError) {
        do {
            try XLSXWriter.write(
                sheetName: "分工方案", header: Self.header, rows: rows, columnWidths: [6, 60, 24, 30, 14, 14, 40, 14], to: url)
        } catch {
            throw .cannotWrite(path: url.path, reason: "\(error)")
        }
    }
}
