import Foundation

/// Why the store refused or failed an operation. Each message says what to do about it.
public enum StoreError: Error, Equatable, LocalizedError, Sendable {
    case cannotOpen(location: String, reason: String)
    case badLocation(String)
    case missingJurisdiction
    case missingPlanYear
    case emptyReport
    case notFound(what: String, id: String)
    case conflict(what: String, id: String, expected: Int, found: Int)
    case migrationFailed(name: String, reason: String)
    case unknownDepartment(String)
    case unassignedTasks([Int])
    case amendmentNeedsReason
    case notAssigned(department: String, taskID: Int)
    case wrongUnit(given: String, expected: String)
    case evidenceTooLarge(bytes: Int, limit: Int)
    case evidenceType(String)
    case duplicate(String)
    case invalid(String)
    case query(String)
    /// Too many at once from one sender; try again after so many minutes.
    case rateLimited(minutes: Int)

    public var errorDescription: String? {
        switch self {
        case .cannotOpen(let location, let reason):
            return "无法打开数据库 \(location)：\(reason)。 Cannot open the database \(location): \(reason)."
        case .badLocation(let location):
            return
                "无法识别的数据库位置：\(location)（应为文件路径或 postgres://…）。 Not a database location: \(location) (a file path or postgres://…)."
        case .missingJurisdiction:
            return "报告中没有找到行政区名称，请用 --jurisdiction 指定。 The report does not name its jurisdiction: give it with --jurisdiction."
        case .missingPlanYear:
            return "报告中没有找到计划年度，请用 --year 指定。 The report does not state its plan year: give it with --year."
        case .emptyReport:
            return "报告中没有提取到任何任务或章节，未导入。 Nothing was extracted from the report (no sections, no tasks); nothing imported."
        case .notFound(let what, let id):
            return "找不到\(what) \(id)。 No \(what) \(id)."
        case .conflict(let what, let id, let expected, let found):
            return
                "\(what) \(id) 已被他人修改（版本 \(expected) → \(found)），请刷新后重试。 \(what) \(id) was changed by someone else (version \(expected), now \(found)): reload it and try again."
        case .migrationFailed(let name, let reason):
            return "数据库迁移 \(name) 失败：\(reason)。 Migration \(name) failed: \(reason)."
        case .unknownDepartment(let name):
            return "没有名为「\(name)」的单位；请先导入或添加它。 No department named \(name): import or add it first."
        case .unassignedTasks(let ids):
            let shown = ids.prefix(10).map(String.init).joined(separator: "、")
            return
                "还有 \(ids.count) 项任务没有牵头单位（\(shown)\(ids.count > 10 ? "…" : "")），不能发布。 \(ids.count) tasks have no lead department (\(shown)): assign them before publishing."
        case .amendmentNeedsReason:
            return "分工方案已发布，修改须说明理由（--reason）。 The allocation is published: a change needs a reason (--reason)."
        case .notAssigned(let department, let taskID):
            return "\(department) 不是任务 \(taskID) 的牵头或责任单位。 \(department) is not assigned to task \(taskID)."
        case .wrongUnit(let given, let expected):
            return "进展数值的单位是「\(given)」，目标的单位是「\(expected)」。 The value is in \(given); the target is in \(expected)."
        case .evidenceTooLarge(let bytes, let limit):
            return
                "证明材料 \(bytes / 1_048_576) MB，超过上限 \(limit / 1_048_576) MB。 The evidence file has \(bytes) bytes, over the limit of \(limit)."
        case .evidenceType(let ext):
            return
                "不接受「.\(ext)」类型的证明材料（可用 pdf、jpg、png、docx、xlsx、txt）。 Evidence of type .\(ext) is not accepted (pdf, jpg, png, docx, xlsx, txt)."
        case .duplicate(let message), .invalid(let message):
            return message
        case .rateLimited(let minutes):
            return "提交太频繁，请 \(minutes) 分钟后再试。 Too many at once: try again in \(minutes) minutes."
        case .query(let reason):
            return "数据库操作失败：\(reason)。 A database operation failed: \(reason)."
        }
    }
}
