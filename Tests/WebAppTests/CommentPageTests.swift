import Foundation
import Hummingbird
import HummingbirdTesting
import PlanStore
import Testing

@testable import WebApp

/// Citizens' comments through the pages: sent from the portal without an account, answered
/// challenge and all; moderated by the office; shown to the public and to the department.
@Suite("Comment pages")
struct CommentPageTests {
    /// The page's question (七加五等于几？) answered, and the form's token.
    static func answer(_ page: String) throws -> (token: String, answer: String) {
        let question = try #require(page.firstMatch(of: /<strong>(.)加(.)等于几？<\/strong>/))
        let digits = CommentChallenge.digits
        let sum =
            try #require(digits.firstIndex(of: String(question.output.1)))
            + (try #require(digits.firstIndex(of: String(question.output.2))))
        let token = try #require(page.firstMatch(of: /name="challenge" value="([^"]+)"/)?.output.1)
        return (String(token), String(sum))
    }

    static let path = "/portal/%E7%99%BD%E6%B0%B4%E5%8C%BA/2022/tasks/"

    @Test(
        "a citizen comments and tips without an account; the office publishes one, passes on the other; the public sees only the comment, the department both",
        arguments: WebEngine.available)
    func sendModerateShow(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            let task = fixture.tasks["老旧小区"]!
            try await fixture.withApp(adjust: { $0.commentMinimumSeconds = 0 }) { client in
                var citizen = Browser(client)
                let page = String(buffer: try await citizen.get(Self.path + "\(task)").body)
                let first = try Self.answer(page)
                // act
                let sent = try await citizen.post(
                    Self.path + "\(task)",
                    form: [
                        "kind": "comment", "body": "进度怎么样了？<script>alert(1)</script>", "name": "王女士", "challenge": first.token,
                        "answer": first.answer,
                    ])
                let second = try Self.answer(String(buffer: try await citizen.get(Self.path + "\(task)").body))
                let tip = try await citizen.post(
                    Self.path + "\(task)",
                    form: [
                        "kind": "tip", "body": "工地停工一周了。", "contact": "13900000000", "challenge": second.token,
                        "answer": second.answer,
                    ])
                var office = try await Browser.signedIn(client, as: "staff")
                let queue = String(buffer: try await office.get("/comments").body)
                let token = try #require(Browser.formToken(queue))
                let stored = try await fixture.store.comments(jurisdiction: "白水区", state: .pending)
                let comment = try #require(stored.first { $0.kind == .comment })
                let tipRow = try #require(stored.first { $0.kind == .tip })
                let published = try await office.post("/comments/\(comment.id)", form: ["_csrf": token, "action": "publish"])
                _ = try await office.post(
                    "/comments/\(tipRow.id)", form: ["_csrf": token, "action": "publish", "note": "转住建局核实"])
                let portalTask = String(buffer: try await citizen.get(Self.path + "\(task)").body)
                let portal = String(buffer: try await citizen.get("/portal").body)
                var zhujian = try await Browser.signedIn(client, as: "zhujian")
                let workspace = String(buffer: try await zhujian.get("/workspace").body)
                var weijian = try await Browser.signedIn(client, as: "weijian")
                let otherWorkspace = String(buffer: try await weijian.get("/workspace").body)
                // check
                #expect(page.contains("我要留言"))
                #expect(sent.status == .seeOther)
                #expect(sent.headers[.location] == Self.path + "\(task)?sent=1#comment-form")
                #expect(tip.status == .seeOther)
                #expect(queue.contains("13900000000"))  // the office sees the contact
                #expect(queue.contains("进度怎么样了？&lt;script&gt;"))
                #expect(published.status == .seeOther)
                #expect(portalTask.contains("进度怎么样了？&lt;script&gt;alert(1)&lt;/script&gt;"))
                #expect(!portalTask.contains("<script>alert(1)"))
                #expect(portalTask.contains("王女士"))
                #expect(!portalTask.contains("工地停工"))  // a tip is never public
                #expect(!portalTask.contains("13900000000"))
                #expect(portal.contains("1 条留言"))
                #expect(workspace.contains("工地停工一周了。"))
                #expect(workspace.contains("转住建局核实"))
                #expect(!workspace.contains("13900000000"))
                #expect(!otherWorkspace.contains("工地停工"))
            }
        }
    }

    @Test(
        "refused, with the text kept: a wrong answer, a forged or reused form, too quick, the hidden field filled, a fourth in ten minutes; an unpublished plan is not there"
    )
    func refusals() async throws {
        try await WebFixture.run { fixture in
            let task = fixture.tasks["老旧小区"]!
            try await fixture.withApp(adjust: { $0.commentMinimumSeconds = 0 }) { client in
                var citizen = Browser(client)
                func fresh() async throws -> (token: String, answer: String) {
                    try Self.answer(String(buffer: try await citizen.get(Self.path + "\(task)").body))
                }
                func send(_ body: String, _ challenge: (token: String, answer: String), extra: [String: String] = [:])
                    async throws -> TestResponse
                {
                    try await citizen.post(
                        Self.path + "\(task)",
                        form: ["kind": "comment", "body": body, "challenge": challenge.token, "answer": challenge.answer].merging(
                            extra
                        ) { $1 })
                }
                // act
                let one = try await fresh()
                let wrong = try await send("答错了的留言", (one.token, String(Int(one.answer)! + 1)))
                // The same form again, now with the right answer: a form takes one answer.
                let guessAgain = try await send("再猜一次", one)
                // The page shown after the wrong answer asks a new question.
                let next = try Self.answer(String(buffer: wrong.body))
                let chinese = try await send(
                    "用汉字回答",
                    (
                        next.token,
                        CommentChallenge.digits.count > Int(next.answer)!
                            ? CommentChallenge.digits[Int(next.answer)!] : "十" + CommentChallenge.digits[Int(next.answer)! - 10]
                    ))
                let reused = try await send("同一张表再发", next)
                let forged = try await send("伪造的表单", ("1700000000.abc.0000", "3"))
                let honeypot = try await send("机器人", try await fresh(), extra: ["website": "http://spam.example"])
                let empty = try await send("   ", try await fresh())
                let third = try await send("第三条", try await fresh())  // with 用汉字回答 and 第二条, three in ten minutes
                _ = try await send("第二条", try await fresh())
                let fourth = try await send("第四条不该收", try await fresh())
                let unknown = try await citizen.get("/portal/%E7%99%BD%E6%B0%B4%E5%8C%BA/2023/tasks/\(task)")
                let missing = try await citizen.get(Self.path + "999999")
                let stored = try await fixture.store.comments(jurisdiction: "白水区")
                // check
                #expect(wrong.status == .unprocessableContent)
                let wrongPage = String(buffer: wrong.body)
                #expect(wrongPage.contains("验证题答案不对"))
                #expect(wrongPage.contains(">答错了的留言</textarea>"))  // nothing typed is lost
                #expect(next.token != one.token)
                #expect(guessAgain.status == .unprocessableContent)
                #expect(String(buffer: guessAgain.body).contains("已经回答过"))
                #expect(String(buffer: guessAgain.body).contains(">再猜一次</textarea>"))
                #expect(chinese.status == .seeOther)
                #expect(reused.status == .unprocessableContent)
                #expect(String(buffer: reused.body).contains("已经回答过"))
                #expect(forged.status == .unprocessableContent)
                #expect(honeypot.status == .unprocessableContent)
                #expect(empty.status == .unprocessableContent)
                #expect(third.status == .seeOther)
                #expect(fourth.status == .tooManyRequests)
                #expect(String(buffer: fourth.body).contains("提交太频繁"))
                #expect(String(buffer: fourth.body).contains(">第四条不该收</textarea>"))
                #expect(unknown.status == .notFound)
                #expect(missing.status == .notFound)
                #expect(Set(stored.map(\.body)) == ["用汉字回答", "第二条", "第三条"])
            }
            // Sent the moment the form appeared: a machine. (A minute's minimum, so that a slow,
            // busy machine between the page and the post still counts as quick.)
            try await fixture.withApp(adjust: { $0.commentMinimumSeconds = 60 }) { client in
                var citizen = Browser(client)
                let challenge = try Self.answer(String(buffer: try await citizen.get(Self.path + "\(task)").body))
                let quick = try await citizen.post(
                    Self.path + "\(task)",
                    form: ["kind": "comment", "body": "秒发", "challenge": challenge.token, "answer": challenge.answer])
                #expect(quick.status == .unprocessableContent)
                #expect(String(buffer: quick.body).contains("提交太快"))
            }
        }
    }

    @Test("a script guessing the question gets five wrong answers in ten minutes, then waits, even with a right one")
    func guessingScript() async throws {
        try await WebFixture.run { fixture in
            let task = fixture.tasks["老旧小区"]!
            try await fixture.withApp(adjust: { $0.commentMinimumSeconds = 0 }) { client in
                var script = Browser(client)
                var statuses: [HTTPResponse.Status] = []
                for _ in 0..<5 {
                    let form = try Self.answer(String(buffer: try await script.get(Self.path + "\(task)").body))
                    statuses.append(
                        try await script.post(
                            Self.path + "\(task)",
                            form: [
                                "kind": "comment", "body": "广告", "challenge": form.token, "answer": String(Int(form.answer)! + 1),
                            ]
                        ).status)
                }
                let form = try Self.answer(String(buffer: try await script.get(Self.path + "\(task)").body))
                let right = try await script.post(
                    Self.path + "\(task)",
                    form: ["kind": "comment", "body": "广告", "challenge": form.token, "answer": form.answer])
                #expect(statuses == Array(repeating: .unprocessableContent, count: 5))
                #expect(right.status == .tooManyRequests)
            }
            #expect(try await fixture.store.comments(jurisdiction: "白水区").isEmpty)
        }
    }

    @Test("only the office moderates; a department or a leader may not, nor a form without its token")
    func onlyTheOffice() async throws {
        try await WebFixture.run { fixture in
            let task = fixture.tasks["老旧小区"]!
            let comment = try await fixture.store.submitComment(
                NewCitizenComment(
                    taskID: task, kind: .comment, body: "好", authorName: nil, contact: nil, clientKey: "k", challenge: "c"),
                jurisdiction: "白水区", planYear: 2022)
            try await fixture.withApp { client in
                var zhujian = try await Browser.signedIn(client, as: "zhujian")
                var leader = try await Browser.signedIn(client, as: "leader")
                var office = try await Browser.signedIn(client, as: "staff")
                let zhujianToken = try await zhujian.csrf(from: "/workspace")
                let leaderToken = try await leader.csrf(from: "/tasks")
                // act
                let queue = try await zhujian.get("/comments")
                let byDepartment = try await zhujian.post(
                    "/comments/\(comment.id)", form: ["_csrf": zhujianToken, "action": "publish"])
                let byLeader = try await leader.post(
                    "/comments/\(comment.id)", form: ["_csrf": leaderToken, "action": "publish"])
                let noToken = try await office.post("/comments/\(comment.id)", form: ["action": "publish"])
                let token = try await office.csrf(from: "/comments")
                let badAction = try await office.post("/comments/\(comment.id)", form: ["_csrf": token, "action": "delete"])
                let badState = try await office.get("/comments?state=gone")
                let stored = try await fixture.store.comments(jurisdiction: "白水区")
                // check
                #expect(queue.status == .forbidden)
                #expect(byDepartment.status == .forbidden)
                #expect(byLeader.status == .forbidden)
                #expect(noToken.status == .forbidden)
                #expect(badAction.status == .unprocessableContent)
                #expect(badState.status == .unprocessableContent)
                #expect(stored.first?.state == .pending)
            }
        }
    }

    @Test("answers in digits, full-width digits or Chinese numerals")
    func numbers() {
        #expect(CommentChallenge.number("12") == 12)
        #expect(CommentChallenge.number(" １２ ") == 12)
        #expect(CommentChallenge.number("十二") == 12)
        #expect(CommentChallenge.number("十") == 10)
        #expect(CommentChallenge.number("七") == 7)
        #expect(CommentChallenge.number("二十") == 20)
        #expect(CommentChallenge.number("十二三") == nil)
        #expect(CommentChallenge.number("twelve") == nil)
        #expect(CommentChallenge.number("") == nil)
    }
}
