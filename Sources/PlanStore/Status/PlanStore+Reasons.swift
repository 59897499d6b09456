import SQLKit

/// How many tasks a reason holds back in one plan year.
public struct BehindReasonCount: Sendable, Equatable {
    public var planYear: Int
    public var reason: BehindReason
    public var tasks: Int
}

extension PlanStore {
    /// Why tasks are behind, counted across tasks and years: the tasks whose latest report (of
    /// any of their departments) gives each reason, by plan year, the most frequent first.
    public func behindReasons(jurisdiction: String) async throws(StoreError) -> [BehindReasonCount] {
        try await transaction(readOnly: true) { database in
            guard let jurisdictionID = try await Self.existingJurisdictionID(jurisdiction, in: database) else { return [] }
            return try await database.raw(
                """
                SELECT t.plan_year AS plan_year, l.behind_reason AS reason, COUNT(DISTINCT l.task_id) AS tasks
                FROM progress_latest l JOIN tasks t ON t.id = l.task_id
                WHERE l.jurisdiction_id = \(bind: jurisdictionID) AND l.behind_reason IS NOT NULL
                GROUP BY t.plan_year, l.behind_reason
                ORDER BY t.plan_year, COUNT(DISTINCT l.task_id) DESC, l.behind_reason
                """
            ).all().compactMap { row in
                guard let reason = BehindReason(rawValue: try row.decode(column: "reason", as: String.self)) else { return nil }
                return BehindReasonCount(
                    planYear: try row.decode(column: "plan_year", as: Int.self), reason: reason,
                    tasks: try row.decode(column: "tasks", as: Int.self))
            }
        }
    }
}
