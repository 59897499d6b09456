import Foundation
import PlanStore
import ReportExtraction

extension PlanStore {
    /// The allocation table of a plan with its progress and status as of a date, in report order.
    public func allocationTable(jurisdiction: String, planYear: Int, asOf date: ISODate) async throws(StoreError)
        -> AllocationTable
    {
        let statuses = try await status(jurisdiction: jurisdiction, planYear: planYear, asOf: date)
        let byID = Dictionary(uniqueKeysWithValues: statuses.map { ($0.taskID, $0) })
        let tasks = try await tasks(jurisdiction: jurisdiction, planYear: planYear)
        var rows: [[AllocationTable.Cell]] = []
        for (index, task) in tasks.enumerated() {
            guard let status = byID[task.id] else { continue }
            let reports = try await progressReports(taskID: task.id).filter {
                $0.reportedOn <= date.text && $0.reviewState != .returned
            }
            rows.append([
                .number(Double(index + 1)), .text(task.text), .text(status.lead ?? ""),
                .text(status.coResponsible.joined(separator: "、")), .text(Self.chineseDate(task.deadline)),
                .text(Self.target(task)), .text(Self.progress(status, latest: reports.last)),
                .text("\(status.light.symbol) \(status.state.chinese)"),
            ])
        }
        return AllocationTable(title: "\(jurisdiction)\(planYear)年政府工作报告重点任务分工方案", rows: rows)
    }

    /// `2022-06-30` → `2022年6月30日`.
    static func chineseDate(_ iso: String) -> String {
        guard let date = ISODate(iso) else { return iso }
        return "\(date.year)年\(date.month)月\(date.day)日"
    }

    private static func target(_ task: TaskRecord) -> String {
        guard let value = task.targetValue else { return "" }
        let prefix = task.targetComparator.map { [.gte: "不少于", .lte: "不超过", .approx: "约"][$0] ?? "" } ?? ""
        return prefix + AllocationTable.Cell.number(value).text + (task.targetUnit ?? "")
    }

    private static func progress(_ status: TaskStatus, latest: ProgressReport?) -> String {
        guard let latest else { return "" }
        var parts: [String] = []
        if let value = status.currentValue { parts.append(AllocationTable.Cell.number(value).text + (status.targetUnit ?? "")) }
        if let actual = status.actual { parts.append("\(AllocationTable.Cell.number(actual).text)%") }
        let head = parts.isEmpty ? "" : parts.joined(separator: "，") + "："
        return "\(head)\(latest.narrative)（\(chineseDate(latest.reportedOn))）"
    }
}
