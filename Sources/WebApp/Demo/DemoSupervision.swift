import PlanStore

extension DemoPlan {
    /// The leader's instructions: one on the overdue task, answered; one to the education
    /// bureau, acknowledged and waiting for its answer.
    static func instruct(store: PlanStore, jurisdiction: String, year: Int, today: ISODate, overdue task: AllocatedTask?)
        async throws
    {
        let leader = users.first { $0.role == .leader }!.name
        if let task {
            let given = try await store.giveInstruction(
                NewInstruction(
                    taskID: task.task.id, text: "此项工作已逾期，请住建局主要负责同志亲自调度，本周内报送整改措施和完成时限。", answerBy: today.text, author: leader),
                jurisdiction: jurisdiction, planYear: year, today: today)
            _ = try await store.answerInstruction(
                given.id, department: "玉泉区住房和城乡建设局",
                answer: "局党组已专题研究：增派两个施工班组，倒排工期，计划于本月底前完成剩余工程量，每周向督查室报送进度。",
                actor: "住建局 赵科长")
        }
        let school = try await store.giveInstruction(
            NewInstruction(
                department: "玉泉区教育局", text: "请梳理今冬明春校园供暖和安全隐患，形成清单，逐项明确责任人。", answerBy: today.adding(days: 10).text,
                author: leader),
            jurisdiction: jurisdiction, planYear: year, today: today)
        _ = try await store.acknowledgeInstruction(school.id, department: "玉泉区教育局", actor: "教育局 钱科长")
    }

    /// The supervision loop as it would have run over the last weeks: one task of the housing
    /// bureau brought forward and now overdue (urged every three working days, the leaders told
    /// from the fourth urge), the monthly report calls, an e-mail channel that waits for an SMTP
    /// server, the older messages read, and last month's circular published.
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
        try await publishCircular(store: store, jurisdiction: jurisdiction, year: year, today: today)
    }

    /// Last month's circular, published on the 3rd with a line the office added to the drafted
    /// summary (in January, when last month belongs to another plan, this month's so far).
    static func publishCircular(store: PlanStore, jurisdiction: String, year: Int, today: ISODate) async throws {
        let month = today.year == year && today.month > 1 ? today.month - 1 : today.month
        let issuedOn = month < today.month && today.day > 3 ? today.adding(days: 3 - today.day) : today
        let draft = try await store.draftCircular(
            jurisdiction: jurisdiction, year: year, month: month, planYear: year, today: issuedOn)
        _ = try await store.publishCircular(
            draft, summary: draft.summary + "\n请各牵头单位对照本通报，于下月5日前向区政府督查室报送整改措施。", actor: "督查室 王主任", today: issuedOn)
    }
}
