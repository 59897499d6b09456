import Foundation
import Hummingbird
import HummingbirdTesting
import PlanStore
import Testing

@testable import WebApp

/// Every route, every role: who may see and change what.
@Suite("Who may do what, route by route")
struct AccessRulesTests {
    /// Pages a role may open (200), may not (403), or must sign in for (303 to /login).
    static let pages = ["/dashboard", "/tasks", "/report", "/workspace", "/review", "/allocation", "/admin", "/portal"]
    static let expected: [String: [String: HTTPResponse.Status]] = [
        "anonymous": [
            "/dashboard": .seeOther, "/tasks": .seeOther, "/report": .seeOther, "/workspace": .seeOther, "/review": .seeOther,
            "/allocation": .seeOther, "/admin": .seeOther, "/portal": .ok,
        ],
        "admin": [
            "/dashboard": .ok, "/tasks": .ok, "/report": .ok, "/workspace": .forbidden, "/review": .ok, "/allocation": .ok,
            "/admin": .ok, "/portal": .ok,
        ],
        "staff": [
            "/dashboard": .ok, "/tasks": .ok, "/report": .ok, "/workspace": .forbidden, "/review": .ok, "/allocation": .ok,
            "/admin": .forbidden, "/portal": .ok,
        ],
        "leader": [
            "/dashboard": .ok, "/tasks": .ok, "/report": .ok, "/workspace": .forbidden, "/review": .forbidden,
            "/allocation": .forbidden,
            "/admin": .forbidden, "/portal": .ok,
        ],
        "zhujian": [
            "/dashboard": .forbidden, "/tasks": .ok, "/report": .ok, "/workspace": .ok, "/review": .forbidden,
            "/allocation": .forbidden,
            "/admin": .forbidden, "/portal": .ok,
        ],
    ]

    @Test("each role opens its pages and no others", arguments: ["anonymous", "admin", "staff", "leader", "zhujian"])
    func pagesByRole(_ role: String) async throws {
        try await WebFixture.run { fixture in
            try await fixture.withApp { client in
                var browser = role == "anonymous" ? Browser(client) : try await Browser.signedIn(client, as: role)
                for page in Self.pages {
                    let status = try await browser.get(page).status
                    #expect(status == Self.expected[role]![page]!, "\(role) \(page): \(status)")
                }
            }
        }
    }

    @Test("a department user sees only its own tasks, on every page and in the API", arguments: WebEngine.available)
    func departmentSeesOwnTasks(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            try await fixture.withApp { client in
                var browser = try await Browser.signedIn(client, as: "zhujian")
                let list = String(buffer: try await browser.get("/tasks").body)
                #expect(list.contains("老旧小区"))
                #expect(!list.contains("幼儿园"))
                #expect(!list.contains("疾控"))
                let api = String(buffer: try await browser.get("/api/v1/tasks").body)
                #expect(api.contains("老旧小区"))
                #expect(!api.contains("幼儿园"))
                #expect(try await browser.get("/tasks/\(fixture.tasks["老旧小区"]!)").status == .ok)
            }
        }
    }

    @Test(
        "a department user forging another department's task id finds nothing and changes nothing", arguments: WebEngine.available
    )
    func forgedTaskIDs(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            let other = fixture.tasks["疾控"]!  // 区卫健委's
            let evidence = try await fixture.store.fileProgress(
                ProgressInput(
                    taskID: other, department: "区卫健委", reportedOn: "2022-03-01", narrative: "选址完成", percent: 10,
                    evidence: Evidence(name: "site.pdf", bytes: Array("%PDF-1.4 secret".utf8)), actor: "weijian"))
            try await fixture.withApp { client in
                var browser = try await Browser.signedIn(client, as: "zhujian")
                let token = try await browser.csrf()
                #expect(try await browser.get("/tasks/\(other)").status == .notFound)
                #expect(try await browser.get("/api/v1/tasks/\(other)").status == .notFound)
                #expect(try await browser.get("/progress/\(evidence.id)/evidence").status == .notFound)
                let page = try await browser.post(
                    "/tasks/\(other)/progress", form: ["_csrf": token, "narrative": "冒报", "percent": "100"])
                #expect(page.status == .notFound)
                let request = try await browser.post(
                    "/tasks/\(other)/deadline-request", form: ["_csrf": token, "deadline": "2023-06-30", "reason": "冒报"])
                #expect(request.status == .notFound)
                let api = try await browser.send(
                    "/api/v1/tasks/\(other)/progress", method: .post,
                    headers: [.contentType: "application/json", .init("X-CSRF-Token")!: token],
                    body: ByteBuffer(string: #"{"narrative":"冒报","percent":100}"#))
                #expect(api.status == .notFound)
                // Office routes on another department's records: not found, as the records are not its to see.
                #expect(
                    try await browser.post("/allocation/tasks/\(other)", form: ["_csrf": token, "op": "drop"]).status == .notFound
                )
                #expect(
                    try await browser.post("/review/progress/\(evidence.id)", form: ["_csrf": token, "decision": "accept"]).status
                        == .notFound)
                // On its own task they are forbidden.
                let own = fixture.tasks["老旧小区"]!
                #expect(
                    try await browser.post("/allocation/tasks/\(own)", form: ["_csrf": token, "op": "drop"]).status == .forbidden)
                #expect(try await browser.get("/tasks/999999").status == .notFound)
            }
            let reports = try await fixture.store.progressReports(taskID: other)
            #expect(reports.count == 1)
            #expect(reports[0].reviewState == .pending)
            #expect(try await fixture.store.deadlineRequests(taskID: other).isEmpty)
            #expect(try await fixture.store.allocatedTask(other).task.state == .active)
        }
    }

    @Test("a leader reads everything and changes nothing", arguments: WebEngine.available)
    func leaderReadsOnly(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            let task = fixture.tasks["垃圾"]!
            let request = try await fixture.store.requestDeadlineChange(
                taskID: fixture.tasks["老旧小区"]!, department: "区住建局", requestedDeadline: "2022-11-30", reason: "雨季",
                actor: "zhujian")
            try await fixture.withApp { client in
                var browser = try await Browser.signedIn(client, as: "leader")
                let token = try await browser.csrf()
                #expect(try await browser.get("/tasks/\(task)").status == .ok)
                #expect(
                    try await browser.post("/allocation/tasks/\(task)", form: ["_csrf": token, "op": "drop", "reason": "x"])
                        .status == .forbidden)
                #expect(
                    try await browser.post("/tasks/\(task)/progress", form: ["_csrf": token, "narrative": "x"]).status
                        == .forbidden)
                #expect(
                    try await browser.post(
                        "/admin/users",
                        form: ["_csrf": token, "login": "evil", "name": "x", "role": "office_admin", "password": "12345678"]
                    ).status == .forbidden)
                #expect(try await browser.get("/api/v1/review").status == .forbidden)
                let other = try #require(try await fixture.store.credentials(login: "zhujian")).user.id
                #expect(
                    try await browser.post("/admin/users/\(other)/password", form: ["_csrf": token, "password": "taken-over-1"])
                        .status == .forbidden)
                #expect(
                    try await browser.post("/admin/users/\(other)/disabled", form: ["_csrf": token, "disabled": "1"]).status
                        == .forbidden)
                #expect(try await browser.post("/admin/import", form: ["_csrf": token]).status == .forbidden)
                #expect(try await browser.post("/allocation/publish", form: ["_csrf": token]).status == .forbidden)
                #expect(
                    try await browser.post("/review/deadline/\(request.id)", form: ["_csrf": token, "decision": "accept"]).status
                        == .forbidden)
            }
            #expect(try await fixture.store.users(jurisdiction: "白水区").count == 5)
        }
    }

    @Test(
        "a user the admin disables is signed out at once; an admin resets a password; an admin cannot disable themselves",
        arguments: WebEngine.available)
    func disabledUser(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            try await fixture.withApp { client in
                var department = try await Browser.signedIn(client, as: "zhujian")
                #expect(try await department.get("/workspace").status == .ok)
                var admin = try await Browser.signedIn(client, as: "admin")
                let token = try await admin.csrf(from: "/admin")
                let zhujian = try #require(try await fixture.store.credentials(login: "zhujian")).user.id
                #expect(
                    try await admin.post("/admin/users/\(zhujian)/disabled", form: ["_csrf": token, "disabled": "1"]).status
                        == .seeOther)
                #expect(try await department.get("/workspace").status == .seeOther)  // to the sign-in page
                var again = Browser(client)
                #expect(try await again.signIn("zhujian", password: WebFixture.password).status == .unauthorized)
                // A new password from the admin: the old one stops working, the new one signs in.
                #expect(
                    try await admin.post("/admin/users/\(zhujian)/disabled", form: ["_csrf": token, "disabled": "0"]).status
                        == .seeOther)
                #expect(
                    try await admin.post("/admin/users/\(zhujian)/password", form: ["_csrf": token, "password": "short"]).status
                        == .unprocessableContent)
                #expect(
                    try await admin.post(
                        "/admin/users/\(zhujian)/password", form: ["_csrf": token, "password": "brand-new-pass"]
                    ).status == .seeOther)
                var fresh = Browser(client)
                #expect(try await fresh.signIn("zhujian", password: WebFixture.password).status == .unauthorized)
                #expect(try await fresh.signIn("zhujian", password: "brand-new-pass").status == .seeOther)
                let own = try #require(try await fixture.store.credentials(login: "admin")).user.id
                #expect(
                    try await admin.post("/admin/users/\(own)/disabled", form: ["_csrf": token, "disabled": "1"]).status
                        == .unprocessableContent)
            }
        }
    }

    @Test("signed-out API calls get a JSON 401; unknown API paths a JSON 404", arguments: WebEngine.available)
    func apiErrors(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            try await fixture.withApp { client in
                var browser = Browser(client)
                let response = try await browser.get("/api/v1/tasks")
                #expect(response.status == .unauthorized)
                let body =
                    try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: [String: String]]
                #expect(body?["error"]?["code"] == "unauthorized")
                let bad = try await browser.get("/api/v1/tasks", headers: [.authorization: "Bearer not-a-token"])
                #expect(bad.status == .unauthorized)
                let unknown = try await browser.get("/api/v1/nothing/here")
                #expect(unknown.status == .notFound)
                #expect(unknown.headers[.contentType]?.hasPrefix("application/json") == true)
            }
        }
    }

    @Test("two departments filing the same bytes each download them under their own file name")
    func evidenceNamesPerReport() async throws {
        try await WebFixture.run { fixture in
            let bytes = Array("%PDF-1.4 same bytes".utf8)
            let houses = fixture.tasks["老旧小区"]!  // 区住建局 leads, 区城管局 shares
            let first = try await fixture.store.fileProgress(
                ProgressInput(
                    taskID: houses, department: "区住建局", reportedOn: "2022-03-01", narrative: "验收",
                    evidence: Evidence(name: "住建局验收单.pdf", bytes: bytes), actor: "zhujian"))
            let second = try await fixture.store.fileProgress(
                ProgressInput(
                    taskID: houses, department: "区城管局", reportedOn: "2022-03-02", narrative: "验收",
                    evidence: Evidence(name: "城管局签收表.pdf", bytes: bytes), actor: "chengguan"))
            #expect(first.evidenceID == second.evidenceID)  // stored once
            try await fixture.withApp { client in
                var office = try await Browser.signedIn(client, as: "staff")
                let one = try await office.get("/progress/\(first.id)/evidence")
                let two = try await office.get("/progress/\(second.id)/evidence")
                #expect(
                    one.headers[.contentDisposition]?.contains(
                        "住建局验收单.pdf".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!) == true)
                #expect(
                    two.headers[.contentDisposition]?.contains(
                        "城管局签收表.pdf".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!) == true)
                #expect(Array(buffer: two.body) == bytes)
            }
        }
    }
}
