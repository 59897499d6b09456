import PlanStore

/// One leader's instruction as the pages show it, with what the viewer may do about it.
struct InstructionRow {
    let id: Int
    let author: String
    let givenOn: String
    let text: String
    let department: String
    let taskLink: String?
    let taskText: String?
    let answerBy: String
    let state: String
    /// `waiting`, `acknowledged` or `answered`, for the CSS class.
    let stateCode: String
    let overdue: Bool
    let acknowledgedBy: String?
    let answer: String?
    let answeredBy: String?
    let answeredOn: String?
    /// The addressed department may acknowledge it once and answer it once.
    let mayAcknowledge: Bool
    let mayAnswer: Bool
    let version: Int

    init(_ instruction: Instruction, viewer: Viewer, language: Language, today: ISODate = .today) {
        let strings = language.strings
        let addressed = viewer.departmentName == instruction.department
        id = instruction.id
        author = instruction.author
        givenOn = language.date(instruction.createdAt)
        text = instruction.text
        department = instruction.department
        taskLink = instruction.taskID.map { "/tasks/\($0)" }
        taskText = instruction.taskText
        answerBy = language.date(instruction.answerBy)
        state = strings["instruction_" + instruction.state.rawValue] ?? instruction.state.chinese
        stateCode = instruction.state.rawValue
        overdue = instruction.isOverdue(on: today)
        acknowledgedBy = instruction.acknowledgedBy
        answer = instruction.answer
        answeredBy = instruction.answeredBy
        answeredOn = instruction.answeredAt.map { language.date($0) }
        mayAcknowledge = addressed && instruction.state == .waiting
        mayAnswer = addressed && instruction.state != .answered
        version = instruction.rowVersion
    }
}
