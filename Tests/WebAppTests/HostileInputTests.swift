import Foundation
import Hummingbird
import HummingbirdTesting
import PlanStore
import Testing
import ZIPFoundation

@testable import WebApp

/// Inputs a careless or hostile client sends: two people saving one stale form, text with no
/// end or with control characters, a zip bomb as a report.
@Suite("Hostile and conflicting input")
struct HostileInputTests {
    @Test(
        "two office users saving the same task with one version: the second gets 409 saying what the first saved",
        arguments: WebEngine.available)
    func lostUpdate(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            let task = fixture.tasks["垃圾"]!
            let version = try await fixture.store.allocatedTask(task).task.rowVersion
            try await fixture.withApp { client in
                var admin = try await Browser.signedIn(client, as: "admin")
                var staff = try await Browser.signedIn(client, as: "staff")
                let adminToken = try await admin.csrf(from: "/allocation")
                let staffToken = try await staff.csrf(from: "/allocation")
                let form = ["op": "save", "lead": "区城管局", "version": "\(version)", "reason": "调整期限"]
                let first = try await admin.post(
                    "/allocation/tasks/\(task)", form: form.merging(["_csrf": adminToken, "deadline": "2022-09-30"]) { $1 })
                let second = try await staff.post(
                    "/allocation/tasks/\(task)", form: form.merging(["_csrf": staffToken, "deadline": "2022-11-30"]) { $1 })
                #expect(first.status == .seeOther)
                #expect(second.status == .conflict)
                let page = String(buffer: second.body)
                #expect(page.contains("已被他人修改"))
                #expect(page.contains("2022-09-30"))
            }
            #expect(try await fixture.store.allocatedTask(task).task.deadline == "2022-09-30")
        }
    }

    @Test(
        "a text field over the limit or with a control character is refused with 422 naming the field, by form and by JSON; nothing is stored",
        arguments: WebEngine.available)
    func unboundedText(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            let task = fixture.tasks["老旧小区"]!
            try await fixture.withApp { client in
                var browser = try await Browser.signedIn(client, as: "zhujian")
                let token = try await browser.csrf(from: "/tasks/\(task)")
                let long = String(repeating: "字", count: TextLimit.characters + 1)
                let tooLong = try await browser.post(
                    "/tasks/\(task)/progress", form: ["_csrf": token, "narrative": long, "percent": "10"])
                #expect(tooLong.status == .unprocessableContent)
                #expect(String(buffer: tooLong.body).contains("narrative"))
                #expect(String(buffer: tooLong.body).contains("\(TextLimit.characters)"))
                let nul = try await browser.post(
                    "/tasks/\(task)/progress", form: ["_csrf": token, "narrative": "已开工\u{0}隐藏", "percent": "10"])
                #expect(nul.status == .unprocessableContent)
                #expect(String(buffer: nul.body).contains("控制字符"))
                let escape = try await browser.post(
                    "/tasks/\(task)/deadline-request", form: ["_csrf": token, "deadline": "2022-11-30", "reason": "雨季\u{1B}[31m"])
                #expect(escape.status == .unprocessableContent)
                #expect(String(buffer: escape.body).contains("reason"))
                let headers: HTTPFields = [.contentType: "application/json", .init("X-CSRF-Token")!: token]
                let json = try await browser.send(
                    "/api/v1/tasks/\(task)/progress", method: .post, headers: headers,
                    body: ByteBuffer(string: #"{"narrative":"\#(long)","percent":10}"#))
                #expect(json.status == .unprocessableContent)
                #expect(String(buffer: json.body).contains("narrative"))
                let jsonNUL = try await browser.send(
                    "/api/v1/tasks/\(task)/progress", method: .post, headers: headers,
                    body: ByteBuffer(string: #"{"narrative":"a\u0000b","percent":10}"#))
                #expect(jsonNUL.status == .unprocessableContent)
                // Line breaks and tabs are what people type: kept.
                let fine = try await browser.post(
                    "/tasks/\(task)/progress", form: ["_csrf": token, "narrative": "一、已开工\r\n二、\t进度10%", "percent": "10"])
                #expect(fine.status == .seeOther)
            }
            let reports = try await fixture.store.progressReports(taskID: task)
            #expect(reports.map(\.narrative) == ["一、已开工\r\n二、\t进度10%"] || reports.map(\.narrative) == ["一、已开工\n二、\t进度10%"])
            #expect(try await fixture.store.deadlineRequests(taskID: task).isEmpty)
        }
    }

    @Test(
        "a department named like a formula stays text in the rankings CSV and the allocation CSV", arguments: WebEngine.available)
    func formulaInDownloads(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            let hostile = #"=HYPERLINK("http://evil.example/","点我")"#
            _ = try await fixture.store.importDepartments(
                [DepartmentEntry(name: hostile, keywords: [])], jurisdiction: "白水区", actor: "test")
            _ = try await fixture.store.assign(
                taskID: fixture.tasks["幼儿园"]!, lead: hostile, change: Change(actor: "test", reason: "测试"))
            try await fixture.withApp { client in
                var leader = try await Browser.signedIn(client, as: "leader")
                let rankings = String(buffer: try await leader.get("/rankings/export.csv").body)
                let allocation = String(buffer: try await leader.get("/api/v1/allocation.csv").body)
                let quoted = #""'=HYPERLINK(""http://evil.example/"",""点我"")""#
                #expect(rankings.contains(quoted))
                #expect(allocation.contains(quoted))
                #expect(!rankings.contains(#","=HYPERLINK"#) && !allocation.contains(#","=HYPERLINK"#))
            }
        }
    }

    @Test("a DOCX that inflates past the limit is refused at /admin/import with a clear message, quickly")
    func zipBombUpload() async throws {
        try await WebFixture.run { fixture in
            let xml =
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                + String(repeating: "新建公园3处。", count: 200_000) + "</w:t></w:r></w:p></w:body></w:document>"
            let archive = try Archive(accessMode: .create)
            let data = Data(xml.utf8)
            try archive.addEntry(
                with: "word/document.xml", type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
            let bomb = try #require(archive.data)
            try await fixture.withApp(adjust: { $0.reportSizeLimit = 1_048_576 }) { client in
                var admin = try await Browser.signedIn(client, as: "admin")
                let token = try await admin.csrf(from: "/admin")
                let start = ContinuousClock.now
                let response = try await admin.post(
                    "/admin/import", form: ["_csrf": token, "year": "2023"],
                    file: (field: "report", name: "bomb.docx", bytes: Array(bomb)))
                #expect(ContinuousClock.now - start < .seconds(5))
                #expect(response.status == .unprocessableContent)
                #expect(String(buffer: response.body).contains("解压后超过 1 MB"))
            }
            #expect(try await fixture.store.tasks(jurisdiction: "白水区", planYear: 2023).isEmpty)
        }
    }

    @Test("HEAD answers where GET does; an unknown path gets the site's 404 with a type; a wrong method gets 405 with Allow")
    func httpDetails() async throws {
        try await WebFixture.run { fixture in
            try await fixture.withApp { client in
                let head = try await client.executeRequest(uri: "/health", method: .head, headers: [:], body: nil)
                #expect(head.status == .ok)
                #expect(head.body.readableBytes == 0)
                #expect(try await client.executeRequest(uri: "/portal", method: .head, headers: [:], body: nil).status == .ok)
                let unknown = try await client.executeRequest(uri: "/no/such/page", method: .get, headers: [:], body: nil)
                #expect(unknown.status == .notFound)
                #expect(unknown.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(String(buffer: unknown.body).contains("找不到"))
                let unknownAPI = try await client.executeRequest(uri: "/api/v1/nothing", method: .post, headers: [:], body: nil)
                #expect(unknownAPI.status == .notFound)
                #expect(unknownAPI.headers[.contentType]?.hasPrefix("application/json") == true)
                let wrongMethod = try await client.executeRequest(uri: "/health", method: .post, headers: [:], body: nil)
                #expect(wrongMethod.status == .methodNotAllowed)
                #expect(wrongMethod.headers[.allow] == "GET, HEAD")
                let wrongAPI = try await client.executeRequest(uri: "/api/v1/tasks/1", method: .delete, headers: [:], body: nil)
                #expect(wrongAPI.status == .methodNotAllowed)
                #expect(wrongAPI.headers[.contentType]?.hasPrefix("application/json") == true)
                #expect(wrongAPI.headers[.allow] == "GET, HEAD")
                #expect(
                    try await client.executeRequest(uri: "/review/progress/1", method: .get, headers: [:], body: nil).status
                        == .methodNotAllowed)
            }
        }
    }

    @Test("with a metrics token, /metrics answers only to it")
    func metricsToken() async throws {
        try await WebFixture.run { fixture in
            try await fixture.withApp(adjust: { $0.metricsToken = "s3cret-token" }) { client in
                let open = try await client.executeRequest(uri: "/metrics", method: .get, headers: [:], body: nil)
                #expect(open.status == .unauthorized)
                #expect(!String(buffer: open.body).contains("luoshi_"))
                let wrong = try await client.executeRequest(
                    uri: "/metrics", method: .get, headers: [.authorization: "Bearer guess"], body: nil)
                #expect(wrong.status == .unauthorized)
                let right = try await client.executeRequest(
                    uri: "/metrics", method: .get, headers: [.authorization: "Bearer s3cret-token"], body: nil)
                #expect(right.status == .ok)
                #expect(String(buffer: right.body).contains("luoshi_http_requests_total"))
            }
        }
    }
}
