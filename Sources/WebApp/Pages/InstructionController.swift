import Foundation
import Hummingbird
import PlanActions
import PlanStore

/// Leaders' instructions: all of them for the office and leaders (who give them here), a
/// department's own for a department (which acknowledges and answers them here).
struct InstructionsModel {
    let department: String?
    let instructions: [InstructionRow]
    let open: Int
    let mayGive: Bool
    let departments: [String]
    let today: String
    let defaultAnswerBy: String
    let back: String
    let message: String?
}

/// Leaders' instructions and departments' answers.
struct InstructionController: PageController {
    let services: PageServices
    static let path = "instructions"

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get { request, context in try await instructionsPage(request, context) }
        routes.post { request, context in try await giveInstruction(request, context) }
        routes.post(":id/acknowledge") { request, context in try await acknowledgeInstruction(request, context) }
        routes.post(":id/answer") { request, context in try await answerInstruction(request, context) }
        return routes
    }

    func instructionsPage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let language = context.language
        let instructions = try await store.instructions(jurisdiction: viewer.user.jurisdiction, department: viewer.departmentName)
        let departments = try await store.departments(jurisdiction: viewer.user.jurisdiction).filter { !$0.disabled }.map(\.name)
        let today = ISODate.today
        let model = InstructionsModel(
            department: viewer.departmentName,
            instructions: instructions.map { InstructionRow($0, viewer: viewer, language: language, today: today) },
            open: instructions.filter { $0.state != .answered }.count,
            mayGive: viewer.mayInstruct, departments: departments, today: today.text, defaultAnswerBy: today.adding(days: 7).text,
            back: "/instructions",
            message: request.uri.queryParameters["done"].flatMap { language.strings["instruction_done_" + String($0)] })
        return renderer.page(
            "instructions", title: language.strings["instructions"]!, model: model, request: request, context: context)
    }

    /// A leader (or the office for one) gives an instruction on a task (`task_id`) or to a department.
    func giveInstruction(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        let taskID = try form.integer("task_id", label: "任务 task")
        let draft = InstructionActions.Draft(
            taskID: taskID, department: taskID == nil ? try form.required("department", label: "承办单位 department") : nil,
            text: try form.required("text", label: "批示内容 instruction"),
            answerBy: try form.required("answer_by", label: "答复期限 answer by"))
        // With a task, the store takes the plan year from it and checks it is of this jurisdiction.
        let planYear = try await snapshot(for: viewer, request: request).planYear
        let instruction = try await InstructionActions(store: store).give(draft, planYear: planYear, by: viewer.acting)
        return Pages.redirect(fallback: "/instructions?done=given#instruction-\(instruction.id)", form: form)
    }

    func acknowledgeInstruction(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        _ = try await InstructionActions(store: store).acknowledge(instructionID: try Pages.id(context), by: viewer.acting)
        return Pages.redirect(fallback: "/instructions", form: form)
    }

    func answerInstruction(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        _ = try await InstructionActions(store: store).answer(
            instructionID: try Pages.id(context), try form.required("answer", label: "办理情况 answer"),
            expectedVersion: try form.integer("version", label: "版本 version"), by: viewer.acting)
        return Pages.redirect(fallback: "/instructions", form: form)
    }
}
