import Foundation
import Hummingbird
import PlanStore

/// A commitment on the public portal with its published comments and the form for a new one.
struct PortalTaskModel {
    struct Entered {
        var kind: String = "comment"
        var body = ""
        var name = ""
        var contact = ""
        var isTip: Bool { kind == "tip" }
    }

    let task: TaskRow
    let jurisdiction: String
    let year: Int
    let back: String
    let action: String
    let comments: [CommentRow]
    let question: String
    let token: String
    let entered: Entered
    let error: String?
    let sent: Bool
    let bodyLimit: Int
}

extension PortalController {
    func portalTask(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (plan, status) = try await publicTask(context)
        return try await portalTaskPage(
            plan: plan, status: status, entered: .init(), error: nil, sent: request.uri.queryParameters["sent"] != nil,
            status: .ok, request: request, context: context)
    }

    /// A citizen sends a comment or tip; a refusal shows the form again with what they wrote.
    func submitComment(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (plan, status) = try await publicTask(context)
        let form = try await FormFields.read(request, context: context)
        var entered = PortalTaskModel.Entered()
        entered.kind = form["kind"] == "tip" ? "tip" : "comment"
        entered.body = form["body"] ?? ""
        entered.name = form["name"] ?? ""
        entered.contact = form["contact"] ?? ""
        do {
            // A field people cannot see: only a machine fills it in.
            guard (form["website"] ?? "").isEmpty else {
                throw AppError.invalid("无法提交，请刷新页面后再试。 This could not be sent: reload the page and try again.")
            }
            let secret = try await store.siteSecret()
            let answer = try CommentChallenge.read(
                token: form["challenge"] ?? "", answer: form["answer"] ?? "", taskID: status.taskID, secret: secret,
                minimumSeconds: settings.commentMinimumSeconds)
            // Keyed, so the kept hash cannot be turned back into an address by trying them all.
            let clientKey = HexDigest.hmacSHA256(
                key: secret, message: Array(("client|" + (context.remoteAddress ?? "unknown")).utf8))
            // One answer a form, right or wrong: the page shown again asks a new question.
            try await store.answerChallenge(nonce: answer.nonce, clientKey: clientKey, correct: answer.correct)
            guard answer.correct else { throw CommentChallenge.wrongAnswer }
            _ = try await store.submitComment(
                NewCitizenComment(
                    taskID: status.taskID, kind: entered.isTip ? .tip : .comment, body: entered.body, authorName: entered.name,
                    contact: entered.isTip ? entered.contact : nil, clientKey: clientKey, challenge: answer.signature),
                jurisdiction: plan.jurisdiction, planYear: plan.planYear)
        } catch let error as AppError {
            return try await portalTaskPage(
                plan: plan, status: status, entered: entered, error: error.message, sent: false, status: error.status,
                request: request,
                context: context)
        } catch let error as StoreError {
            let refusal = AppError(error)
            return try await portalTaskPage(
                plan: plan, status: status, entered: entered, error: refusal.message, sent: false, status: refusal.status,
                request: request, context: context)
        }
        return Response(
            status: .seeOther, headers: [.location: Self.portalTaskPath(plan, status.taskID) + "?sent=1#comment-form"])
    }

    /// The task of `:jurisdiction/:year/tasks/:id`, if its plan is published; else not found.
    private func publicTask(_ context: AppRequestContext) async throws -> (PlanSnapshot, TaskStatus) {
        let jurisdiction = context.parameters.get("jurisdiction").flatMap { $0.removingPercentEncoding } ?? ""
        let year = context.parameters.get("year").flatMap(Int.init)
        guard try await snapshots.publishedPlans().contains(where: { $0.jurisdiction == jurisdiction && $0.planYear == year }),
            let year,
            let plan = try await snapshots.snapshot(
                jurisdiction: jurisdiction, planYear: year, tolerating: settings.portalRefresh),
            let status = plan.statusByTask[try Pages.id(context)], status.state != .dropped
        else { throw AppError.notFound }
        return (plan, status)
    }

    private func portalTaskPage(
        plan: PlanSnapshot, status: TaskStatus, entered: PortalTaskModel.Entered, error: String?, sent: Bool,
        status code: HTTPResponse.Status,
        request: Request, context: AppRequestContext
    ) async throws -> Response {
        let language = context.language
        let challenge = CommentChallenge.make(taskID: status.taskID, secret: try await store.siteSecret())
        let path = Self.portalTaskPath(plan, status.taskID)
        let model = PortalTaskModel(
            task: TaskRow(status, language: language), jurisdiction: plan.jurisdiction, year: plan.planYear,
            back: path.components(separatedBy: "/tasks/")[0] + "#task-\(status.taskID)", action: path,
            comments: try await store.publicComments(taskID: status.taskID).map { CommentRow($0, language: language) },
            question: challenge.question, token: challenge.token, entered: entered, error: error, sent: sent,
            bodyLimit: NewCitizenComment.bodyLimit)
        return renderer.page("portal-task", title: status.text, model: model, request: request, context: context, status: code)
    }

    static func portalTaskPath(_ plan: PlanSnapshot, _ taskID: Int) -> String {
        portalTaskPrefix(plan) + String(taskID)
    }

    /// `/portal/玉泉区/2026/tasks/` (the name percent-encoded): a commitment's page is this and its id.
    static func portalTaskPrefix(_ plan: PlanSnapshot) -> String {
        "/portal/\(plan.jurisdiction.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")/\(plan.planYear)/tasks/"
    }
}
