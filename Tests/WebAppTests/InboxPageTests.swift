import Foundation
import Hummingbird
import HummingbirdTesting
import PlanStore
import Testing

@testable import WebApp

/// A department's inbox: the badge in the navigation, the page, read marks kept to one's own.
@Suite("Inbox page")
struct InboxPageTests {
    /// The number in the navigation's badge, nil when there is none.
    static func badge(_ html: String) -> Int? {
        guard let range = html.range(of: #"<span class="badge" aria-label="[^"]*">([0-9]+)</span>"#, options: .regularExpression)
        else { return nil }
        let digits = html[range].split(separator: ">")[1].prefix { $0.isNumber }
        return Int(digits)
    }

    @Test(
        "a department sees its reminders with a badge, marks one and then all read; another department cannot touch them",
        arguments: WebEngine.available)
    func departmentInbox(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            let store = fixture.store
            _ = try await store.runReminders(asOf: ISODate("2022-06-23")!)
            _ = try await store.runReminders(asOf: ISODate("2022-12-25")!)
            let mine = try await store.inbox(.department("区住建局"), jurisdiction: "白水区")
            try #require(mine.count >= 2)
            try await fixture.withApp { client in
                var zhujian = try await Browser.signedIn(client, as: "zhujian")
                let workspace = String(buffer: try await zhujian.get("/workspace").body)
                let page = String(buffer: try await zhujian.get("/inbox").body)
                let token = try #require(Browser.formToken(page))
                // act: another department posts this one's message id
                var weijian = try await Browser.signedIn(client, as: "weijian")
                let otherToken = try await weijian.csrf(from: "/inbox")
                let foreign = try await weijian.post("/inbox/read", form: ["_csrf": otherToken, "id": String(mine[0].id)])
                let afterForeign = try await store.unreadCount(.department("区住建局"), jurisdiction: "白水区")
                let one = try await zhujian.post(
                    "/inbox/read", form: ["_csrf": token, "id": String(mine[0].id), "back": "/inbox"])
                let afterOne = String(buffer: try await zhujian.get("/inbox").body)
                let all = try await zhujian.post("/inbox/read", form: ["_csrf": token])
                let afterAll = String(buffer: try await zhujian.get("/workspace").body)
                // check
                #expect(Self.badge(workspace) == mine.count)
                #expect(page.contains(mine[0].subject))
                #expect(page.contains("未读"))
                #expect(page.contains("href=\"/tasks/\(fixture.tasks["老旧小区"]!)\"") || mine.allSatisfy { $0.taskID == nil })
                #expect(foreign.status == .seeOther)
                #expect(afterForeign == mine.count)
                #expect(one.status == .seeOther)
                #expect(one.headers[.location] == "/inbox")
                #expect(Self.badge(afterOne) == mine.count - 1)
                #expect(all.status == .seeOther)
                #expect(Self.badge(afterAll) == nil)
                #expect(try await store.unreadCount(.department("区住建局"), jurisdiction: "白水区") == 0)
            }
        }
    }

    @Test("the office has no inbox; a leader's holds the escalations; hostile forms are refused", arguments: WebEngine.available)
    func accessAndBadForms(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            // Overdue from 2023-01-03 on: the fourth urge (working day 10) goes to the leaders.
            _ = try await fixture.store.runReminders(asOf: ISODate("2023-01-20")!)
            try await fixture.withApp { client in
                var office = try await Browser.signedIn(client, as: "staff")
                let officePage = try await office.get("/inbox")
                let dashboard = String(buffer: try await office.get("/dashboard").body)
                var leader = try await Browser.signedIn(client, as: "leader")
                let leaderPage = String(buffer: try await leader.get("/inbox").body)
                var zhujian = try await Browser.signedIn(client, as: "zhujian")
                let token = try await zhujian.csrf(from: "/inbox")
                let noToken = try await zhujian.post("/inbox/read", form: ["id": "1"])
                let notNumber = try await zhujian.post("/inbox/read", form: ["_csrf": token, "id": "1 OR 1=1"])
                let offSite = try await zhujian.post("/inbox/read", form: ["_csrf": token, "back": "https://evil.example/"])
                // check
                #expect(officePage.status == .forbidden)
                #expect(!dashboard.contains("href=\"/inbox\""))
                #expect(leaderPage.contains("督办升级"))
                #expect(Self.badge(leaderPage) ?? 0 > 0)
                #expect(noToken.status == .forbidden)
                #expect(notNumber.status == .unprocessableContent)
                #expect(offSite.headers[.location] == "/inbox")
            }
        }
    }
}
