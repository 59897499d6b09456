import Foundation
import Hummingbird
import HummingbirdTesting
import PlanStore
import ReportExtraction
import Testing

@testable import WebApp

/// Two jurisdictions in one store: every route that names a record, tried by the other
/// jurisdiction's users with that record's id, answers 404 and changes nothing.
@Suite("Jurisdiction and department scope, route by route")
struct JurisdictionScopeTests {
    static let otherReport = """
        黑山县2022年政府工作报告
        ——2022年1月20日在黑山县第十七届人民代表大会第一次会议上
        黑山县人民政府县长王强
        一、2021年工作回顾
        过去一年，全县完成地区生产总值80亿元。
        二、2022年工作安排
        新建老旧小区改造项目10个，新建幼儿园2所。
        """

    /// One record of each kind in 白水区, by kind.
    struct Records {
        var ids: [String: Int] = [:]

        static func kind(_ record: ScopedRecord) -> String {
            switch record {
            case .task: "task"
            case .progressReport: "progressReport"
            case .deadlineRequest: "deadlineRequest"
            case .instruction: "instruction"
            case .circular: "circular"
            case .comment: "comment"
            case .verdict: "verdict"
            case .user: "user"
            }
        }
    }

    /// Adds 黑山县 (its own plan, departments of the same names as 白水区's, an office admin, a
    /// leader and a 区住建局 user) and one record of every kind in 白水区.
    static func prepare(_ fixture: WebFixture) async throws -> Records {
        let store = fixture.store
        _ = try await store.importReport(ReportExtractor.extract(otherReport), sourceText: otherReport)
        _ = try await store.importDepartments(
            [DepartmentEntry(name: "区住建局", keywords: ["老旧小区"]), DepartmentEntry(name: "区教育局", keywords: ["幼儿园"])],
            jurisdiction: "黑山县", actor: "test")
        for task in try await store.tasks(jurisdiction: "黑山县", planYear: 2022) {
            _ = try await store.assign(
                taskID: task.id, lead: task.text.contains("幼儿园") ? "区教育局" : "区住建局", change: Change(actor: "test"))
        }
        let hash = try await PasswordHasher(cost: 4).hash(WebFixture.password)
        for (login, role, department) in [
            ("b-admin", User.Role.officeAdmin, nil), ("b-leader", .leader, nil), ("b-zhujian", .department, "区住建局"),
        ] as [(String, User.Role, String?)] {
            _ = try await store.createUser(
                NewUser(login: login, displayName: login, role: role, department: department, passwordHash: hash),
                jurisdiction: "黑山县", actor: "test")
        }

        var records = Records()
        let houses = fixture.tasks["老旧小区"]!
        records.ids["task"] = houses
        let report = try await store.fileProgress(
            ProgressInput(
                taskID: houses, department: "区住建局", reportedOn: "2022-03-01", narrative: "完成摸底", percent: 10,
                evidence: Evidence(name: "site.pdf", bytes: Array("%PDF-1.4 secret".utf8)), completionRequested: false,
                actor: "zhujian"))
        records.ids["progressReport"] = report.id
        records.ids["deadlineRequest"] = try await store.requestDeadlineChange(
            taskID: houses, department: "区住建局", requestedDeadline: "2022-11-30", reason: "雨季", actor: "zhujian"
        ).id
        records.ids["instruction"] = try await store.giveInstruction(
            NewInstruction(taskID: houses, text: "请加快进度。", answerBy: "2022-07-15", author: "李区长"),
            jurisdiction: "白水区", planYear: 2022, today: ISODate("2022-06-20")!
        ).id
        let draft = try await store.draftCircular(jurisdiction: "白水区", year: 2022, month: 5, planYear: 2022)
        records.ids["circular"] = try await store.publishCircular(draft, summary: nil, actor: "督查室").id
        records.ids["comment"] = try await store.submitComment(
            NewCitizenComment(
                taskID: houses, kind: .comment, body: "好", authorName: nil, contact: nil, clientKey: "k", challenge: "c"),
            jurisdiction: "白水区", planYear: 2022
        ).id
        _ = try await store.importReport(
            ReportExtractor.extract(FulfilmentPageTests.review), sourceText: FulfilmentPageTests.review)
        records.ids["verdict"] = try await FulfilmentPageTests.verdict(fixture, "老旧小区").id
        records.ids["user"] = try await store.users(jurisdiction: "白水区").first { $0.login == "zhujian" }!.id
        return records
    }

    /// What 白水区 holds, as its office would notice a change: statuses, the audit trail's counts,
    /// what waits for review, instructions, comments, circulars, verdicts and users.
    static func fingerprint(_ store: PlanStore) async throws -> String {
        let place = "白水区"
        var parts: [String] = []
        parts.append("\(try await store.status(jurisdiction: place, planYear: 2022, asOf: ISODate("2022-12-31")!))")
        parts.append("\(try await store.changeCounts(jurisdiction: place, since: "2000-01-01"))")
        parts.append("\(try await store.pendingReviews(jurisdiction: place))")
        parts.append("\(try await store.instructions(jurisdiction: place))")
        parts.append("\(try await store.comments(jurisdiction: place))")
        parts.append("\(try await store.circulars(jurisdiction: place).map(\.id))")
        parts.append("\(try await store.verdictBook(jurisdiction: place, planYear: 2022).entries.map { "\($0.verdict)" })")
        parts.append("\(try await store.users(jurisdiction: place).map { "\($0.login) \($0.disabled) \($0.role)" })")
        return parts.joined(separator: "\n")
    }

    /// Form fields that would change the record if the route let them through.
    static let form: [String: String] = [
        "decision": "accept", "comment": "越权", "deadline": "2025-12-31", "reason": "越权", "narrative": "冒报", "percent": "100",
        "op": "drop", "lead": "区住建局", "answer": "越权", "disabled": "1", "password": "a-new-password-1", "publish": "1",
        "outcome": "reached", "accept": "1", "body": "越权", "text": "越权",
    ]
    static let json =
        #"{"decision":"accept","comment":"越权","narrative":"冒报","percent":100,"deadline":"2025-12-31","reason":"越权","lead":"区住建局","outcome":"reached","accept":true}"#

    @Test("every route that names a record is listed with the kind it names")
    func everyCapturedRouteIsScoped() async throws {
        try await WebFixture.run { fixture in
            let router = try await WebApplication.router(
                store: fixture.store, settings: WebSettings(hasher: PasswordHasher(cost: 4), logRequests: false))
            let captured = router.routes.map { "\($0.path)" }.filter { $0.contains("{") }
            #expect(captured.count >= RecordScope.rules.count - 1, "\(captured)")
            for path in Set(captured) {
                #expect(RecordScope.rules[path] != nil, "\(path) names a record but RecordScope does not list it")
            }
        }
    }

    @Test(
        "a user of another jurisdiction gets 404 on every route that names a record, and the store is unchanged",
        arguments: WebEngine.available)
    func otherJurisdiction(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            let records = try await Self.prepare(fixture)
            let before = try await Self.fingerprint(fixture.store)
            let router = try await WebApplication.router(
                store: fixture.store, settings: WebSettings(hasher: PasswordHasher(cost: 4), logRequests: false))
            let routes = router.routes.map { (method: $0.method, path: "\($0.path)") }.filter { $0.path.contains("{id}") }
            try await fixture.withApp { client in
                for login in ["b-admin", "b-leader", "b-zhujian"] {
                    var browser = try await Browser.signedIn(client, as: login)
                    let token = try await browser.csrf(from: login == "b-zhujian" ? "/workspace" : "/tasks")
                    var tried = 0
                    for route in routes {
                        let path = route.path
                        guard case .record(let make) = RecordScope.rules[path] else { continue }
                        let id = try #require(records.ids[Records.kind(make(0))], "no record for \(path)")
                        let uri = path.replacingOccurrences(of: "{id}", with: "\(id)")
                        let response: TestResponse
                        if route.method == .get || route.method == .head {
                            response = try await browser.get(uri)
                        } else if path.hasPrefix("/api/") {
                            response = try await browser.send(
                                uri, method: route.method,
                                headers: [.contentType: "application/json", .init("X-CSRF-Token")!: token],
                                body: ByteBuffer(string: Self.json))
                        } else {
                            var form = Self.form
                            form["_csrf"] = token
                            response = try await browser.post(uri, form: form)
                        }
                        #expect(response.status == .notFound, "\(login) \(route.method) \(uri): \(response.status)")
                        tried += 1
                    }
                    #expect(tried >= 20)
                }
            }
            #expect(try await Self.fingerprint(fixture.store) == before)
        }
    }

    @Test(
        "records a form names (tasks to merge, the task of an instruction) are held to the same scope",
        arguments: WebEngine.available)
    func formNamedRecords(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            let records = try await Self.prepare(fixture)
            let before = try await Self.fingerprint(fixture.store)
            let own = try await fixture.store.tasks(jurisdiction: "黑山县", planYear: 2022).map(\.id)
            try await fixture.withApp { client in
                var admin = try await Browser.signedIn(client, as: "b-admin")
                let token = try await admin.csrf()
                let merge = try await admin.post(
                    "/allocation/merge",
                    form: ["_csrf": token, "ids": "\(own[0]),\(records.ids["task"]!)", "text": "合并", "reason": "越权"])
                #expect(merge.status == .notFound)
                var leader = try await Browser.signedIn(client, as: "b-leader")
                let leaderToken = try await leader.csrf()
                let instruction = try await leader.post(
                    "/instructions",
                    form: ["_csrf": leaderToken, "task_id": "\(records.ids["task"]!)", "text": "越权批示", "answer_by": "2099-01-01"])
                #expect(instruction.status == .notFound)
            }
            #expect(try await Self.fingerprint(fixture.store) == before)
            #expect(try await fixture.store.tasks(jurisdiction: "黑山县", planYear: 2022).map(\.id) == own)
        }
    }

    @Test(
        "a department user reaches the records of its own tasks and gets 404 on another department's",
        arguments: WebEngine.available)
    func otherDepartment(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            let records = try await Self.prepare(fixture)
            let before = try await Self.fingerprint(fixture.store)
            try await fixture.withApp { client in
                // 区卫健委 is not assigned the old-housing task.
                var weijian = try await Browser.signedIn(client, as: "weijian")
                let token = try await weijian.csrf(from: "/workspace")
                let houses = records.ids["task"]!
                #expect(try await weijian.get("/tasks/\(houses)").status == .notFound)
                #expect(try await weijian.get("/progress/\(records.ids["progressReport"]!)/evidence").status == .notFound)
                #expect(
                    try await weijian.post(
                        "/instructions/\(records.ids["instruction"]!)/answer", form: ["_csrf": token, "answer": "越权"]
                    ).status == .notFound)
                #expect(
                    try await weijian.post(
                        "/review/deadline/\(records.ids["deadlineRequest"]!)", form: ["_csrf": token, "decision": "accept"]
                    ).status == .notFound)
                // The assigned department reaches its own records; the office's routes stay closed to it.
                var zhujian = try await Browser.signedIn(client, as: "zhujian")
                let ownToken = try await zhujian.csrf(from: "/workspace")
                #expect(try await zhujian.get("/tasks/\(houses)").status == .ok)
                let evidence = try await zhujian.get("/progress/\(records.ids["progressReport"]!)/evidence")
                #expect(evidence.status == .ok)
                #expect(String(buffer: evidence.body) == "%PDF-1.4 secret")
                #expect(
                    try await zhujian.post(
                        "/review/deadline/\(records.ids["deadlineRequest"]!)", form: ["_csrf": ownToken, "decision": "accept"]
                    ).status == .forbidden)
                // A circular is read by every user of its jurisdiction.
                #expect(try await zhujian.get("/circulars/\(records.ids["circular"]!)").status == .ok)
            }
            #expect(try await Self.fingerprint(fixture.store) == before)
        }
    }

    @Test("the public portal shows a task only under its own place and year")
    func portalPlace() async throws {
        try await WebFixture.run { fixture in
            let records = try await Self.prepare(fixture)
            _ = try await fixture.store.publish(jurisdiction: "黑山县", planYear: 2022, actor: "test")
            try await fixture.withApp { client in
                var visitor = Browser(client)
                let own = "/portal/\(Self.encode("白水区"))/2022/tasks/\(records.ids["task"]!)"
                let other = "/portal/\(Self.encode("黑山县"))/2022/tasks/\(records.ids["task"]!)"
                let ownStatus = try await visitor.get(own).status
                let otherStatus = try await visitor.get(other).status
                #expect(ownStatus == .ok)
                #expect(otherStatus == .notFound)
            }
        }
    }

    @Test("the office's 'run reminders now' runs its own jurisdiction's reminders only")
    func remindersOfOnePlace() async throws {
        try await WebFixture.run { fixture in
            _ = try await Self.prepare(fixture)
            _ = try await fixture.store.publish(jurisdiction: "黑山县", planYear: 2022, actor: "test")
            let day = ISODate("2022-12-25")!
            let other = try await fixture.store.runReminders(asOf: day, jurisdiction: "黑山县")
            #expect(other.reminders.allSatisfy { $0.1 == "黑山县" })
            let own = try await fixture.store.runReminders(asOf: day, jurisdiction: "白水区")
            #expect(!own.reminders.isEmpty)
            #expect(own.reminders.allSatisfy { $0.1 == "白水区" })
        }
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
    }
}
