import PlanStore

extension DemoPlan {
    /// The supervision loop as it would have run over the last weeks: one task of the housing
    /// bureau brought forward and now overdue (urged every three working days, the leaders told
    /// from the fourth urge), the monthly report calls, an e-mail channel that waits for an SMTP
    /// server, and the older messages read.
    /// The leader's instructions: one on the overdue task, answered; one to the education
    /// bureau, acknowledged and waiting for its answer.
    static func instruct(store: PlanStore, jurisdiction: String, year: Int, today: ISODate, overdue task: AllocatedTask?) async throws {
        let leader = users.first { $0.role == .leader }!.name
        if let task {
            let given = try await store.giveInstruction(
                NewInstruction(taskID: task.task.id, text: "此项工作已逾期，请住建局主要负责同志亲自调度，本周内报送整改措施和完成时限。", answerBy: today.text, author: leader),
                jurisdiction: jurisdiction, planYear: year, today: today)
            _ = try await store.answerInstruction(
                given.id, department: "玉泉区住房和城乡建设局",
                answer: "局党组已专题研究：增派两个施工班组，倒排工期，计划于本月底前完成剩余工程量，每周向督查室报送进度。",
                actor: "住建局 赵科长")
        }
        let school = try await store.giveInstruction(
            NewInstruction(department: "玉泉区教育局", text: "请梳理今冬明春校园供暖和安全隐患，形成清单，逐项明确责任人。", answerBy: today.adding(days: 10).text, author: leader),
            jurisdiction: jurisdiction, planYear: year, today: today)
        _ = try await store.acknowledgeInstruction(school.id, department: "玉泉区教育局", actor: "教育局 钱科长")
    }

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
        try await instruct(store: store, jurisdiction: jurisdiction, year: year, today: today, overdue: task)
        let messages = try await store.inbox(.department(department), jurisdiction: jurisdiction)
        let older = messages.dropFirst(3).map(\.id)
        if !older.isEmpty {
            _ = try await store.markRead(.department(department), jurisdiction: jurisdiction, ids: older, reader: "住建局 赵科长")
        }
    }
}
