import Foundation
import Hummingbird
import HummingbirdTesting
import PlanStore
import Testing

@testable import WebApp

/// The public portal of a large plan: read page by page, searched cheaply, kept per revision
/// and fresh after every change.
@Suite("Public portal of a large plan")
struct PortalTests {
    @Test(
        "a plan of more rows than a page shows is read page by page; a search finds across pages; a change shows at once",
        arguments: WebEngine.available)
    func largePlan(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            let store = fixture.store
            for index in 1...150 {
                let added = try await store.addTask(
                    jurisdiction: "白水区", planYear: 2022, text: "新建社区服务站第\(index)号", section: "2.1", deadline: nil,
                    change: Change(actor: "test", reason: "补充任务"))
                _ = try await store.assign(taskID: added.task.id, lead: "区住建局", change: Change(actor: "test", reason: "补充任务"))
            }
            let total = try await store.tasks(jurisdiction: "白水区", planYear: 2022).filter { $0.state == .active }.count
            try await fixture.withApp(adjust: { $0.portalRefresh = .zero }) { client in
                var visitor = Browser(client)
                let path = "/portal/" + Browser.encode("白水区") + "/2022"
                let first = String(buffer: try await visitor.get(path).body)
                let rows = { (html: String) in html.components(separatedBy: "<tr id=\"task-").count - 1 }
                #expect(rows(first) == PortalController.pageSize)
                #expect(first.contains("1 / 2"))
                #expect(first.contains(#"href="?page=2" rel="next""#))
                let second = String(buffer: try await visitor.get(path + "?page=2").body)
                #expect(rows(second) == total - PortalController.pageSize)
                // The counts are of the whole plan, on every page.
                #expect(second.contains(#"<span class="figure light-none">\#(total)</span>"#))
                let found = String(buffer: try await visitor.get(path + "?q=" + Browser.encode("第149号")).body)
                #expect(rows(found) == 1)
                #expect(found.contains("新建社区服务站第149号"))
                let none = String(buffer: try await visitor.get(path + "?q=" + Browser.encode("不存在的任务")).body)
                #expect(rows(none) == 0)
                // Kept per revision: a progress report filed meanwhile shows on the next view.
                let house = fixture.tasks["老旧小区"]!
                #expect(!first.contains(">40%<"))
                _ = try await store.fileProgress(
                    ProgressInput(
                        taskID: house, department: "区住建局", reportedOn: "2022-03-01", narrative: "进展", percent: 40,
                        actor: "zhujian"))
                let after = String(buffer: try await visitor.get(path).body)
                #expect(after.contains(">40%<"))
            }
        }
    }

    @Test("with a refresh window the public figures lag by at most that window, and catch up after it")
    func refreshWindow() async throws {
        try await WebFixture.run { fixture in
            let window = Duration.seconds(1)
            try await fixture.withApp(adjust: { $0.portalRefresh = window }) { client in
                var visitor = Browser(client)
                let path = "/portal/" + Browser.encode("白水区") + "/2022"
                let start = ContinuousClock.now
                let before = String(buffer: try await visitor.get(path).body)
                _ = try await fixture.store.fileProgress(
                    ProgressInput(
                        taskID: fixture.tasks["老旧小区"]!, department: "区住建局", reportedOn: "2022-03-01", narrative: "进展",
                        percent: 40, actor: "zhujian"))
                let soonAsked = ContinuousClock.now
                let soon = String(buffer: try await visitor.get(path).body)
                try await Task.sleep(for: window + .milliseconds(300))
                let later = String(buffer: try await visitor.get(path).body)
                #expect(!before.contains(">40%<"))
                // Within the window the kept page is served (unless a loaded machine took the window up already).
                if soonAsked - start < window { #expect(!soon.contains(">40%<")) }
                #expect(later.contains(">40%<"))
            }
        }
    }
}
