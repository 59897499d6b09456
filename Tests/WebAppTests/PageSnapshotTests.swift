import Foundation
import Hummingbird
import HummingbirdTesting
import PlanStore
import SnapshotTesting
import Testing

@testable import WebApp

/// The main pages' whole HTML, as each role sees them, against reviewed snapshots in
/// `__Snapshots__/PageSnapshotTests` (`SNAPSHOT_TESTING_RECORD=all swift test --filter PageSnapshot`
/// records them again after a deliberate change; review the diff before committing it). What
/// changes from run to run — form tokens, today's date, times — is replaced by a placeholder.
@Suite("Whole pages")
struct PageSnapshotTests {
    static let pages: [(name: String, login: String?, path: String)] = [
        ("dashboard-leader", "leader", "/dashboard"),
        ("tasks-office", "admin", "/tasks"),
        ("task-office", "admin", "/tasks/{垃圾}"),
        ("allocation-office", "admin", "/allocation"),
        ("workspace-department", "zhujian", "/workspace"),
        ("inbox-department", "zhujian", "/inbox"),
        ("portal-public", nil, "/portal/白水区/2022"),
    ]

    @Test(
        "dashboard, task list, a task, allocation, a department's workspace and inbox, the portal", arguments: pages.map(\.name))
    func page(_ name: String) async throws {
        let page = try #require(Self.pages.first { $0.name == name })
        try await WebFixture.run { fixture in
            let path = fixture.tasks.reduce(page.path) { $0.replacingOccurrences(of: "{\($1.key)}", with: String($1.value)) }
            let html = try await fixture.withApp { client in
                var browser = page.login == nil ? Browser(client) : try await Browser.signedIn(client, as: page.login!)
                let response = try await browser.get(path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!)
                #expect(response.status == .ok, "\(path)")
                return String(buffer: response.body)
            }
            assertSnapshot(of: Self.scrubbed(html), as: .lines, named: name, testName: "page")
        }
    }

    /// The page without what differs from one run to the next.
    static func scrubbed(_ html: String) -> String {
        var text = html
        let today = ISODate.today
        for (pattern, placeholder) in [
            (#"name="_csrf" value="[^"]*""#, #"name="_csrf" value="CSRF""#),
            (#"content="[A-Za-z0-9_\-]{20,}""#, #"content="TOKEN""#),
            (#"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?"#, "DATETIME"),
            (#"\d{1,2}:\d{2}(:\d{2})?"#, "TIME"),
        ] {
            text = text.replacingOccurrences(of: pattern, with: placeholder, options: .regularExpression)
        }
        // Dates near today (a default reply date a week on, a change list a month back) move with it.
        let dates = try! Regex(#"\d{4}-\d{2}-\d{2}"#)
        text = text.replacing(dates) { match in
            let found = String(text[match.range])
            guard let date = ISODate(found) else { return found }
            let offset = date.dayNumber - today.dayNumber
            guard abs(offset) <= 62 else { return found }
            return offset == 0 ? "TODAY" : offset > 0 ? "TODAY+\(offset)" : "TODAY\(offset)"
        }
        text = text.replacingOccurrences(of: "\(today.year)年\(today.month)月\(today.day)日", with: "TODAY")
        return text
    }
}
