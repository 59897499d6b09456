import Foundation
import Hummingbird
import HummingbirdTesting
import PlanStore
import Testing

@testable import WebApp

/// 督查通报 through the pages: drafted, previewed with the office's summary, published, printed
/// and downloaded; read by departments and leaders, drafted only by the office.
@Suite("Circular pages")
struct CircularPageTests {
    @Test(
        "the office drafts June, previews its own summary, publishes it; the list, print view and DOCX follow; June is then closed",
        arguments: WebEngine.available)
    func draftPreviewPublish(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            try await fixture.withApp { client in
                var office = try await Browser.signedIn(client, as: "staff")
                let list = String(buffer: try await office.get("/circulars").body)
                let draft = String(buffer: try await office.get("/circulars/draft?month=2022-06").body)
                let token = try #require(Browser.formToken(draft))
                let summary = "六月份总体平稳<script>alert(1)</script>，请各单位抓紧。"
                // act
                let preview = String(
                    buffer: try await office.post(
                        "/circulars/preview", form: ["_csrf": token, "month": "2022-06", "summary": summary]
                    ).body)
                let published = try await office.post(
                    "/circulars", form: ["_csrf": token, "month": "2022-06", "summary": summary])
                let issued = try #require(try await fixture.store.circulars(jurisdiction: "白水区").first)
                let listAfter = String(buffer: try await office.get("/circulars").body)
                let print = try await office.get("/circulars/\(issued.id)")
                let docx = try await office.get("/circulars/\(issued.id)/docx")
                let draftAgain = try await office.get("/circulars/draft?month=2022-06")
                let twice = try await office.post("/circulars", form: ["_csrf": token, "month": "2022-06", "summary": summary])
                let style = try await office.get("/assets/circular.css")
                // check
                #expect(list.contains("<option value=\"2022-12\" selected>2022年12月</option>"))
                #expect(list.contains("还没有发布通报"))
                #expect(draft.contains("<textarea name=\"summary\""))
                #expect(draft.contains("<h3>一、总体情况</h3>"))
                #expect(draft.contains("（草稿）"))
                #expect(preview.contains("六月份总体平稳&lt;script&gt;alert(1)&lt;/script&gt;，请各单位抓紧。"))
                #expect(!preview.contains("<script>alert(1)"))
                #expect(published.status == .seeOther)
                #expect(published.headers[.location] == "/circulars?done=published#circular-\(issued.id)")
                #expect(issued.circular.summary == summary)
                #expect(issued.circular.numberLine == "2022年第1期")
                #expect(issued.publishedBy == "staff")
                #expect(listAfter.contains("2022年第1期"))
                #expect(!listAfter.contains("value=\"2022-06\""))  // June is published: no second draft
                #expect(print.status == .ok)
                let page = String(buffer: print.body)
                #expect(page.contains("<link rel=\"stylesheet\" href=\"/assets/circular.css\">"))
                #expect(!page.contains("<style"))  // the site's policy allows no inline style
                #expect(page.contains("2022年第1期"))
                #expect(docx.status == .ok)
                #expect(docx.headers[.contentType] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                #expect(docx.headers[.contentDisposition]?.contains("filename*=UTF-8''") == true)
                #expect(Array(docx.body.readableBytesView.prefix(2)) == Array("PK".utf8))
                #expect(draftAgain.status == .seeOther)
                #expect(draftAgain.headers[.location] == "/circulars/\(issued.id)")
                #expect(twice.status == .conflict)
                #expect(style.status == .ok)
                #expect(style.headers[.contentType] == "text/css; charset=utf-8")
            }
        }
    }

    @Test(
        "departments and leaders read published circulars; only the office drafts and publishes; bad months, empty summaries and stale tokens are refused"
    )
    func accessAndBadInput() async throws {
        try await WebFixture.run { fixture in
            let draft = try await fixture.store.draftCircular(jurisdiction: "白水区", year: 2022, month: 5, planYear: 2022)
            let issued = try await fixture.store.publishCircular(draft, summary: nil, actor: "督查室")
            try await fixture.withApp { client in
                var zhujian = try await Browser.signedIn(client, as: "zhujian")
                var leader = try await Browser.signedIn(client, as: "leader")
                var office = try await Browser.signedIn(client, as: "staff")
                var stranger = Browser(client)
                let zhujianToken = try await zhujian.csrf(from: "/circulars")
                let officeToken = try await office.csrf(from: "/circulars")
                // act
                let departmentList = String(buffer: try await zhujian.get("/circulars").body)
                let departmentPrint = try await zhujian.get("/circulars/\(issued.id)")
                let departmentDraft = try await zhujian.get("/circulars/draft?month=2022-06")
                let departmentDraftDocx = try await zhujian.get("/circulars/draft/docx?month=2022-06")
                let departmentPublish = try await zhujian.post(
                    "/circulars", form: ["_csrf": zhujianToken, "month": "2022-06", "summary": "x"])
                let leaderDocx = try await leader.get("/circulars/\(issued.id)/docx")
                let anonymous = try await stranger.get("/circulars/\(issued.id)")
                let missing = try await office.get("/circulars/9999")
                let badMonth = try await office.get("/circulars/draft?month=2022-13")
                let noMonth = try await office.post("/circulars", form: ["_csrf": officeToken, "summary": "x"])
                let empty = try await office.post(
                    "/circulars", form: ["_csrf": officeToken, "month": "2022-06", "summary": "  "])
                let tooLong = try await office.post(
                    "/circulars",
                    form: ["_csrf": officeToken, "month": "2022-06", "summary": String(repeating: "长", count: 4001)])
                let noToken = try await office.post("/circulars", form: ["month": "2022-06", "summary": "x"])
                let draftDocx = try await office.get("/circulars/draft/docx?month=2022-06")
                let stored = try await fixture.store.circulars(jurisdiction: "白水区")
                // check
                #expect(departmentList.contains("2022年第1期"))
                #expect(!departmentList.contains("action=\"/circulars/draft\""))
                #expect(departmentPrint.status == .ok)
                #expect(departmentDraft.status == .forbidden)
                #expect(departmentDraftDocx.status == .forbidden)
                #expect(departmentPublish.status == .forbidden)
                #expect(leaderDocx.status == .ok)
                #expect(anonymous.status == .seeOther)
                #expect(missing.status == .notFound)
                #expect(badMonth.status == .unprocessableContent)
                #expect(String(buffer: badMonth.body).contains("请选择通报的月份"))
                #expect(noMonth.status == .unprocessableContent)
                #expect(empty.status == .unprocessableContent)
                #expect(String(buffer: empty.body).contains("概述不能为空"))
                #expect(tooLong.status == .unprocessableContent)
                #expect(noToken.status == .forbidden)
                #expect(draftDocx.status == .ok)
                #expect(stored.count == 1)  // nothing refused was published
            }
        }
    }
}
