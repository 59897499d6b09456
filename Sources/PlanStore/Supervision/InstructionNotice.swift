/// The messages an instruction makes: to the department when given and when late, to the
/// leaders when answered. Each has one key, so none is made twice.
enum InstructionNotice {
    static func given(_ instruction: Instruction, departmentID: Int) -> Reminder {
        let on = instruction.taskText.map { "关于任务「\(ReminderSchedule.short($0))」，" } ?? ""
        return Reminder(
            kind: .instruction, audience: .department(id: departmentID, name: instruction.department), taskID: instruction.taskID,
            instructionID: instruction.id, dueOn: String(instruction.createdAt.prefix(10)), key: "instruction:\(instruction.id)",
            subject: "【领导批示】\(instruction.author)：\(ReminderSchedule.short(instruction.text, 20))",
            body: """
                \(instruction.department)：\(on)\(instruction.author)批示：“\(instruction.text)”
                请签收，并于 \(instruction.answerBy) 前答复办理情况。
                """)
    }

    static func answered(_ instruction: Instruction) -> Reminder {
        Reminder(
            kind: .instructionAnswered, audience: .leaders, taskID: instruction.taskID, instructionID: instruction.id,
            dueOn: String((instruction.answeredAt ?? instruction.createdAt).prefix(10)),
            key: "instruction_answered:\(instruction.id)",
            subject: "【批示办理】\(instruction.department)已答复：\(ReminderSchedule.short(instruction.text, 16))",
            body: """
                \(instruction.author)批示：“\(instruction.text)”
                \(instruction.department)答复（\(instruction.answeredBy ?? "")）：\(instruction.answer ?? "")
                """)
    }

    /// The n-th urge falls on working day 1 + (n − 1) × every after the answer date, as for tasks.
    static func urge(_ instruction: Instruction, departmentID: Int, on date: ISODate, rules: ReminderRules) -> Reminder? {
        guard let due = ISODate(instruction.answerBy), instruction.answeredAt == nil else { return nil }
        let workingDays = rules.calendar.workingDays(after: due, through: date)
        guard !workingDays.isEmpty else { return nil }
        let count = 1 + (workingDays.count - 1) / rules.urgeEveryWorkingDays
        let late = date.dayNumber - due.dayNumber
        return Reminder(
            kind: .instructionUrge, audience: .department(id: departmentID, name: instruction.department),
            taskID: instruction.taskID,
            instructionID: instruction.id, dueOn: workingDays[(count - 1) * rules.urgeEveryWorkingDays].text,
            key: "instruction_urge:\(instruction.id):\(count)",
            subject: "【批示催办】第 \(count) 次：\(instruction.author)批示逾期 \(late) 天未答复",
            body: """
                \(instruction.department)：\(instruction.author)的批示“\(ReminderSchedule.short(instruction.text))”应于 \(instruction.answerBy) 前答复，\
                至今未答复（逾期 \(late) 天）。请尽快答复办理情况。
                """)
    }
}
