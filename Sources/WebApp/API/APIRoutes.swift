import Documents
import Foundation
import Hummingbird
import PlanActions
import PlanStore

/// The JSON API under `/api/v1`: what the pages do, with the same rules, for scripts (token
/// auth) and for pages that improve themselves with a little script (session + `X-CSRF-Token`).
struct APIRoutes {
    let store: PlanStore
    let snapshots: PlanSnapshots
    let cache: PageCache

    func register(on api: RouterGroup<AppRequestContext>) {
        api.get("openapi.json") { _, _ in Self.openAPIResponse }
        api.get("me") { _, context in
            let user = try context.requireViewer().user
            return try json(
                MeJSON(
                    id: user.id, login: user.login, name: user.displayName, role: user.role.rawValue,
                    jurisdiction: user.jurisdiction, department: user.departmentName))
        }
        api.get("plan") { request, context in try await plan(request, context) }
        api.get("tasks") { request, context in try await tasks(request, context) }
        api.get("tasks/:id") { request, context in try await task(request, context) }
        api.post("tasks/:id/progress") { request, context in try await fileProgress(request, context) }
        api.post("tasks/:id/deadline-requests") { request, context in try await requestDeadline(request, context) }
        api.put("tasks/:id/assignment") { request, context in try await assign(request, context) }
        api.get("departments") { _, context in
            let viewer = try context.requireViewer()
            return try json(
                try await store.departments(jurisdiction: viewer.user.jurisdiction).map {
                    DepartmentJSON(id: $0.id, name: $0.name, short_name: $0.shortName, keywords: $0.keywordList)
                })
        }
        api.get("review") { request, context in try await pending(request, context) }
        api.post("progress/:id/review") { request, context in try await review(request, context) }
        api.get("allocation.csv") { request, context in try await allocationExport(request, context, xlsx: false) }
        api.get("allocation.xlsx") { request, context in try await allocationExport(request, context, xlsx: true) }
        registerVerdicts(on: api)
        // Anything else under /api is a JSON 404, not a page.
        api.get("**") { _, _ -> Response in throw AppError.notFound }
    }

    // MARK: - reading

    private func snapshot(_ viewer: Viewer, _ request: Request) async throws -> PlanSnapshot {
        guard let plan = try await snapshots.snapshot(jurisdiction: viewer.user.jurisdiction, asOf: try Pages.asOf(request))
        else {
            throw AppError(.notFound, code: "no_plan", message: "还没有导入工作报告。 No report has been imported yet.")
        }
        return plan
    }

    private func plan(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let plan = try await snapshot(viewer, request)
        let visible = plan.statuses.filter { viewer.mayRead($0) && $0.state != .dropped }
        var lights: [String: Int] = ["red": 0, "yellow": 0, "green": 0, "none": 0]
        for status in visible { lights[status.light.rawValue, default: 0] += 1 }
        return try json(
            PlanJSON(
                jurisdiction: plan.jurisdiction, plan_year: plan.planYear, title: plan.report.title, as_of: plan.asOf.text,
                published: plan.published,
                tasks: visible.count, done: visible.filter { $0.state == .done }.count,
                progress_percent: visible.isEmpty ? 0 : visible.map { $0.actual ?? 0 }.reduce(0, +) / Double(visible.count),
                lights: lights))
    }

    private func tasks(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let plan = try await snapshot(viewer, request)
        let query = try TaskQuery(request: request)
        // The same answer for everyone who sees the same tasks: kept until the plan changes.
        let key =
            "api-tasks|\(plan.jurisdiction)|\(plan.planYear)|\(plan.asOf.text)|\(viewer.scope)|\(query.queryString())|\(query.perPage)"
        if let kept = await cache.content(key, revision: plan.revision) { return Self.jsonResponse(kept) }
        let matches = query.matches(plan, viewer: viewer)
        let paging = Paging(count: matches.count, perPage: query.perPage, requested: query.page, clamped: false)
        let items = paging.items(matches).map(TaskJSON.init)
        let body = try Self.encode(
            TaskPageJSON(
                items: Array(items), page: query.page, per_page: query.perPage, total: matches.count, pages: paging.pages,
                as_of: plan.asOf.text))
        await cache.keep(body, under: key, revision: plan.revision)
        return Self.jsonResponse(body)
    }

    private func readable(_ context: AppRequestContext, _ viewer: Viewer) async throws -> (AllocatedTask, PlanSnapshot) {
        try await ReadableTask.find(context, viewer: viewer, store: store, snapshots: snapshots)
    }

    private func task(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let (task, plan) = try await readable(context, viewer)
        let names = Dictionary(uniqueKeysWithValues: plan.departments.map { ($0.id, $0.name) })
        let progress = try await store.progressReports(taskID: task.task.id)
            .filter { viewer.readsWholePlan || names[$0.departmentID] == viewer.departmentName }
            .map { ProgressJSON($0, department: names[$0.departmentID] ?? "") }
        return try json(
            TaskDetailJSON(
                task: plan.statusByTask[task.task.id].map(TaskJSON.init), id: task.task.id, text: task.task.text,
                row_version: task.task.rowVersion,
                vague: task.task.vague, active: task.task.state == .active, progress: progress))
    }

    private func pending(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer { $0.isOffice }
        let items = try await store.pendingReviews(jurisdiction: viewer.user.jurisdiction).map { entry -> ReviewItemJSON in
            switch entry.item {
            case .progress(let report):
                return ReviewItemJSON(
                    kind: "progress", id: report.id, task_id: report.taskID, task_text: entry.taskText,
                    department: entry.department,
                    progress: ProgressJSON(report, department: entry.department))
            case .deadline(let request):
                return ReviewItemJSON(
                    kind: "deadline", id: request.id, task_id: request.taskID, task_text: entry.taskText,
                    department: entry.department,
                    requested_deadline: request.requestedDeadline, reason: request.reason)
            }
        }
        return try json(items)
    }

    // MARK: - changing

    /// Browsers send cookies on their own; a cookie-authenticated change must also carry the
    /// session's token in `X-CSRF-Token`. Bearer tokens are never sent on their own.
    func checkCSRF(_ request: Request, _ viewer: Viewer) throws {
        guard let expected = viewer.csrfToken else { return }
        guard let given = request.headers[.init("X-CSRF-Token")!], FormFields.constantTimeEqual(given, expected) else {
            throw AppError.badCSRF
        }
    }

    /// The JSON body as `type`, every text field held to `TextLimit`.
    func body<T: Decodable>(_ type: T.Type, _ request: Request, _ context: AppRequestContext) async throws -> T {
        let decoded: T
        do {
            decoded = try await request.decode(as: type, context: context)
        } catch let error as AppError {
            throw error
        } catch {
            throw AppError(
                .badRequest, code: "bad_request", message: "请求内容不是有效的 JSON 或缺少字段。 The body is not valid JSON or lacks a field.")
        }
        try TextLimit.check(body: decoded)
        return decoded
    }

    private func fileProgress(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        try checkCSRF(request, viewer)
        let taskID = try Pages.id(context)
        let body = try await body(ProgressBody.self, request, context)
        let report = try await ProgressActions(store: store).file(
            ProgressDraft(
                reportedOn: body.reported_on ?? ISODate.today.text, narrative: body.narrative, value: body.value,
                unit: body.unit, percent: body.percent, completionRequested: body.completion_requested ?? false,
                behindReason: try ProgressDraft.behindReason(body.behind_reason)),
            taskID: taskID, by: viewer.acting)
        return try json(ProgressJSON(report, department: viewer.departmentName ?? ""), status: .created)
    }

    private func requestDeadline(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        try checkCSRF(request, viewer)
        let taskID = try Pages.id(context)
        let body = try await body(DeadlineRequestBody.self, request, context)
        let created = try await DeadlineActions(store: store).request(
            taskID: taskID, deadline: body.deadline, reason: body.reason, by: viewer.acting)
        return try json(["id": created.id], status: .created)
    }

    private func assign(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        try checkCSRF(request, viewer)
        let taskID = try Pages.id(context)
        let body = try await body(AssignmentBody.self, request, context)
        let updated = try await AllocationActions(store: store).allocate(
            taskID: taskID,
            AllocationActions.Allocation(lead: body.lead, coResponsible: body.co_responsible ?? [], deadline: body.deadline),
            reason: body.reason, expectedVersion: body.row_version, by: viewer.acting)
        return try json(
            TaskDetailJSON(
                task: nil, id: updated.task.id, text: updated.task.text, row_version: updated.task.rowVersion,
                vague: updated.task.vague,
                active: updated.task.state == .active, progress: []))
    }

    private func review(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        try checkCSRF(request, viewer)
        let reportID = try Pages.id(context)
        let body = try await body(ReviewBody.self, request, context)
        let report = try await ProgressActions(store: store).review(
            reportID: reportID, try ReviewDecision.parse(body.decision), comment: body.comment, by: viewer.acting)
        let department = try await store.departments(jurisdiction: viewer.user.jurisdiction)
            .first { $0.id == report.departmentID }?.name
        return try json(ProgressJSON(report, department: department ?? ""))
    }

    private func allocationExport(_ request: Request, _ context: AppRequestContext, xlsx: Bool) async throws -> Response {
        let viewer = try context.requireViewer { $0.readsWholePlan }
        let plan = try await snapshot(viewer, request)
        let table = try await store.allocationTable(jurisdiction: plan.jurisdiction, planYear: plan.planYear, asOf: plan.asOf)
        let name = "\(plan.jurisdiction)\(plan.planYear)年分工方案"
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "allocation"
        if !xlsx {
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename*=UTF-8''\(encoded).csv",
                ],
                body: .init(byteBuffer: ByteBuffer(string: table.csv())))
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-export-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try table.writeXLSX(to: url)
        let bytes = try Data(contentsOf: url)
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                .contentDisposition: "attachment; filename*=UTF-8''\(encoded).xlsx",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    // MARK: - encoding

    private func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        Self.jsonResponse(try Self.encode(value), status: status)
    }

    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func jsonResponse(_ body: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    static let openAPIDocument = Data(ShippedFiles.openAPIDocument)

    static var openAPIResponse: Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: openAPIDocument)))
    }
}
