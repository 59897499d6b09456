import Foundation
import Hummingbird
import PlanActions
import PlanStore
import ReportExtraction
import ReportFiles

/// The office admin's page: users and roles, departments, importing a report.
struct AdminModel {
    struct UserRow {
        let id: Int
        let login: String
        let name: String
        let role: String
        let department: String
        let disabled: Bool
        let isSelf: Bool
    }

    struct RoleOption {
        let value: String
        let label: String
    }

    let users: [UserRow]
    let roles: [RoleOption]
    let departments: [DepartmentRecord]
    let message: String?
}

/// Users, departments and importing a report.
struct AdminController: PageController {
    let services: PageServices
    static let path = "admin"

    var users: UserActions { UserActions(store: store, hasher: settings.hasher) }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get { request, context in try await admin(request, context) }
        routes.post("users") { request, context in try await createUser(request, context) }
        routes.post("users/:id/disabled") { request, context in try await setUserDisabled(request, context) }
        routes.post("users/:id/password") { request, context in try await resetPassword(request, context) }
        routes.post("departments") { request, context in try await createDepartment(request, context) }
        routes.post("import") { request, context in try await importReport(request, context) }
        return routes
    }

    func admin(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer { $0.isAdmin }
        let language = context.language
        let users = try await store.users(jurisdiction: viewer.user.jurisdiction).map {
            AdminModel.UserRow(
                id: $0.id, login: $0.login, name: $0.displayName, role: language == .chinese ? $0.role.chinese : $0.role.rawValue,
                department: $0.departmentName ?? "", disabled: $0.disabled, isSelf: $0.id == viewer.user.id)
        }
        // `year|version|outcome`, as the import left it, in the viewer's words.
        let message = request.uri.queryParameters["imported"].map { String($0).split(separator: "|") }.flatMap {
            parts -> String? in
            guard parts.count == 3, let outcome = language.strings["admin_import_" + parts[2]] else { return nil }
            return outcome.replacingOccurrences(of: "{year}", with: parts[0]).replacingOccurrences(
                of: "{version}", with: parts[1])
        }
        let model = AdminModel(
            users: users,
            roles: User.Role.allCases.map {
                AdminModel.RoleOption(value: $0.rawValue, label: language == .chinese ? $0.chinese : $0.rawValue)
            },
            departments: try await store.departments(jurisdiction: viewer.user.jurisdiction), message: message)
        return renderer.page("admin", title: language.strings["admin"]!, model: model, request: request, context: context)
    }

    func createUser(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        guard let role = form["role"].flatMap(User.Role.init(rawValue:)) else { throw AppError.invalid("请选择角色。 Choose a role.") }
        let draft = UserActions.Draft(
            login: try form.required("login", label: "登录名 login"), displayName: try form.required("name", label: "姓名 name"),
            role: role, department: role == .department ? try form.required("department", label: "单位 department") : nil,
            password: form.values["password"]?.first ?? "")
        _ = try await users.create(draft, by: viewer.acting)
        return Response(status: .seeOther, headers: [.location: "/admin"])
    }

    func setUserDisabled(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        _ = try await users.setDisabled(userID: try Pages.id(context), form["disabled"] == "1", by: viewer.acting)
        return Response(status: .seeOther, headers: [.location: "/admin"])
    }

    /// Sets a new password for a user of the admin's jurisdiction; their sessions end.
    func resetPassword(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        try await users.resetPassword(userID: try Pages.id(context), form.values["password"]?.first ?? "", by: viewer.acting)
        return Response(status: .seeOther, headers: [.location: "/admin"])
    }

    func createDepartment(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        _ = try await DirectoryActions(store: store).createDepartment(
            DepartmentEntry(
                name: try form.required("name", label: "单位名称 name"), shortName: form["short_name"], parent: form["parent"],
                keywords: DepartmentEntry.splitKeywords(form["keywords"] ?? "")),
            by: viewer.acting)
        return Response(status: .seeOther, headers: [.location: "/admin"])
    }

    /// Imports an uploaded report (text, PDF or DOCX) into the admin's jurisdiction.
    func importReport(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        // Before the upload is decoded (a PDF takes a while); the action decides again.
        guard viewer.isAdmin else { throw AppError.forbidden }
        guard let upload = form.upload("report"), !upload.bytes.isEmpty else {
            throw AppError.invalid("请选择报告文件。 Choose a report file.")
        }
        let decoded: DecodedReport
        do {
            decoded = try ReportFile.decode(Data(upload.bytes), path: upload.filename, sizeLimit: settings.reportSizeLimit)
        } catch {
            throw AppError.invalid(error.localizedDescription)
        }
        let result = try await DirectoryActions(store: store).importReport(
            text: decoded.text, planYear: try form.integer("year", label: "年度 year"), by: viewer.acting)
        let summary = "\(result.planYear)|\(result.version)|\(result.outcome.rawValue)"
        return Response(
            status: .seeOther,
            headers: [
                .location: "/admin?imported=" + (summary.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
            ])
    }
}
