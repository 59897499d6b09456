import Foundation
import PlanActions
import ReportExtraction
import Testing

@testable import PlanStore

/// Who may do what, asked of the actions themselves, without HTTP: every action once with each
/// kind of acting user. (Here, beside the store's tests, to share their stores.)
@Suite("Actions: role and reach, without HTTP")
struct ActionAuthorizationTests {
    static func user(_ role: User.Role, department: String? = nil, jurisdiction: String = "白水区", id: Int = 1) -> ActingUser {
        ActingUser(
            User(
                id: id, jurisdiction: jurisdiction, login: "u", displayName: department ?? role.chinese, role: role,
                departmentID: nil, departmentName: department, disabled: false, rowVersion: 1))
    }

    static let office = user(.officeStaff)
    static let leader = user(.leader)
    /// 区住建局 leads the old-housing task; 区卫健委 has no part in it.
    static let assigned = user(.department, department: "区住建局")
    static let unassigned = user(.department, department: "区卫健委")
    static let otherPlaceOffice = user(.officeAdmin, jurisdiction: "青山区")
    static let otherPlaceDepartment = user(.department, department: "区住建局", jurisdiction: "青山区")
    static let admin = user(.officeAdmin, id: 9_999)

    /// What an action answered: done, or the refusal.
    enum Answer: Equatable {
        case done
        case refused(ActionError)

        var isConflict: Bool {
            if case .refused(let error) = self { return error.isConflict }
            return false
        }
    }

    static func answer(_ body: () async throws -> Void) async -> Answer {
        do {
            try await body()
            return .done
        } catch let error as ActionError {
            return .refused(error)
        } catch {
            return .refused(.invalid("not an action's refusal: \(error)"))
        }
    }

    @Test(
        "filing progress: only a department the task is assigned to; nothing is stored for the others",
        arguments: TestEngine.available)
    func fileProgress(_ engine: TestEngine) async throws {
        // setup
        let (test, tasks) = try await ProgressTests.assigned(engine)
        let houses = tasks[2].id
        let actions = ProgressActions(store: test.store)
        let draft = ProgressDraft(reportedOn: "2022-06-20", narrative: "已开工30个", value: 30, unit: "个")
        // act
        var answers: [Answer] = []
        for actor in [Self.office, Self.leader, Self.unassigned, Self.otherPlaceOffice, Self.otherPlaceDepartment, Self.assigned]
        {
            answers.append(await Self.answer { _ = try await actions.file(draft, taskID: houses, by: actor) })
        }
        let missing = await Self.answer { _ = try await actions.file(draft, taskID: 999_999, by: Self.assigned) }
        let stored = try await test.store.progressReports(taskID: houses)
        await test.finish()
        // check
        #expect(
            answers == [
                .refused(.forbidden), .refused(.forbidden), .refused(.notFound), .refused(.forbidden), .refused(.notFound), .done,
            ])
        #expect(missing == Answer.refused(.notFound))
        #expect(stored.map(\.createdBy) == ["区住建局"])
    }

    @Test("reviewing progress: only the office of the report's jurisdiction, once", arguments: TestEngine.available)
    func reviewProgress(_ engine: TestEngine) async throws {
        // setup
        let (test, tasks) = try await ProgressTests.assigned(engine)
        let report = try await ProgressActions(store: test.store).file(
            ProgressDraft(reportedOn: "2022-06-20", narrative: "已开工30个"), taskID: tasks[2].id, by: Self.assigned)
        let actions = ProgressActions(store: test.store)
        // act
        var answers: [Answer] = []
        for actor in [Self.assigned, Self.leader, Self.otherPlaceOffice, Self.office, Self.office] {
            answers.append(
                await Self.answer { _ = try await actions.review(reportID: report.id, .accept, comment: nil, by: actor) })
        }
        let after = try await test.store.progressReports(taskID: tasks[2].id)
        await test.finish()
        // check: the second review by the office is the store's refusal (reviewed already)
        #expect(Array(answers.prefix(4)) == [.refused(.forbidden), .refused(.forbidden), .refused(.notFound), .done])
        guard case .refused(.store(.invalid)) = answers[4] else {
            Issue.record("a second review: \(answers[4])")
            return
        }
        #expect(after.map(\.reviewState) == [.accepted])
    }

    @Test(
        "asking to move a deadline and deciding on it: the assigned department asks, the office decides",
        arguments: TestEngine.available)
    func deadlines(_ engine: TestEngine) async throws {
        // setup
        let (test, tasks) = try await ProgressTests.assigned(engine)
        let houses = tasks[2].id
        let actions = DeadlineActions(store: test.store)
        // act
        var asked: [Answer] = []
        for actor in [Self.office, Self.unassigned, Self.otherPlaceDepartment] {
            asked.append(
                await Self.answer {
                    _ = try await actions.request(taskID: houses, deadline: "2022-12-20", reason: "冬季停工", by: actor)
                })
        }
        let request = try await actions.request(taskID: houses, deadline: "2022-12-20", reason: "冬季停工", by: Self.assigned)
        var decided: [Answer] = []
        for actor in [Self.assigned, Self.leader, Self.otherPlaceOffice, Self.office] {
            decided.append(
                await Self.answer { _ = try await actions.review(requestID: request.id, .return, comment: "理由不足", by: actor) })
        }
        let returnedWithout = await Self.answer {
            _ = try await actions.review(requestID: request.id, .return, comment: nil, by: Self.office)
        }
        await test.finish()
        // check
        #expect(asked == [.refused(.forbidden), .refused(.notFound), .refused(.notFound)])
        #expect(decided == [.refused(.forbidden), .refused(.forbidden), .refused(.notFound), .done])
        guard case .refused(.store(.invalid)) = returnedWithout else {
            Issue.record("returning without a comment: \(returnedWithout)")
            return
        }
    }

    @Test(
        "deciding a verdict and carrying a task over: only the office of the verdict's jurisdiction",
        arguments: TestEngine.available)
    func verdicts(_ engine: TestEngine) async throws {
        // setup
        let test = try await VerdictTests.prepared(engine)
        let book = try await test.store.verdictBook(jurisdiction: "白水区", planYear: 2022)
        let stations = try VerdictTests.entry(book, "垃圾转运站").verdict
        let clinic = try VerdictTests.entry(book, "疾控中心").verdict
        let actions = VerdictActions(store: test.store)
        // 区城管局 leads the stations task: still not the office's decision to make.
        let lead = Self.user(.department, department: "区城管局")
        // act
        var decided: [Answer] = []
        for actor in [lead, Self.leader, Self.otherPlaceOffice, Self.office] {
            decided.append(
                await Self.answer {
                    _ = try await actions.decide(verdictID: stations.id, .reached, reason: nil, expectedVersion: 1, by: actor)
                })
        }
        var carried: [Answer] = []
        for actor in [lead, Self.leader, Self.otherPlaceOffice, Self.office] {
            carried.append(
                await Self.answer { _ = try await actions.carryOver(verdictID: clinic.id, .accept, reason: nil, by: actor) })
        }
        let stale = await Self.answer {
            _ = try await actions.decide(verdictID: stations.id, .short, reason: "复核", expectedVersion: 1, by: Self.office)
        }
        let next = try await test.store.tasks(jurisdiction: "白水区", planYear: 2023)
        await test.finish()
        // check
        #expect(decided == [.refused(.forbidden), .refused(.forbidden), .refused(.notFound), .done])
        #expect(carried == [.refused(.forbidden), .refused(.forbidden), .refused(.notFound), .done])
        #expect(next.filter { $0.text == clinic.targetQuote }.count == 1)
        guard case .refused(.store(.conflict)) = stale else {
            Issue.record("a decision on a version already changed: \(stale)")
            return
        }
    }

    @Test(
        "allocating, dropping and splitting: only the office of the task's jurisdiction; a stale version is a conflict",
        arguments: TestEngine.available)
    func allocation(_ engine: TestEngine) async throws {
        // setup
        let (test, tasks) = try await ProgressTests.assigned(engine)
        let houses = tasks[2].id
        let version = try await test.store.allocatedTask(houses).task.rowVersion
        let actions = AllocationActions(store: test.store)
        let change = AllocationActions.Allocation(lead: "区城管局", coResponsible: ["区住建局"], deadline: "2022-11-30")
        // act
        var allocated: [Answer] = []
        for actor in [Self.assigned, Self.leader, Self.otherPlaceOffice, Self.office] {
            allocated.append(
                await Self.answer {
                    _ = try await actions.allocate(taskID: houses, change, reason: nil, expectedVersion: version, by: actor)
                })
        }
        let stale = await Self.answer {
            _ = try await actions.allocate(
                taskID: houses, .init(lead: "区卫健委"), reason: nil, expectedVersion: version, by: Self.office)
        }
        let after = try await test.store.allocatedTask(houses)
        let dropped = await Self.answer {
            _ = try await actions.drop(taskID: houses, reason: nil, expectedVersion: after.task.rowVersion, by: Self.assigned)
        }
        let split = await Self.answer {
            _ = try await actions.split(
                taskID: houses, into: ["改造50个", "改造32个"], reason: nil, expectedVersion: after.task.rowVersion, by: Self.leader)
        }
        await test.finish()
        // check: lead, co-responsible and deadline changed once, by the office
        #expect(allocated == [.refused(.forbidden), .refused(.forbidden), .refused(.notFound), .done])
        #expect(stale.isConflict)
        #expect(after.lead == "区城管局" && after.coResponsible == ["区住建局"] && after.task.deadline == "2022-11-30")
        #expect(dropped == .refused(.forbidden) && split == .refused(.forbidden))
    }

    @Test("adding, merging and publishing: only the office, within its own place", arguments: TestEngine.available)
    func planChanges(_ engine: TestEngine) async throws {
        // setup
        let (test, tasks) = try await ProgressTests.assigned(engine)
        let actions = AllocationActions(store: test.store)
        // act
        let addedByDepartment = await Self.answer {
            _ = try await actions.add(
                text: "新建口袋公园3处", section: nil, deadline: nil, planYear: 2022, reason: nil, by: Self.assigned)
        }
        let added = try await actions.add(
            text: "新建口袋公园3处", section: nil, deadline: nil, planYear: 2022, reason: nil, by: Self.office)
        let mergedElsewhere = await Self.answer {
            _ = try await actions.merge(taskIDs: [tasks[0].id, added.task.id], text: "x", reason: nil, by: Self.otherPlaceOffice)
        }
        let mergedByLeader = await Self.answer {
            _ = try await actions.merge(taskIDs: [tasks[0].id, added.task.id], text: "x", reason: nil, by: Self.leader)
        }
        let unassigned = await Self.answer { _ = try await actions.publish(planYear: 2022, by: Self.office) }
        _ = try await actions.allocate(
            taskID: added.task.id, .init(lead: "区城管局"), reason: nil, expectedVersion: added.task.rowVersion, by: Self.office)
        let publishedByDepartment = await Self.answer { _ = try await actions.publish(planYear: 2022, by: Self.assigned) }
        let published = await Self.answer { _ = try await actions.publish(planYear: 2022, by: Self.office) }
        let isPublished = try await test.store.isPublished(jurisdiction: "白水区", planYear: 2022)
        let count = try await test.store.tasks(jurisdiction: "白水区", planYear: 2022).count
        await test.finish()
        // check
        #expect(addedByDepartment == .refused(.forbidden))
        #expect(mergedElsewhere == .refused(.notFound) && mergedByLeader == .refused(.forbidden))
        // A plan with a task nobody leads is not published (the store says which).
        #expect(unassigned != .done)
        #expect(publishedByDepartment == .refused(.forbidden) && published == .done && isPublished)
        #expect(count == tasks.count + 1)
    }

    @Test(
        "instructions: a leader or the office gives one within its place; only the department it is addressed to acknowledges and answers",
        arguments: TestEngine.available)
    func instructions(_ engine: TestEngine) async throws {
        // setup
        let (test, tasks) = try await ProgressTests.assigned(engine)
        let houses = tasks[2].id
        let actions = InstructionActions(store: test.store)
        let answerBy = ISODate.today.adding(days: 14).text
        let draft = InstructionActions.Draft(taskID: houses, text: "抓紧推进，月底前报进度。", answerBy: answerBy)
        // act
        var given: [Answer] = []
        for actor in [Self.assigned, Self.otherPlaceOffice] {
            given.append(await Self.answer { _ = try await actions.give(draft, planYear: 2022, by: actor) })
        }
        let aimless = await Self.answer {
            _ = try await actions.give(.init(text: "抓紧。", answerBy: answerBy), planYear: 2022, by: Self.office)
        }
        let instruction = try await actions.give(draft, planYear: 2022, by: Self.leader)
        var acknowledged: [Answer] = []
        for actor in [Self.office, Self.leader, Self.unassigned, Self.otherPlaceDepartment, Self.assigned] {
            acknowledged.append(await Self.answer { _ = try await actions.acknowledge(instructionID: instruction.id, by: actor) })
        }
        let answeredByOther = await Self.answer {
            _ = try await actions.answer(instructionID: instruction.id, "已开工。", expectedVersion: nil, by: Self.unassigned)
        }
        let answered = try await actions.answer(instructionID: instruction.id, "已开工。", expectedVersion: nil, by: Self.assigned)
        await test.finish()
        // check
        #expect(given == [.refused(.forbidden), .refused(.notFound)])
        guard case .refused(.invalid) = aimless else {
            Issue.record("an instruction to nobody: \(aimless)")
            return
        }
        #expect(instruction.author == Self.leader.name)
        #expect(
            acknowledged == [.refused(.forbidden), .refused(.forbidden), .refused(.notFound), .refused(.notFound), .done])
        #expect(answeredByOther == .refused(.notFound))
        #expect(answered.state == .answered && answered.answer == "已开工。")
    }

    @Test("moderating a comment: only the office of the comment's place", arguments: TestEngine.available)
    func comments(_ engine: TestEngine) async throws {
        // setup
        let (test, tasks) = try await SupervisionTests.published(engine)
        let comment = try await test.store.submitComment(
            CommentTests.new(tasks[2].id, "路修好了，谢谢！"), jurisdiction: "白水区", planYear: 2022)
        let actions = CommentActions(store: test.store)
        // act
        var answers: [Answer] = []
        for actor in [Self.assigned, Self.leader, Self.otherPlaceOffice, Self.office] {
            answers.append(
                await Self.answer { _ = try await actions.moderate(commentID: comment.id, publish: true, note: nil, by: actor) })
        }
        let shown = try await test.store.publicComments(taskID: tasks[2].id)
        await test.finish()
        // check
        #expect(answers == [.refused(.forbidden), .refused(.forbidden), .refused(.notFound), .done])
        #expect(shown.map(\.id) == [comment.id])
    }

    @Test(
        "accounts, departments and imports: only the administrator, within its place; no locking oneself out",
        arguments: TestEngine.available)
    func administration(_ engine: TestEngine) async throws {
        // setup
        let (test, _) = try await ProgressTests.assigned(engine)
        let users = UserActions(store: test.store, hasher: PasswordHasher(cost: 4))
        let directory = DirectoryActions(store: test.store)
        let draft = UserActions.Draft(
            login: "zhaoliu", displayName: "赵六", role: .department, department: "区住建局", password: "correct horse")
        // act
        let createdByStaff = await Self.answer { _ = try await users.create(draft, by: Self.office) }
        let created = try await users.create(draft, by: Self.admin)
        let disabledElsewhere = await Self.answer {
            _ = try await users.setDisabled(userID: created.id, true, by: Self.user(.officeAdmin, jurisdiction: "青山区"))
        }
        let disabledSelf = await Self.answer {
            _ = try await users.setDisabled(userID: created.id, true, by: Self.user(.officeAdmin, id: created.id))
        }
        let disabled = await Self.answer { _ = try await users.setDisabled(userID: created.id, true, by: Self.admin) }
        let shortPassword = await Self.answer { try await users.resetPassword(userID: created.id, "short", by: Self.admin) }
        let resetByLeader = await Self.answer {
            try await users.resetPassword(userID: created.id, "a longer one", by: Self.leader)
        }
        let departmentByStaff = await Self.answer {
            _ = try await directory.createDepartment(DepartmentEntry(name: "区水务局"), by: Self.office)
        }
        let department = await Self.answer {
            _ = try await directory.createDepartment(DepartmentEntry(name: "区水务局"), by: Self.admin)
        }
        let importByLeader = await Self.answer {
            _ = try await directory.importReport(text: "白水区2023年政府工作报告", planYear: 2023, by: Self.leader)
        }
        let stored = try await test.store.user(id: created.id)
        let departments = try await test.store.departments(jurisdiction: "白水区").map(\.name)
        await test.finish()
        // check
        #expect(createdByStaff == .refused(.forbidden))
        #expect(disabledElsewhere == .refused(.notFound))
        guard case .refused(.invalid) = disabledSelf, case .refused(.store(.invalid)) = shortPassword else {
            Issue.record("disabling oneself: \(disabledSelf); a short password: \(shortPassword)")
            return
        }
        #expect(disabled == .done && stored?.disabled == true)
        #expect(resetByLeader == .refused(.forbidden))
        #expect(departmentByStaff == .refused(.forbidden) && department == .done && departments.contains("区水务局"))
        #expect(importByLeader == .refused(.forbidden))
    }

    @Test(
        "supervision, rankings, circulars and accepted lead suggestions: only the office, for its own place",
        arguments: TestEngine.available)
    func supervision(_ engine: TestEngine) async throws {
        // setup
        let (test, tasks) = try await SupervisionTests.published(engine)
        let actions = SupervisionActions(store: test.store)
        let june = try await test.store.draftCircular(jurisdiction: "白水区", year: 2022, month: 6)
        // act
        let rulesByDepartment = await Self.answer {
            try await actions.setReminderRules(ReminderRules(), planYear: 2022, by: Self.assigned)
        }
        let rules = await Self.answer { try await actions.setReminderRules(ReminderRules(), planYear: 2022, by: Self.office) }
        let runByLeader = await Self.answer { _ = try await actions.runReminders(by: Self.leader) }
        let channelByLeader = await Self.answer {
            try await actions.setChannel(
                NotificationChannel(department: "区住建局", email: "zjj@baishui.gov.cn"), allowHTTP: false, by: Self.leader)
        }
        let weightsByDepartment = await Self.answer {
            try await actions.setRankingWeights(RankingWeights(), planYear: 2022, by: Self.assigned)
        }
        let weights = await Self.answer { try await actions.setRankingWeights(RankingWeights(), planYear: 2022, by: Self.office) }
        let circularElsewhere = await Self.answer {
            _ = try await actions.publishCircular(june, summary: nil, by: Self.otherPlaceOffice)
        }
        let circular = await Self.answer { _ = try await actions.publishCircular(june, summary: nil, by: Self.office) }
        let leadsElsewhere = await Self.answer {
            _ = try await AllocationActions(store: test.store).assignLeads(
                [(taskID: tasks[0].id, lead: "区卫健委")], by: Self.otherPlaceOffice)
        }
        let circulars = try await test.store.circulars(jurisdiction: "白水区")
        await test.finish()
        // check
        #expect(rulesByDepartment == .refused(.forbidden) && rules == .done)
        #expect(runByLeader == .refused(.forbidden) && channelByLeader == .refused(.forbidden))
        #expect(weightsByDepartment == .refused(.forbidden) && weights == .done)
        #expect(circularElsewhere == .refused(.notFound) && circular == .done && circulars.count == 1)
        #expect(leadsElsewhere == .refused(.notFound))
    }

    @Test("a decision is read from its code, and a wrong one says which codes there are")
    func decisions() throws {
        #expect(try ReviewDecision.parse("accept") == .accept)
        #expect(try ReviewDecision.parse("return") == .return)
        #expect(throws: ActionError.self) { try ReviewDecision.parse("maybe") }
        #expect(throws: ActionError.self) { try ReviewDecision.parse(nil) }
        #expect(throws: ActionError.self) { try ProgressDraft.behindReason("bad_luck") }
        #expect(try ProgressDraft.behindReason(nil) == nil)
        #expect(try CarryOverDecision.parse("drop") == .drop)
        #expect(throws: ActionError.self) { try CarryOverDecision.parse("return") }
        #expect(try VerdictActions.outcome("short") == .short)
        #expect(throws: ActionError.self) { try VerdictActions.outcome("failed") }
    }
}
