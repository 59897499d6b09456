import Foundation
import Testing

@testable import PlanStore

/// Citizens' comments in the store: taken, limited, moderated, shown to whom they should be.
@Suite("Citizens' comments")
struct CommentTests {
    static func new(
        _ taskID: Int, _ body: String, kind: CitizenComment.Kind = .comment, client: String = "client-a", contact: String? = nil
    ) -> NewCitizenComment {
        NewCitizenComment(
            taskID: taskID, kind: kind, body: body, authorName: "市民", contact: contact, clientKey: client,
            challenge: UUID().uuidString)
    }

    @Test(
        "comments wait for the office; published ones are public, tips go to the department only; every decision is audited",
        arguments: TestEngine.available)
    func moderation(_ engine: TestEngine) async throws {
        let (test, tasks) = try await SupervisionTests.published(engine)
        let store = test.store
        let houses = tasks[2]  // 区住建局 leads, 区城管局 shares
        // act
        let praise = try await store.submitComment(
            Self.new(houses.id, "  小区改造后\u{0007}路平了，谢谢！\n  "), jurisdiction: "白水区", planYear: 2022)
        let tip = try await store.submitComment(
            Self.new(houses.id, "3号楼外墙保温层脱落，施工队已撤场。", kind: .tip, client: "client-b", contact: "138 0000 0000"),
            jurisdiction: "白水区", planYear: 2022)
        let advert = try await store.submitComment(
            Self.new(houses.id, "代开发票，加微信", client: "client-c"), jurisdiction: "白水区", planYear: 2022)
        let pending = try await store.comments(jurisdiction: "白水区", state: .pending)
        let beforePublic = try await store.publicComments(taskID: houses.id)
        _ = try await store.moderateComment(praise.id, jurisdiction: "白水区", publish: true, note: nil, actor: "督查室")
        _ = try await store.moderateComment(tip.id, jurisdiction: "白水区", publish: true, note: "转住建局核查", actor: "督查室")
        let rejected = try await store.moderateComment(advert.id, jurisdiction: "白水区", publish: false, note: "广告", actor: "督查室")
        let elsewhere = await #expect(throws: StoreError.self) {
            try await store.moderateComment(praise.id, jurisdiction: "黑山区", publish: false, note: nil, actor: "x")
        }
        let shown = try await store.publicComments(taskID: houses.id)
        let counts = try await store.publicCommentCounts(jurisdiction: "白水区", planYear: 2022)
        let housing = try await store.comments(jurisdiction: "白水区", department: "区住建局")
        let sharing = try await store.comments(jurisdiction: "白水区", department: "区城管局")
        let health = try await store.comments(jurisdiction: "白水区", department: "区卫健委")
        let log = try await store.auditLog(jurisdiction: "白水区", entity: "comment", id: advert.id)
        await test.finish()
        // check
        #expect(praise.body == "小区改造后路平了，谢谢！")  // trimmed, the control character dropped
        #expect(praise.state == .pending && praise.lead == "区住建局")
        #expect(pending.count == 3)
        #expect(beforePublic.isEmpty)
        #expect(shown.map(\.id) == [praise.id])  // the tip and the advert are not public
        #expect(counts == [houses.id: 1])
        #expect(Set(housing.map(\.id)) == [praise.id, tip.id])
        #expect(housing.first { $0.id == tip.id }?.moderationNote == "转住建局核查")
        #expect(Set(sharing.map(\.id)) == [praise.id, tip.id])
        #expect(health.isEmpty)
        #expect(rejected.state == .rejected && rejected.moderatedBy == "督查室")
        #expect(elsewhere != nil)
        #expect(log.count == 1)
    }

    @Test(
        "refused: empty, overlong, a task not public, a used challenge, a fourth in ten minutes from one sender",
        arguments: TestEngine.available)
    func refusals(_ engine: TestEngine) async throws {
        let (test, tasks) = try await ProgressTests.assigned(engine)  // allocated, not yet published
        let store = test.store
        let unpublished = await #expect(throws: StoreError.self) {
            try await store.submitComment(Self.new(tasks[0].id, "好"), jurisdiction: "白水区", planYear: 2022)
        }
        _ = try await store.publish(jurisdiction: "白水区", planYear: 2022, actor: "督查室")
        let now = Date.now
        // act
        let empty = await #expect(throws: StoreError.self) {
            try await store.submitComment(Self.new(tasks[0].id, " \n\t "), jurisdiction: "白水区", planYear: 2022)
        }
        let long = await #expect(throws: StoreError.self) {
            try await store.submitComment(
                Self.new(tasks[0].id, String(repeating: "长", count: 501)), jurisdiction: "白水区", planYear: 2022)
        }
        let wrongYear = await #expect(throws: StoreError.self) {
            try await store.submitComment(Self.new(tasks[0].id, "好"), jurisdiction: "白水区", planYear: 2023)
        }
        var used = Self.new(tasks[0].id, "第一条")
        _ = try await store.submitComment(used, jurisdiction: "白水区", planYear: 2022, now: now)
        used.body = "用同一道题再发一条"
        let reused = await #expect(throws: StoreError.self) {
            try await store.submitComment(used, jurisdiction: "白水区", planYear: 2022, now: now)
        }
        _ = try await store.submitComment(Self.new(tasks[1].id, "第二条"), jurisdiction: "白水区", planYear: 2022, now: now)
        _ = try await store.submitComment(Self.new(tasks[2].id, "第三条"), jurisdiction: "白水区", planYear: 2022, now: now)
        let fourth = await #expect(throws: StoreError.self) {
            try await store.submitComment(Self.new(tasks[2].id, "第四条"), jurisdiction: "白水区", planYear: 2022, now: now)
        }
        let otherSender = try await store.submitComment(
            Self.new(tasks[2].id, "别人的", client: "client-z"), jurisdiction: "白水区", planYear: 2022, now: now)
        let later = try await store.submitComment(
            Self.new(tasks[2].id, "十一分钟后"), jurisdiction: "白水区", planYear: 2022, now: now.addingTimeInterval(660))
        let all = try await store.comments(jurisdiction: "白水区")
        await test.finish()
        // check
        #expect(unpublished != nil)
        #expect(empty?.errorDescription?.contains("请填写") == true)
        #expect(long?.errorDescription?.contains("501") == true)
        #expect(wrongYear != nil)
        #expect(reused?.errorDescription?.contains("已经用过") == true)
        #expect(fourth == .rateLimited(minutes: 10))
        #expect(otherSender.state == .pending)
        #expect(later.state == .pending)
        #expect(all.count == 5)  // nothing refused was kept
    }

    @Test("the site secret is made once and kept", arguments: TestEngine.available)
    func secret(_ engine: TestEngine) async throws {
        let (test, _) = try await ProgressTests.assigned(engine)
        let first = try await test.store.siteSecret()
        let again = try await test.store.siteSecret()
        let reopened = try await test.reopen()
        let afterRestart = try await reopened.siteSecret()
        await reopened.close()
        await test.finish()
        #expect(first.count == 64)
        #expect(again == first)
        #expect(afterRestart == first)
    }
}
