/// Drafts a circular from a plan's statuses and instructions: a pure function, so the figures
/// and groups are tested on made-up statuses.
import Foundation

enum CircularDraft {
    static func make(
        jurisdiction: String, planYear: Int, year: Int, month: Int, asOf: ISODate, today: ISODate,
        statuses: [TaskStatus], instructions: [Instruction]
    ) -> Circular {
        let active = statuses.filter { $0.state != .dropped }
        let monthPrefix = "\(year)-\(month < 10 ? "0" : "")\(month)"
        func item(_ status: TaskStatus, note: String) -> Circular.Item {
            Circular.Item(
                taskID: status.taskID, text: status.text, department: status.lead ?? "（未分配）", deadline: status.deadline,
                note: note)
        }
        func doneOn(_ status: TaskStatus) -> String? {
            if case .done(let on) = status.why { return on }
            return nil
        }
        let doneThisMonth = active.filter { doneOn($0)?.hasPrefix(monthPrefix) == true }
        // Praise: done this month ahead of the deadline.
        let praised = doneThisMonth.filter { (doneOn($0) ?? "") < $0.deadline }.sorted { $0.taskID < $1.taskID }
            .map { item($0, note: "\(doneOn($0) ?? "") 验收完成，早于期限 \($0.deadline)") }
        let reds = active.filter { $0.light == .red }
        var groups: [String: [Circular.Item]] = [:]
        for status in reds.sorted(by: { $0.taskID < $1.taskID }) {
            let reason = status.behindReason.map { "滞后原因：\($0.chinese)。" } ?? ""
            groups[status.lead ?? "（未分配）", default: []].append(
                item(status, note: reason + status.explanation.replacingOccurrences(of: " → ■ 红", with: "")))
        }
        let red = groups.keys.sorted { (groups[$0]!.count, $1) > (groups[$1]!.count, $0) }
            .map { Circular.DepartmentGroup(department: $0, items: groups[$0]!) }
        let yellow = active.filter { $0.light == .yellow }.sorted { $0.taskID < $1.taskID }
            .map { item($0, note: $0.explanation.replacingOccurrences(of: " → ▲ 黄", with: "")) }
        // Given or answered this month, or still waiting for an answer at the month's end.
        let given = instructions.filter {
            $0.createdAt.hasPrefix(monthPrefix) || $0.answeredAt?.hasPrefix(monthPrefix) == true
                || ($0.answeredAt == nil && String($0.createdAt.prefix(10)) <= asOf.text)
        }.sorted { $0.id < $1.id }.map {
            Circular.InstructionItem(
                author: $0.author, department: $0.department, text: $0.text, givenOn: String($0.createdAt.prefix(10)),
                state: $0.state.chinese, answer: $0.answer)
        }
        let figures = Circular.Figures(
            tasks: active.count, done: active.filter { $0.state == .done }.count, doneThisMonth: doneThisMonth.count,
            green: active.filter { $0.light == .green }.count, yellow: yellow.count, red: reds.count)
        return Circular(
            jurisdiction: jurisdiction, planYear: planYear, year: year, month: month, number: nil, asOf: asOf.text,
            issuedOn: today.text,
            issuer: "\(jurisdiction)人民政府督查室",
            summary: summary(jurisdiction: jurisdiction, month: month, asOf: asOf, figures: figures, red: red),
            figures: figures, red: red, yellow: yellow, praised: praised, instructions: given)
    }

    /// The default opening paragraph, in the house style of a circular.
    static func summary(
        jurisdiction: String, month: Int, asOf: ISODate, figures: Circular.Figures, red: [Circular.DepartmentGroup]
    ) -> String {
        let share = figures.tasks == 0 ? 0 : Int((Double(figures.done) / Double(figures.tasks) * 100).rounded())
        var text = """
            截至\(asOf.month)月\(asOf.day)日，\(jurisdiction)政府工作报告确定的\(figures.tasks)项重点任务中，已完成\(figures.done)项（占\(share)%），\
            其中\(month)月完成\(figures.doneThisMonth)项；正常推进\(figures.green)项，进度预警\(figures.yellow)项，严重滞后或逾期\(figures.red)项。
            """
        if !red.isEmpty {
            let most = red.prefix(3).map { "\($0.department)（\($0.items.count)项）" }.joined(separator: "、")
            text += "滞后任务较多的单位是\(most)，请相关单位对照通报逐项整改，按期报送进展。"
        } else {
            text += "各项任务总体按计划推进。"
        }
        return text
    }
}
