import Foundation
import Hummingbird
import HummingbirdTesting
import PlanStore
import ReportExtraction
import Testing

@testable import WebApp

@Suite("The JSON API and its OpenAPI document")
struct APITests {
    /// Calls an endpoint and checks the answer against the document's schema for its status.
    static func call(
        _ browser: inout Browser, _ schema: OpenAPISchema, method: HTTPRequest.Method, uri: String, template: String,
        headers: HTTPFields = [:], body: String? = nil
    ) async throws -> (status: Int, json: Any?) {
        var headers = headers
        if body != nil { headers[.contentType] = "application/json" }
        let response = try await browser.send(
            "/api/v1" + uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        let status = Int(response.status.code)
        let json = try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
        let documented = try #require(
            schema.responseSchema(path: template, method: method.rawValue.lowercased(), status: status),
            "\(method) \(template) answered \(status), which the document does not list")
        let problems = schema.problems(json ?? NSNull(), against: documented)
        #expect(problems.isEmpty, "\(method) \(uri) \(status): \(problems)")
        return (status, json)
    }

    @Test("every endpoint's real answers, success and error, fit the OpenAPI document", arguments: WebEngine.available)
    func responsesFitTheDocument(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            let houses = fixture.tasks["老旧小区"]!
            let clinic = fixture.tasks["疾控"]!
            let departmentToken = APIToken.random()
            let officeToken = APIToken.random()
            try await fixture.store.createAPIToken(
                tokenHash: departmentToken.hash,
                userID: try #require(try await fixture.store.credentials(login: "zhujian")).user.id, name: "t", actor: "t")
            try await fixture.store.createAPIToken(
                tokenHash: officeToken.hash, userID: try #require(try await fixture.store.credentials(login: "staff")).user.id,
                name: "t", actor: "t")
            try await fixture.withApp { client in
                var browser = Browser(client)
                let document = try await browser.get("/api/v1/openapi.json")
                #expect(document.status == .ok)
                let schema = try OpenAPISchema(Data(document.body.readableBytesView))
                let department: HTTPFields = [.authorization: "Bearer \(departmentToken.value)"]
                let office: HTTPFields = [.authorization: "Bearer \(officeToken.value)"]

                _ = try await Self.call(&browser, schema, method: .get, uri: "/me", template: "/me", headers: department)
                #expect(try await Self.call(&browser, schema, method: .get, uri: "/me", template: "/me").status == 401)
                _ = try await Self.call(&browser, schema, method: .get, uri: "/plan", template: "/plan", headers: office)
                let page = try await Self.call(
                    &browser, schema, method: .get, uri: "/tasks?per_page=2", template: "/tasks", headers: office)
                #expect((page.json as? [String: Any])?["total"] as? Int == 5)
                #expect(
                    try await Self.call(
                        &browser, schema, method: .get, uri: "/tasks?sort=random", template: "/tasks", headers: office
                    ).status == 422)
                _ = try await Self.call(
                    &browser, schema, method: .get, uri: "/tasks/\(houses)", template: "/tasks/{id}", headers: department)
                #expect(
                    try await Self.call(
                        &browser, schema, method: .get, uri: "/tasks/\(clinic)", template: "/tasks/{id}", headers: department
                    ).status == 404)

                let filed = try await Self.call(
                    &browser, schema, method: .post, uri: "/tasks/\(houses)/progress", template: "/tasks/{id}/progress",
                    headers: department,
                    body: #"{"reported_on":"2022-05-01","narrative":"开工40个","value":40,"unit":"个","behind_reason":"funding"}"#)
                #expect(filed.status == 201)
                #expect(
                    try await Self.call(
                        &browser, schema, method: .post, uri: "/tasks/\(houses)/progress", template: "/tasks/{id}/progress",
                        headers: department,
                        body: #"{"narrative": 5"#
                    ).status == 400)
                #expect(
                    try await Self.call(
                        &browser, schema, method: .post, uri: "/tasks/\(houses)/progress", template: "/tasks/{id}/progress",
                        headers: department,
                        body: #"{"narrative":"x","percent":140}"#
                    ).status == 422)
                #expect(
                    try await Self.call(
                        &browser, schema, method: .post, uri: "/tasks/\(houses)/progress", template: "/tasks/{id}/progress",
                        headers: office,
                        body: #"{"narrative":"x"}"#
                    ).status == 403)
                #expect(
                    try await Self.call(
                        &browser, schema, method: .post, uri: "/tasks/\(houses)/deadline-requests",
                        template: "/tasks/{id}/deadline-requests",
                        headers: department, body: #"{"deadline":"2023-03-31","reason":"冬季停工"}"#
                    ).status == 201)

                let pending = try await Self.call(
                    &browser, schema, method: .get, uri: "/review", template: "/review", headers: office)
                #expect((pending.json as? [Any])?.count == 2)
                let reportID = try #require(((filed.json as? [String: Any])?["id"] as? Int))
                #expect(
                    try await Self.call(
                        &browser, schema, method: .post, uri: "/progress/\(reportID)/review", template: "/progress/{id}/review",
                        headers: office,
                        body: #"{"decision":"maybe"}"#
                    ).status == 422)
                #expect(
                    try await Self.call(
                        &browser, schema, method: .post, uri: "/progress/\(reportID)/review", template: "/progress/{id}/review",
                        headers: office,
                        body: #"{"decision":"return","comment":"数字与照片不符"}"#
                    ).status == 200)
                #expect(
                    try await Self.call(
                        &browser, schema, method: .post, uri: "/progress/\(reportID)/review", template: "/progress/{id}/review",
                        headers: department,
                        body: #"{"decision":"accept"}"#
                    ).status == 403)

                let version = try await fixture.store.allocatedTask(clinic).task.rowVersion
                #expect(
                    try await Self.call(
                        &browser, schema, method: .put, uri: "/tasks/\(clinic)/assignment", template: "/tasks/{id}/assignment",
                        headers: office,
                        body: #"{"lead":"区卫健委","co_responsible":["区城管局"],"reason":"增加配合单位","row_version":\#(version)}"#
                    ).status == 200)
                #expect(
                    try await Self.call(
                        &browser, schema, method: .put, uri: "/tasks/\(clinic)/assignment", template: "/tasks/{id}/assignment",
                        headers: office,
                        body: #"{"lead":"区卫健委","reason":"旧版本","row_version":\#(version)}"#
                    ).status == 409)
                #expect(
                    try await Self.call(
                        &browser, schema, method: .put, uri: "/tasks/\(clinic)/assignment", template: "/tasks/{id}/assignment",
                        headers: office,
                        body: #"{"lead":"区卫健委"}"#
                    ).status == 422)  // published: a change needs a reason
                _ = try await Self.call(
                    &browser, schema, method: .get, uri: "/departments", template: "/departments", headers: department)

                let csv = try await browser.get("/api/v1/allocation.csv", headers: office)
                #expect(csv.status == .ok)
                #expect(String(buffer: csv.body).hasPrefix("\u{FEFF}序号"))
                let xlsx = try await browser.get("/api/v1/allocation.xlsx", headers: office)
                #expect(Array(buffer: xlsx.body).prefix(2) == [0x50, 0x4B])  // a ZIP: the workbook
                #expect(try await browser.get("/api/v1/allocation.csv", headers: department).status == .forbidden)
            }
            #expect(try await fixture.store.allocatedTask(clinic).coResponsible == ["区城管局"])
        }
    }

    @Test("the verdict endpoints' answers, success and error, fit the OpenAPI document", arguments: WebEngine.available)
    func verdictsFitTheDocument(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            let officeToken = APIToken.random()
            let departmentToken = APIToken.random()
            try await fixture.store.createAPIToken(
                tokenHash: officeToken.hash, userID: try #require(try await fixture.store.credentials(login: "staff")).user.id,
                name: "t", actor: "t")
            try await fixture.store.createAPIToken(
                tokenHash: departmentToken.hash,
                userID: try #require(try await fixture.store.credentials(login: "zhujian")).user.id, name: "t", actor: "t")
            try await fixture.withApp { client in
                var browser = Browser(client)
                let schema = try OpenAPISchema(Data((try await browser.get("/api/v1/openapi.json").body).readableBytesView))
                let office: HTTPFields = [.authorization: "Bearer \(officeToken.value)"]
                let department: HTTPFields = [.authorization: "Bearer \(departmentToken.value)"]
                // before the next year's report: nothing judged yet
                #expect(
                    try await Self.call(&browser, schema, method: .get, uri: "/verdicts", template: "/verdicts", headers: office)
                        .status == 404)
                _ = try await fixture.store.importReport(
                    ReportExtractor.extract(FulfilmentPageTests.review), sourceText: FulfilmentPageTests.review)

                let book = try await Self.call(
                    &browser, schema, method: .get, uri: "/verdicts", template: "/verdicts", headers: office)
                #expect(book.status == 200)
                let items = try #require((book.json as? [String: Any])?["items"] as? [[String: Any]])
                let clinic = try #require(
                    items.first { ($0["commitment"] as? String)?.contains("疾控") == true && $0["kind"] as? String == "task" })
                let clinicID = try #require(clinic["id"] as? Int)
                #expect(clinic["outcome"] as? String == "silent" && clinic["carry_over"] as? String == "proposed")
                #expect(
                    try await Self.call(
                        &browser, schema, method: .get, uri: "/verdicts?year=soon", template: "/verdicts", headers: office
                    ).status == 422)
                #expect(
                    try await Self.call(
                        &browser, schema, method: .get, uri: "/verdicts", template: "/verdicts", headers: department
                    ).status == 403)
                #expect(
                    try await Self.call(&browser, schema, method: .get, uri: "/verdicts", template: "/verdicts").status == 401)

                let decision = "/verdicts/\(clinicID)/decision"
                #expect(
                    try await Self.call(
                        &browser, schema, method: .post, uri: decision, template: "/verdicts/{id}/decision", headers: office,
                        body: #"{"outcome":"progress","row_version":1}"#
                    ).status == 422)  // overriding needs a reason
                let decided = try await Self.call(
                    &browser, schema, method: .post, uri: decision, template: "/verdicts/{id}/decision", headers: office,
                    body: #"{"outcome":"progress","reason":"已开工","row_version":1}"#)
                #expect(decided.status == 200)
                #expect((decided.json as? [String: Any])?["decision"] as? String == "overridden")
                #expect(
                    try await Self.call(
                        &browser, schema, method: .post, uri: decision, template: "/verdicts/{id}/decision", headers: office,
                        body: #"{"outcome":"silent","reason":"x","row_version":1}"#
                    ).status == 409)
                #expect(
                    try await Self.call(
                        &browser, schema, method: .post, uri: decision, template: "/verdicts/{id}/decision", headers: office,
                        body: #"{"outcome":"maybe","row_version":2}"#
                    ).status == 422)
                #expect(
                    try await Self.call(
                        &browser, schema, method: .post, uri: "/verdicts/999999/decision", template: "/verdicts/{id}/decision",
                        headers: office,
                        body: #"{"outcome":"done","reason":"x","row_version":1}"#
                    ).status == 404)
                // The clinic is not the department's task: its verdict is not found for it.
                #expect(
                    try await Self.call(
                        &browser, schema, method: .post, uri: decision, template: "/verdicts/{id}/decision", headers: department,
                        body: #"{"outcome":"done","reason":"x","row_version":2}"#
                    ).status == 404)

                let carry = "/verdicts/\(clinicID)/carry-over"
                let carried = try await Self.call(
                    &browser, schema, method: .post, uri: carry, template: "/verdicts/{id}/carry-over", headers: office,
                    body: #"{"decision":"accept"}"#)
                #expect(carried.status == 200)
                #expect(
                    try await Self.call(
                        &browser, schema, method: .post, uri: carry, template: "/verdicts/{id}/carry-over", headers: office,
                        body: #"{"decision":"accept"}"#
                    ).status == 409)
                #expect(
                    try await Self.call(
                        &browser, schema, method: .post, uri: carry, template: "/verdicts/{id}/carry-over", headers: office,
                        body: #"{"decision":"later"}"#
                    ).status == 422)
                #expect(
                    try await Self.call(
                        &browser, schema, method: .post, uri: carry, template: "/verdicts/{id}/carry-over", headers: office,
                        body: #"{"decision":"#
                    ).status == 400)
            }
            #expect(try await fixture.store.tasks(jurisdiction: "白水区", planYear: 2023).contains { $0.text.contains("疾控") })
        }
    }

    @Test("the schema check itself finds a missing field, a wrong type, an unknown field and a value out of its enum")
    func schemaCheckCanFail() throws {
        let document = try Data(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
                "../../Sources/WebApp/Assets/openapi.json"))
        let schema = try OpenAPISchema(document)
        let task = try #require(schema.responseSchema(path: "/tasks/{id}", method: "get", status: 200))
        let wrong: [String: Any] = [
            "id": "7", "text": "x", "row_version": 1, "vague": true, "active": 1, "progress": [], "extra": 1,
        ]
        let problems = schema.problems(wrong, against: task)
        #expect(problems.contains { $0.contains("$.id: not an integer") })
        #expect(problems.contains { $0.contains("$.active: not a boolean") })
        #expect(problems.contains { $0.contains("$.extra: not in the schema") })
        let error = try #require(schema.responseSchema(path: "/tasks/{id}", method: "get", status: 404))
        #expect(!schema.problems(["error": ["code": "x"]], against: error).isEmpty)
        let review = try #require(schema.responseSchema(path: "/review", method: "get", status: 200))
        #expect(
            !schema.problems([["kind": "other", "id": 1, "task_id": 1, "task_text": "", "department": ""]], against: review)
                .isEmpty)
    }

    @Test("a browser session changing data through the API must send its form token", arguments: WebEngine.available)
    func sessionNeedsCSRFHeader(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            let houses = fixture.tasks["老旧小区"]!
            try await fixture.withApp { client in
                var browser = try await Browser.signedIn(client, as: "zhujian")
                let without = try await browser.send(
                    "/api/v1/tasks/\(houses)/progress", method: .post, headers: [.contentType: "application/json"],
                    body: ByteBuffer(string: #"{"narrative":"x","percent":5}"#))
                #expect(without.status == .forbidden)
                let token = try await browser.csrf()
                let with = try await browser.send(
                    "/api/v1/tasks/\(houses)/progress", method: .post,
                    headers: [.contentType: "application/json", .init("X-CSRF-Token")!: token],
                    body: ByteBuffer(string: #"{"narrative":"x","percent":5}"#))
                #expect(with.status == .created)
            }
        }
    }
}
