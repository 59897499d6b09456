import Foundation
import Testing

@testable import PlanStore
@testable import ReportExtraction

@Suite("Users, sessions and requests")
struct AccessTests {
    @Test(
        "a department user belongs to one department of the jurisdiction; bad users are refused", arguments: TestEngine.available)
    func users(_ engine: TestEngine) async throws {
        let (test, _) = try await ProgressTests.assigned(engine)
        // act
        let clerk = try await test.store.createUser(
            NewUser(login: "zhujian", displayName: "王五", role: .department, department: "区住建局", passwordHash: "h1"),
            jurisdiction: "白水区", actor: "admin")
        let leader = try await test.store.createUser(
            NewUser(login: "leader", displayName: "李区长", role: .leader, passwordHash: "h2"), jurisdiction: "白水区", actor: "admin")
        // check
        #expect(clerk.departmentName == "区住建局")
        #expect(leader.departmentID == nil)
        await #expect(throws: StoreError.self) {  // the same login twice
            try await test.store.createUser(
                NewUser(login: "leader", displayName: "另一个", role: .leader, passwordHash: "h"), jurisdiction: "白水区",
                actor: "admin")
        }
        await #expect(throws: StoreError.unknownDepartment("区教育局")) {
            try await test.store.createUser(
                NewUser(login: "jiaoyu", displayName: "赵六", role: .department, department: "区教育局", passwordHash: "h"),
                jurisdiction: "白水区", actor: "admin")
        }
        await #expect(throws: StoreError.self) {  // a department user without a department
            try await test.store.createUser(
                NewUser(login: "nobody", displayName: "无", role: .department, passwordHash: "h"), jurisdiction: "白水区",
                actor: "admin")
        }
        await #expect(throws: StoreError.self) {  // a login with spaces and markup
            try await test.store.createUser(
                NewUser(login: "<b> x", displayName: "x", role: .leader, passwordHash: "h"), jurisdiction: "白水区", actor: "admin")
        }
        let all = try await test.store.users(jurisdiction: "白水区")
        let found = try await test.store.credentials(login: "zhujian")
        await test.finish()
        #expect(all.map(\.login) == ["leader", "zhujian"])
        #expect(found?.passwordHash == "h1")
    }

    @Test("a session lives until it expires, is ended, or its user is disabled", arguments: TestEngine.available)
    func sessions(_ engine: TestEngine) async throws {
        let (test, _) = try await ProgressTests.assigned(engine)
        let user = try await test.store.createUser(
            NewUser(login: "staff", displayName: "张三", role: .officeStaff, passwordHash: "h"), jurisdiction: "白水区", actor: "admin"
        )
        // act
        try await test.store.createSession(tokenHash: "live", userID: user.id, csrfToken: "c1", expiresAt: "2999-01-01T00:00:00Z")
        try await test.store.createSession(tokenHash: "old", userID: user.id, csrfToken: "c2", expiresAt: "2000-01-01T00:00:00Z")
        let live = try await test.store.session(tokenHash: "live")
        let expired = try await test.store.session(tokenHash: "old")
        _ = try await test.store.setDisabled(userID: user.id, true, actor: "admin")
        let afterDisabling = try await test.store.session(tokenHash: "live")
        await test.finish()
        // check
        #expect(live?.user.login == "staff")
        #expect(live?.csrfToken == "c1")
        #expect(expired == nil)
        #expect(afterDisabling == nil)
    }

    @Test("a deadline request moves the deadline only when the office accepts it", arguments: TestEngine.available)
    func deadlineRequest(_ engine: TestEngine) async throws {
        let (test, tasks) = try await ProgressTests.assigned(engine)
        let houses = tasks[2]
        _ = try await test.store.publish(jurisdiction: "白水区", planYear: 2022, actor: "督查室")
        // act
        let request = try await test.store.requestDeadlineChange(
            taskID: houses.id, department: "区住建局", requestedDeadline: "2023-06-30", reason: "冬季不能施工", actor: "住建局")
        await #expect(throws: StoreError.self) {  // a second one while the first waits
            try await test.store.requestDeadlineChange(
                taskID: houses.id, department: "区住建局", requestedDeadline: "2023-03-31", reason: "再议", actor: "住建局")
        }
        await #expect(throws: StoreError.notAssigned(department: "区卫健委", taskID: houses.id)) {
            try await test.store.requestDeadlineChange(
                taskID: houses.id, department: "区卫健委", requestedDeadline: "2023-03-31", reason: "代报", actor: "卫健委")
        }
        let pending: [PendingReview]
        let unchanged: AllocatedTask
        let accepted: DeadlineRequest
        do {
            pending = try await test.store.pendingReviews(jurisdiction: "白水区")
            unchanged = try await test.store.allocatedTask(houses.id)
            accepted = try await test.store.reviewDeadlineRequest(request.id, accept: true, comment: nil, actor: "督查室")
        } catch {
            await test.finish()
            throw error
        }
        let moved = try await test.store.allocatedTask(houses.id)
        let trail = try await test.store.auditLog(jurisdiction: "白水区", entity: "task", id: houses.id)
        await test.finish()
        // check
        #expect(pending.count == 1)
        #expect(pending.first?.department == "区住建局")
        #expect(unchanged.task.deadline == "2022-12-31")
        #expect(accepted.state == .accepted)
        #expect(moved.task.deadline == "2023-06-30")
        #expect(trail.last?.reason?.contains("冬季不能施工") == true)
    }

    @Test("the plan revision grows with every change to the plan", arguments: TestEngine.available)
    func revision(_ engine: TestEngine) async throws {
        let (test, tasks) = try await ProgressTests.assigned(engine)
        let before = try await test.store.planRevision()
        let same = try await test.store.planRevision()
        _ = try await test.store.fileProgress(
            ProgressInput(
                taskID: tasks[1].id, department: "区卫健委", reportedOn: "2022-05-01", narrative: "开工", percent: 20, actor: "a"))
        let afterProgress = try await test.store.planRevision()
        _ = try await test.store.setDeadline(taskID: tasks[0].id, deadline: "2022-11-30", change: Change(actor: "督查室"))
        let afterDeadline = try await test.store.planRevision()
        await test.finish()
        #expect(before == same)
        #expect(afterProgress > before)
        #expect(afterDeadline > afterProgress)
    }

    @Test("many callers at once: every transaction runs whole, none is refused", arguments: TestEngine.available)
    func concurrentCallers(_ engine: TestEngine) async throws {
        let (test, tasks) = try await ProgressTests.assigned(engine)
        let store = test.store
        let clinic = tasks[1].id
        // act: 40 reports and 40 status reads at once, as a busy web server makes them.
        let failures = await withTaskGroup(of: Bool.self) { group in
            for day in 1...40 {
                group.addTask {
                    let date = "2022-05-\(String(format: "%02d", (day % 28) + 1))"
                    let input = ProgressInput(
                        taskID: clinic, department: "区卫健委", reportedOn: date, narrative: "第\(day)次", percent: Double(day),
                        actor: "a")
                    return (try? await store.fileProgress(input)) == nil
                }
                group.addTask {
                    (try? await store.status(jurisdiction: "白水区", planYear: 2022, asOf: ISODate("2022-06-01")!)) == nil
                }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        let reports = try await store.progressReports(taskID: clinic)
        await test.finish()
        // check
        #expect(failures == 0)
        #expect(reports.count == 40)
    }
}
