import ArgumentParser
import Foundation
import PlanStore
import ReportExtraction

/// How a listing prints: aligned columns, JSON, one JSON object a line, or CSV.
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, jsonl, csv

    /// A table on a terminal, JSONL when piped.
    static var defaultForOutput: ListingFormat {
        isatty(STDOUT_FILENO) != 0 ? .table : .jsonl
    }
}

/// A generic listing of string rows in every format.
enum Listing {
    static func render(
        header: [String], tableHeader: [String], rows: [[String]], format: ListingFormat, numericColumns: Set<Int> = []
    ) -> String {
        switch format {
        case .table:
            return TableRenderer.table(
                tableHeader, rows.map { $0.map { TableRenderer.clip($0, 60) } }, rightAligned: numericColumns)
        case .csv:
            return CSVDocument.make(header: header, rows: rows)
        case .jsonl, .json:
            let objects = rows.map { row -> String in
                var object = JSONObject()
                for (index, key) in header.enumerated() {
                    if numericColumns.contains(index), let number = Int(row[index]) {
                        object.add(key, number)
                    } else {
                        object.add(key, row[index])
                    }
                }
                return object.json
            }
            if format == .jsonl { return objects.map { $0 + "\n" }.joined() }
            return "[" + objects.map { "\n  " + $0 }.joined(separator: ",") + (objects.isEmpty ? "" : "\n") + "]\n"
        }
    }
}

/// Task listings in every format.
enum TaskListing {
    static let columns = ["id", "section", "horizon", "vague", "target", "state", "version", "text"]

    static func render(_ tasks: [TaskRecord], format: ListingFormat) -> String {
        switch format {
        case .table:
            return TableRenderer.table(
                ["#", "章节", "期限", "笼统", "目标值", "状态", "版本", "任务 task"],
                tasks.map { task in
                    [
                        String(task.id), task.sectionPath ?? "—", task.horizon == "year" ? "年度" : "五年",
                        task.vague ? "是" : "", target(task) ?? "", task.state.chinese,
                        String(task.rowVersion), TableRenderer.clip(task.text, 60),
                    ]
                }, rightAligned: [0, 6])
        case .jsonl:
            return tasks.map { json($0) + "\n" }.joined()
        case .json:
            return "[" + tasks.map { "\n  " + json($0) }.joined(separator: ",") + (tasks.isEmpty ? "" : "\n") + "]\n"
        case .csv:
            return CSVDocument.make(header: columns, rows: tasks.map(row))
        }
    }

    private static func target(_ task: TaskRecord) -> String? {
        guard let value = task.targetValue else { return nil }
        let comparator = task.targetComparator.map { [.gte: "≥", .lte: "≤", .approx: "约"][$0] ?? "" } ?? ""
        return comparator + JSONObject.number(value) + (task.targetUnit ?? "")
    }

    private static func row(_ task: TaskRecord) -> [String] {
        [
            String(task.id), task.sectionPath ?? "", task.horizon, task.vague ? "true" : "false", target(task) ?? "",
            task.state.rawValue, String(task.rowVersion), task.text,
        ]
    }

    private static func json(_ task: TaskRecord) -> String {
        var object = JSONObject()
        object.add("id", task.id)
        object.add("section", task.sectionPath)
        object.add("horizon", task.horizon)
        object.add("vague", task.vague)
        object.add("text", task.text)
        object.add("targetValue", task.targetValue)
        object.add("targetUnit", task.targetUnit)
        object.add("targetComparator", task.targetComparator?.rawValue)
        object.add("state", task.state.rawValue)
        object.add("version", task.rowVersion)
        object.add("start", task.startOffset)
        object.add("end", task.endOffset)
        return object.json
    }
}
