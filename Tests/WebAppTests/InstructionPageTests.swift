import Foundation
import Hummingbird
import HummingbirdTesting
import PlanStore
import Testing

@testable import WebApp

/// Leaders' instructions through the pages: given on a task, acknowledged and answered by the
/// department, shown in the task's history and the leaders' inbox.
@Suite("Instruction pages")
struct InstructionPageTests {
    @Test(
        "a leader instructs on a task; the department acknowledges and answers; the leader is told; a stale answer is a conflict",
        arguments: WebEngine.available)
    func onATask(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            let task = fixture.tasks["老旧小区"]!
            let answerBy = ISODate.today.adding(days: 5).text
            try await fixture.withApp { client in
                var leader = try await Browser.signedIn(client, as: "leader")
                let leaderToken = try await leader.csrf(from: "/tasks/\(task)")
                let given = try await leader.post(
                    "/instructions",
                    form: [
                        "_csrf": leaderToken, "task_id": String(task), "text": "请倒排工期<b>加快</b>推进。", "answer_by": answerBy,
                        "back": "/tasks/\(task)",
                    ])
                var zhujian = try await Browser.signedIn(client, as: "zhujian")
                let workspace = String(buffer: try await zhujian.get("/workspace").body)
                let taskPage = String(buffer: try await zhujian.get("/tasks/\(task)").body)
                let token = try #require(Browser.formToken(taskPage))
                let instruction = try #require(try await fixture.store.instructions(jurisdiction: "白水区", taskID: task).first)
                // act
                let acknowledged = try await zhujian.post(
                    "/instructions/\(instruction.id)/acknowledge", form: ["_csrf": token, "back": "/tasks/\(task)"])
                let stale = try await zhujian.post(
                    "/instructions/\(instruction.id)/answer",
                    form: ["_csrf": token, "answer": "旧页面的答复", "version": String(instruction.rowVersion)])
                let answered = try await zhujian.post(
                    "/instructions/\(instruction.id)/answer",
                    form: ["_csrf": token, "answer": "已倒排工期，每周调度。", "version": String(instruction.rowVersion + 1)])
                var weijian = try await Browser.signedIn(client, as: "weijian")
                let weijianToken = try await weijian.csrf(from: "/instructions")
                let foreign = try await weijian.post(
                    "/instructions/\(instruction.id)/answer", form: ["_csrf": weijianToken, "answer": "不是我的"])
                let weijianList = String(buffer: try await weijian.get("/instructions").body)
                let leaderInbox = String(buffer: try await leader.get("/inbox").body)
                let leaderTask = String(buffer: try await leader.get("/tasks/\(task)").body)
                let stored = try #require(try await fixture.store.instructions(jurisdiction: "白水区", taskID: task).first)
                // check
                #expect(given.status == .seeOther)
                #expect(given.headers[.location] == "/tasks/\(task)")
                #expect(InboxPageTests.badge(workspace) == 1)
                #expect(taskPage.contains("请倒排工期&lt;b&gt;加快&lt;/b&gt;推进。"))
                #expect(taskPage.contains("action=\"/instructions/\(instruction.id)/acknowledge\""))
                #expect(!taskPage.contains("name=\"task_id\""))  // a department gives no instruction
                #expect(acknowledged.status == .seeOther)
                #expect(stale.status == .conflict)
                #expect(answered.status == .seeOther)
                #expect(foreign.status == .notFound)
                #expect(!weijianList.contains("倒排工期"))
                #expect(stored.state == .answered)
                #expect(stored.answer == "已倒排工期，每周调度。")
                #expect(leaderInbox.contains("批示办理"))
                #expect(leaderTask.contains("已倒排工期，每周调度。"))
                #expect(leaderTask.contains("答复批示"))  // in the task's history
            }
        }
    }

    @Test(
        "the office records an instruction to a department; refused: departments giving one, empty text, a past date, a disabled department",
        arguments: WebEngine.available)
    func toADepartmentAndRefusals(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            try await fixture.store.setDepartmentDisabled("区人社局", disabled: true, jurisdiction: "白水区", actor: "督查室")
            let answerBy = ISODate.today.adding(days: 7).text
            try await fixture.withApp { client in
                var office = try await Browser.signedIn(client, as: "staff")
                let page = String(buffer: try await office.get("/instructions").body)
                let token = try #require(Browser.formToken(page))
                // act
                let given = try await office.post(
                    "/instructions", form: ["_csrf": token, "department": "区卫健委", "text": "疾控中心年内封顶。", "answer_by": answerBy])
                let empty = try await office.post(
                    "/instructions", form: ["_csrf": token, "department": "区卫健委", "text": " ", "answer_by": answerBy])
                let past = try await office.post(
                    "/instructions", form: ["_csrf": token, "department": "区卫健委", "text": "补办。", "answer_by": "2020-01-01"])
                let disabled = try await office.post(
                    "/instructions", form: ["_csrf": token, "department": "区人社局", "text": "补办。", "answer_by": answerBy])
                let noDepartment = try await office.post(
                    "/instructions", form: ["_csrf": token, "text": "补办。", "answer_by": answerBy])
                var weijian = try await Browser.signedIn(client, as: "weijian")
                let list = String(buffer: try await weijian.get("/instructions").body)
                let weijianToken = try #require(Browser.formToken(list))
                let departmentGives = try await weijian.post(
                    "/instructions", form: ["_csrf": weijianToken, "department": "区住建局", "text": "x", "answer_by": answerBy])
                // check
                #expect(given.status == .seeOther)
                #expect(!page.contains("<option value=\"区人社局\">"))  // a disabled unit is not offered
                #expect(empty.status == .unprocessableContent)
                #expect(past.status == .unprocessableContent)
                #expect(String(buffer: past.body).contains("已过"))
                #expect(disabled.status == .unprocessableContent)
                #expect(String(buffer: disabled.body).contains("已停用"))
                #expect(noDepartment.status == .unprocessableContent)
                #expect(list.contains("疾控中心年内封顶。"))
                #expect(list.contains("签收"))
                #expect(departmentGives.status == .forbidden)
                #expect(try await fixture.store.instructions(jurisdiction: "白水区").count == 1)
            }
        }
    }
}
