import Foundation
import Hummingbird
import HummingbirdTesting
import PlanStore
import Testing

@testable import WebApp

/// The work of each role through the pages, checked in the store and on the pages that show it.
@Suite("Journeys through the pages")
struct JourneyTests {
    @Test(
        "a department files progress with evidence; the office accepts its completion; dashboard and portal show it done",
        arguments: WebEngine.available)
    func reportReviewAndShow(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            let task = fixture.tasks["老旧小区"]!
            try await fixture.withApp { client in
                var department = try await Browser.signedIn(client, as: "zhujian")
                let token = try await department.csrf(from: "/tasks/\(task)")
                let filed = try await department.post(
                    "/tasks/\(task)/progress",
                    form: [
                        "_csrf": token, "reported_on": "2022-06-20", "value": "82", "unit": "个",
                        "narrative": "82个小区全部完工<script>alert(1)</script>", "completion": "1",
                    ],
                    file: ("evidence", "验收照片.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]))
                #expect(filed.status == .seeOther)
                let page = String(buffer: try await department.get("/tasks/\(task)").body)
                #expect(page.contains("82个小区全部完工&lt;script&gt;"))  // hostile text is shown, not run
                #expect(!page.contains("<script>alert"))

                var office = try await Browser.signedIn(client, as: "staff")
                let review = String(buffer: try await office.get("/review").body)
                #expect(review.contains("82个小区全部完工"))
                let report = try #require(try await fixture.store.progressReports(taskID: task).first)
                let evidence = try await office.get("/progress/\(report.id)/evidence")
                #expect(evidence.status == .ok)
                #expect(Array(buffer: evidence.body) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3])
                #expect(evidence.headers[.contentDisposition]?.hasPrefix("attachment") == true)
                let officeToken = try await office.csrf(from: "/review")
                #expect(
                    try await office.post("/review/progress/\(report.id)", form: ["_csrf": officeToken, "decision": "accept"])
                        .status == .seeOther)

                // Accepted today, so done from today on (the past stays as it was).
                let dashboard = String(buffer: try await office.get("/dashboard?as_of=\(ISODate.today.text)").body)
                #expect(dashboard.contains("<svg class=\"chart\""))
                #expect(dashboard.contains(#"<span class="figure light-none">1</span>已完成"#))
                var visitor = Browser(client)
                let portal = String(buffer: try await visitor.get("/portal").body)
                #expect(portal.contains("老旧小区"))
                // The public sees no narrative, no names, no evidence.
                #expect(!portal.contains("82个小区全部完工"))
                #expect(!portal.contains("/evidence"))
                #expect(!portal.contains("zhujian"))
                #expect(try await visitor.get("/portal/" + Browser.encode("白水区") + "/2022").status == .ok)
                #expect(try await visitor.get("/portal/" + Browser.encode("白水区") + "/2021").status == .notFound)
            }
            let accepted = try await fixture.store.status(jurisdiction: "白水区", planYear: 2022, asOf: .today)
            #expect(accepted.first { $0.taskID == task }?.state == .done)
        }
    }

    @Test("bad progress gets a clear message and stores nothing", arguments: WebEngine.available)
    func badProgress(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            let task = fixture.tasks["老旧小区"]!
            try await fixture.withApp { client in
                var department = try await Browser.signedIn(client, as: "zhujian")
                let token = try await department.csrf(from: "/tasks/\(task)")
                let noNarrative = try await department.post("/tasks/\(task)/progress", form: ["_csrf": token, "percent": "20"])
                #expect(noNarrative.status == .unprocessableContent)
                #expect(String(buffer: noNarrative.body).contains("进展情况"))
                let wrongUnit = try await department.post(
                    "/tasks/\(task)/progress", form: ["_csrf": token, "narrative": "x", "value": "3", "unit": "户"])
                #expect(wrongUnit.status == .unprocessableContent)
                let notANumber = try await department.post(
                    "/tasks/\(task)/progress", form: ["_csrf": token, "narrative": "x", "value": "三十"])
                #expect(notANumber.status == .unprocessableContent)
                let program = try await department.post(
                    "/tasks/\(task)/progress", form: ["_csrf": token, "narrative": "x", "percent": "5"],
                    file: ("evidence", "tool.exe", [1, 2, 3]))
                #expect(program.status == .unprocessableContent)
                let tooBig = try await department.post(
                    "/tasks/\(task)/progress", form: ["_csrf": token, "narrative": "x", "percent": "5"],
                    file: ("evidence", "big.pdf", [UInt8](repeating: 7, count: Evidence.sizeLimit + 10)))
                #expect(tooBig.status == .contentTooLarge)
            }
            #expect(try await fixture.store.progressReports(taskID: task).isEmpty)
        }
    }

    @Test("a malformed upload, or one without a boundary, is refused with a message", arguments: WebEngine.available)
    func malformedUpload(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            let task = fixture.tasks["老旧小区"]!
            try await fixture.withApp { client in
                var department = try await Browser.signedIn(client, as: "zhujian")
                let noBoundary = try await department.send(
                    "/tasks/\(task)/progress", method: .post, headers: [.contentType: "multipart/form-data"],
                    body: ByteBuffer(string: "garbage"))
                #expect(noBoundary.status == .unprocessableContent)
                let broken = try await department.send(
                    "/tasks/\(task)/progress", method: .post, headers: [.contentType: "multipart/form-data; boundary=xyz"],
                    body: ByteBuffer(bytes: [0x2D, 0x2D, 0x78, 0x79, 0x7A, 0x0D, 0x0A, 0xFF, 0x00, 0x13]))
                #expect([.unprocessableContent, .forbidden].contains(broken.status))  // never stored: no valid token either way
            }
            #expect(try await fixture.store.progressReports(taskID: task).isEmpty)
        }
    }

    @Test(
        "a deadline request goes from the department to the office, and an accepted one moves the deadline",
        arguments: WebEngine.available)
    func deadlineRequest(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            let task = fixture.tasks["老旧小区"]!
            try await fixture.withApp { client in
                var department = try await Browser.signedIn(client, as: "zhujian")
                let token = try await department.csrf(from: "/tasks/\(task)")
                let sent = try await department.post(
                    "/tasks/\(task)/deadline-request", form: ["_csrf": token, "deadline": "2023-05-31", "reason": "冬季停工"])
                #expect(sent.status == .seeOther)
                var office = try await Browser.signedIn(client, as: "admin")
                let requestID = try #require(try await fixture.store.deadlineRequests(taskID: task).first?.id)
                let officeToken = try await office.csrf(from: "/review")
                let returned = try await office.post(
                    "/review/deadline/\(requestID)", form: ["_csrf": officeToken, "decision": "return"])
                #expect(returned.status == .unprocessableContent)  // returning needs a comment
                #expect(
                    try await office.post("/review/deadline/\(requestID)", form: ["_csrf": officeToken, "decision": "accept"])
                        .status == .seeOther)
            }
            #expect(try await fixture.store.allocatedTask(task).task.deadline == "2023-05-31")
        }
    }

    @Test(
        "the office allocates a draft plan in the editor and publishes it; a stale form is a conflict",
        arguments: WebEngine.available)
    func allocateAndPublish(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine, publish: false) { fixture in
            let task = fixture.tasks["幼儿园"]!
            try await fixture.withApp { client in
                var office = try await Browser.signedIn(client, as: "staff")
                let editor = String(buffer: try await office.get("/allocation").body)
                #expect(editor.contains("发布分工方案"))
                let token = try #require(Browser.formToken(editor))
                let version = try await fixture.store.allocatedTask(task).task.rowVersion
                let saved = try await office.post(
                    "/allocation/tasks/\(task)",
                    form: [
                        "_csrf": token, "op": "save", "version": "\(version)", "lead": "区教育局", "co": "区住建局",
                        "deadline": "2022-09-01",
                    ])
                #expect(saved.status == .seeOther)
                // A second editor still holding the old version.
                let stale = try await office.post(
                    "/allocation/tasks/\(task)", form: ["_csrf": token, "op": "save", "version": "\(version)", "lead": "区人社局"])
                #expect(stale.status == .conflict)
                #expect(String(buffer: stale.body).contains("已被他人修改"))
                let added = try await office.post(
                    "/allocation/tasks", form: ["_csrf": token, "text": "新建社区食堂10个", "deadline": "2022-11-30"])
                #expect(added.status == .seeOther)
                let unknown = try await office.post(
                    "/allocation/tasks/\(task)", form: ["_csrf": token, "op": "save", "lead": "不存在的局"])
                #expect(unknown.status == .unprocessableContent)
                // The added task has no lead yet: publishing is refused and says why.
                let refused = try await office.post("/allocation/publish", form: ["_csrf": token])
                #expect(refused.status == .unprocessableContent)
                #expect(try await office.post("/allocation/accept-suggestions", form: ["_csrf": token]).status == .seeOther)
                let leftover = try await fixture.store.tasks(jurisdiction: "白水区", planYear: 2022).filter {
                    $0.text.contains("食堂")
                }
                for task in leftover {
                    _ = try await fixture.store.assign(taskID: task.id, lead: "区人社局", change: Change(actor: "test"))
                }
                #expect(try await office.post("/allocation/publish", form: ["_csrf": token]).status == .seeOther)
                let drop = try await office.post("/allocation/tasks/\(task)", form: ["_csrf": token, "op": "drop"])
                #expect(drop.status == .unprocessableContent)  // after publishing, a change needs a reason
            }
            let allocated = try await fixture.store.allocatedTask(task)
            #expect(allocated.lead == "区教育局")
            #expect(allocated.coResponsible == ["区住建局"])
            #expect(allocated.task.deadline == "2022-09-01")
            #expect(allocated.task.state == .active)
            #expect(try await fixture.store.isPublished(jurisdiction: "白水区", planYear: 2022))
        }
    }

    @Test("the admin adds a user who can then sign in, and imports a report from an upload", arguments: WebEngine.available)
    func adminWork(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            try await fixture.withApp { client in
                var admin = try await Browser.signedIn(client, as: "admin")
                let token = try await admin.csrf(from: "/admin")
                let weak = try await admin.post(
                    "/admin/users",
                    form: [
                        "_csrf": token, "login": "jiaoyu", "name": "教育局", "role": "department", "department": "区教育局",
                        "password": "short",
                    ])
                #expect(weak.status == .unprocessableContent)
                let created = try await admin.post(
                    "/admin/users",
                    form: [
                        "_csrf": token, "login": "jiaoyu", "name": "教育局", "role": "department", "department": "区教育局",
                        "password": "long-enough-1",
                    ])
                #expect(created.status == .seeOther)
                var newcomer = Browser(client)
                #expect(try await newcomer.signIn("jiaoyu", password: "long-enough-1").status == .seeOther)
                #expect(String(buffer: try await newcomer.get("/workspace").body).contains("幼儿园"))

                let corrected = WebFixture.report.replacingOccurrences(of: "新建幼儿园3所", with: "新建幼儿园5所")
                let imported = try await admin.post(
                    "/admin/import", form: ["_csrf": token], file: ("report", "report.txt", Array(corrected.utf8)))
                #expect(imported.status == .seeOther)
                let location = try #require(imported.headers[.location])
                #expect(String(buffer: try await admin.get(location).body).contains("已导入修订稿：2022 年第 2 版"))
                let binary = try await admin.post(
                    "/admin/import", form: ["_csrf": token], file: ("report", "report.txt", [0, 159, 146, 150, 0, 0, 1]))
                #expect(binary.status == .unprocessableContent)

                // The same report saved from a web page, corrected once more.
                let paragraphs = corrected.replacingOccurrences(of: "新建幼儿园5所", with: "新建幼儿园6所").split(separator: "\n")
                let page =
                    "<!DOCTYPE html><html><head><title>报告</title><script>var a = '新建幼儿园99所';</script></head><body>"
                    + "<div class=\"nav\">首页 &gt; 政务</div>" + paragraphs.map { "<p>\($0)</p>" }.joined() + "</body></html>"
                let webPage = try await admin.post(
                    "/admin/import", form: ["_csrf": token], file: ("report", "report.html", Array(page.utf8)))
                #expect(webPage.status == .seeOther)
                let pageLocation = try #require(webPage.headers[.location])
                #expect(String(buffer: try await admin.get(pageLocation).body).contains("已导入修订稿：2022 年第 3 版"))
            }
            let reports = try await fixture.store.reports(jurisdiction: "白水区")
            #expect(reports.map(\.version) == [3, 2, 1])
            let tasks = try await fixture.store.tasks(jurisdiction: "白水区", planYear: 2022).map(\.text)
            #expect(tasks.contains("新建幼儿园6所") && !tasks.contains { $0.contains("99") })
        }
    }

    @Test("the task list filters, searches inside words and pages", arguments: WebEngine.available)
    func taskListFilters(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            try await fixture.withApp { client in
                var office = try await Browser.signedIn(client, as: "staff")
                let search = String(buffer: try await office.get("/tasks?q=" + Browser.encode("转运")).body)
                #expect(search.contains("垃圾转运站"))
                #expect(!search.contains("幼儿园"))
                let byDepartment = String(buffer: try await office.get("/tasks?department=" + Browser.encode("区教育局")).body)
                #expect(byDepartment.contains("幼儿园"))
                #expect(!byDepartment.contains("垃圾转运站"))
                let paged = try await office.get("/api/v1/tasks?per_page=2&page=2")
                let json = try #require(
                    try JSONSerialization.jsonObject(with: Data(paged.body.readableBytesView)) as? [String: Any])
                #expect(json["page"] as? Int == 2)
                #expect((json["items"] as? [Any])?.count == 2)
                #expect(json["total"] as? Int == 5)
                #expect(try await office.get("/tasks?light=purple").status == .unprocessableContent)
                #expect(try await office.get("/tasks?as_of=2022-02-30").status == .unprocessableContent)
            }
        }
    }

    @Test("the report reader marks tasks and quantities and explains glossary terms", arguments: WebEngine.available)
    func reader(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            try await fixture.withApp { client in
                var office = try await Browser.signedIn(client, as: "staff")
                let html = String(buffer: try await office.get("/report").body)
                #expect(html.contains(#"id="task-\#(fixture.tasks["垃圾"]!)""#))
                #expect(html.contains(#"<span class="qty">"#))
                #expect(html.contains(#"id="sec-2""#))
                var department = try await Browser.signedIn(client, as: "zhujian")
                let theirs = String(buffer: try await department.get("/report").body)
                // A department's reader links only its own tasks.
                #expect(theirs.contains(#"href="/tasks/\#(fixture.tasks["老旧小区"]!)""#))
                #expect(!theirs.contains(#"href="/tasks/\#(fixture.tasks["幼儿园"]!)""#))
            }
        }
    }

    @Test("pages switch to English and back", arguments: WebEngine.available)
    func language(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            try await fixture.withApp { client in
                var leader = try await Browser.signedIn(client, as: "leader")
                #expect(String(buffer: try await leader.get("/dashboard").body).contains("总体进度"))
                _ = try await leader.get("/lang/en?back=/dashboard")
                let english = String(buffer: try await leader.get("/dashboard").body)
                #expect(english.contains("Overall progress"))
                #expect(english.contains("lang=\"en\""))
            }
        }
    }
}
