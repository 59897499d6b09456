import PlanStore

extension DemoPlan {
    /// Citizens on the portal: thanks for a finished task and a question on the overdue one
    /// (published), a tip on the overdue one (passed to the housing bureau), an advert
    /// (declined) and a question still waiting for the office.
    static func commentOnPortal(store: PlanStore, jurisdiction: String, year: Int, overdue: AllocatedTask?, done: AllocatedTask?)
        async throws
    {
        var made: [(CitizenComment, Bool?, String?)] = []
        func send(_ task: AllocatedTask, _ kind: CitizenComment.Kind, _ body: String, name: String?, contact: String? = nil)
            async throws -> CitizenComment
        {
            try await store.submitComment(
                NewCitizenComment(
                    taskID: task.task.id, kind: kind, body: body, authorName: name, contact: contact,
                    clientKey: "demo-\(made.count)",
                    challenge: "demo-\(made.count)"),
                jurisdiction: jurisdiction, planYear: year)
        }
        if let done {
            made.append((try await send(done, .comment, "这件事办得实在，家门口的变化大家都看得见，点赞！", name: "老街坊"), true, nil))
        }
        if let overdue {
            made.append((try await send(overdue, .comment, "这项工程什么时候能完工？冬天前能不能恢复通行？", name: "王女士"), true, "已请承办单位在进展中说明完工时间。"))
            made.append(
                (
                    try await send(overdue, .tip, "工地上周起只有两三个人在干活，材料堆在路边没人管。", name: nil, contact: "139 0471 0000"), true,
                    "转住建局核实并报告整改情况。"
                ))
            made.append((try await send(overdue, .comment, "专业代办各类证件，加微信……", name: "代办"), false, "广告，不予公开。"))
            made.append((try await send(overdue, .comment, "请问工程验收结果会不会在网上公示？", name: "李先生"), nil, nil))
        }
        for (comment, publish, note) in made {
            guard let publish else { continue }
            _ = try await store.moderateComment(
                comment.id, jurisdiction: jurisdiction, publish: publish, note: note, actor: "督查室 王主任")
        }
    }
}
