import PlanStore

extension DemoPlan {
    /// The supervision loop as it would have run over the last weeks: one task of the housing
    /// bureau brought forward and now overdue (urged every three working days, the leaders told
    /// from the fourth urge), the monthly report calls, an e-mail channel that waits for an SMTP
    /// server, and the older messages read.
    static func superviseRecentWeeks(
        store: PlanStore, jurisdiction: String, year: Int, today: ISODate, overdue task: AllocatedTask?
    ) async throws {
        let department = "玉泉区住房和城乡建设局"
        let deadline = today.adding(days: -21)
        if let task, deadline.year == year {
            _ = try await store.setDeadline(
                taskID: task.task.id, deadline: deadline.text,
                change: Change(actor: "督查室 王主任", reason: "区政府专题会议要求提前完成。"))
        }
        try await store.setChannel(
            NotificationChannel(department: department, email: "zhujian-ducha@yuquan.example.gov.cn"),
            jurisdiction: jurisdiction, actor: "督查室 王主任", allowHTTP: false)
        // Day by day, as the scheduler inside `luoshi serve` would have.
        let start = max(today.adding(days: -40), ISODate("\(year)-01-01") ?? today)
        for day in start.dayNumber...today.dayNumber {
            _ = try await store.runReminders(asOf: ISODate(dayNumber: day))
        }
        let messages = try await store.inbox(.department(department), jurisdiction: jurisdiction)
        let older = messages.dropFirst(3).map(\.id)
        if !older.isEmpty {
            _ = try await store.markRead(.department(department), jurisdiction: jurisdiction, ids: older, reader: "住建局 赵科长")
        }
    }
}
