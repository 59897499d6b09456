import Foundation

/// A department directory file (CSV): `名称,简称,上级,关键词` or `name,short_name,parent,keywords`.
public enum DepartmentDirectory {
    /// Why a directory file cannot be imported, with the line to fix.
    public enum Problem: Error, Equatable, Sendable {
        case missingColumns([String])
        case emptyName(line: Int)
        case duplicateName(String, line: Int)
        case noRows
    }

    /// Reads the entries of a directory file; refuses the whole file on the first problem.
    public static func entries(_ text: String) throws(Problem) -> [DepartmentEntry] {
        let table = CSVTable(parsing: text)
        let nameColumn = table.column(["名称", "单位名称", "部门", "name"])
        let shortColumn = table.column(["简称", "short_name", "short name", "shortname"])
        let parentColumn = table.column(["上级", "上级单位", "parent"])
        let keywordColumn = table.column(["关键词", "keywords", "keyword"])
        var missing: [String] = []
        if nameColumn == nil { missing.append("名称/name") }
        if shortColumn == nil { missing.append("简称/short_name") }
        if parentColumn == nil { missing.append("上级/parent") }
        if keywordColumn == nil { missing.append("关键词/keywords") }
        guard missing.isEmpty, let nameColumn, let shortColumn, let parentColumn, let keywordColumn else {
            throw .missingColumns(missing)
        }
        guard !table.rows.isEmpty else { throw .noRows }
        var seen: Set<String> = []
        var entries: [DepartmentEntry] = []
        for (offset, row) in table.rows.enumerated() {
            let line = offset + 2
            func field(_ column: Int) -> String? {
                guard column < row.count else { return nil }
                let value = row[column].trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            }
            guard let name = field(nameColumn) else { throw .emptyName(line: line) }
            guard seen.insert(name).inserted else { throw .duplicateName(name, line: line) }
            entries.append(
                DepartmentEntry(
                    name: name, shortName: field(shortColumn), parent: field(parentColumn),
                    keywords: DepartmentEntry.splitKeywords(field(keywordColumn) ?? "")))
        }
        return entries
    }
}

extension DepartmentDirectory.Problem {
    /// A message the office can act on.
    public var message: String {
        switch self {
        case .missingColumns(let columns):
            return
                "部门目录缺少列：\(columns.joined(separator: "、"))。 The directory lacks the columns \(columns.joined(separator: ", "))."
        case .emptyName(let line):
            return "第 \(line) 行没有单位名称。 Line \(line) has no department name."
        case .duplicateName(let name, let line):
            return "第 \(line) 行的单位「\(name)」重复。 Line \(line) repeats the department \(name)."
        case .noRows:
            return "部门目录中没有任何单位。 The directory lists no departments."
        }
    }
}
