import Foundation
import Hummingbird
import HummingbirdTesting
import PlanStore
import Testing

@testable import WebApp

/// The office's supervision page: rules, channels, and what happened to each message.
@Suite("Supervision page")
struct SupervisionPageTests {
    @Test(
        "the office edits the rules and the calendar; bad values are refused with a message and change nothing",
        arguments: WebEngine.available)
    func rules(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            try await fixture.withApp { client in
                var office = try await Browser.signedIn(client, as: "staff")
                let token = try await office.csrf(from: "/supervision")
                let good = [
                    "_csrf": token, "days_before_deadline": "10", "report_day": "20", "report_notice_days": "2",
                    "urge_every": "2",
                    "escalate_after": "4", "holidays": "2022-10-03\n2022-10-04, 2022-10-05", "make_up_workdays": "2022-10-08",
                ]
                // act
                let saved = try await office.post("/supervision/rules", form: good)
                let page = String(buffer: try await office.get("/supervision?done=rules").body)
                var badDay = good
                badDay["report_day"] = "31"
                let refusedDay = try await office.post("/supervision/rules", form: badDay)
                var badDate = good
                badDate["holidays"] = "2022-10-03\n2022-13-01"
                let refusedDate = try await office.post("/supervision/rules", form: badDate)
                var missing = good
                missing["urge_every"] = nil
                let refusedMissing = try await office.post("/supervision/rules", form: missing)
                let rules = try await fixture.store.reminderRules(jurisdiction: "白水区", planYear: 2022)
                var department = try await Browser.signedIn(client, as: "zhujian")
                let forbidden = try await department.get("/supervision")
                let forbiddenPost = try await department.post("/supervision/rules", form: good)
                // check
                #expect(saved.status == .seeOther)
                #expect(page.contains("提醒规则已保存"))
                #expect(page.contains("value=\"20\""))
                #expect(refusedDay.status == .unprocessableContent)
                #expect(String(buffer: refusedDay.body).contains("月报报送日应在 1–28 日之间"))
                #expect(refusedDate.status == .unprocessableContent)
                #expect(String(buffer: refusedDate.body).contains("2022-13-01"))
                #expect(refusedMissing.status == .unprocessableContent)
                #expect(rules.reportDay == 20 && rules.daysBeforeDeadline == 10 && rules.escalateAfterUrges == 4)
                #expect(rules.calendar.holidays == ["2022-10-03", "2022-10-04", "2022-10-05"])
                #expect(rules.calendar.makeUpWorkdays == ["2022-10-08"])
                #expect(forbidden.status == .forbidden)
                #expect(forbiddenPost.status == .forbidden)
            }
        }
    }

    @Test(
        "channels: plain-http webhooks refused unless allowed, the secret never shown; an SMTP server that is down shows as queued with its reason",
        arguments: WebEngine.available)
    func channelsAndDeliveries(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            let store = fixture.store
            try await fixture.withApp { client in
                var office = try await Browser.signedIn(client, as: "admin")
                let token = try await office.csrf(from: "/supervision")
                // act
                let plain = try await office.post(
                    "/supervision/channels",
                    form: [
                        "_csrf": token, "department": "区住建局", "webhook_url": "http://robot.example/hook", "webhook_kind": "wecom",
                    ])
                let secure = try await office.post(
                    "/supervision/channels",
                    form: [
                        "_csrf": token, "department": "区住建局", "email": "zjj@baishui.gov.cn",
                        "webhook_url": "https://oapi.dingtalk.com/robot/send?access_token=t1", "webhook_kind": "dingtalk",
                        "webhook_secret": "SEC-top-secret",
                    ])
                let unknown = try await office.post(
                    "/supervision/channels", form: ["_csrf": token, "department": "区不存在局", "email": "a@b.cn"])
                let hostile = try await office.post(
                    "/supervision/channels", form: ["_csrf": token, "department": "区住建局", "email": "a@b.cn\r\nBcc: x@y.cn"])
                // Reminders are made; the e-mail finds no server.
                let run = try await office.post("/supervision/run", form: ["_csrf": token])
                _ = try await store.runReminders(asOf: ISODate("2022-06-23")!)
                let queued = try await store.claimDueDeliveries()
                for delivery in queued {
                    try await store.recordDelivery(id: delivery.id, error: "无法连接邮件服务器 127.0.0.1:25（Connection refused）")
                }
                let page = String(buffer: try await office.get("/supervision").body)
                let channels = try await store.channels(jurisdiction: "白水区")
                // check
                #expect(plain.status == .unprocessableContent)
                #expect(String(buffer: plain.body).contains("https"))
                #expect(secure.status == .seeOther)
                #expect(unknown.status == .unprocessableContent)
                #expect(String(buffer: unknown.body).contains("没有名为「区不存在局」的单位"))
                #expect(hostile.status == .unprocessableContent)
                #expect(channels.count == 1)
                #expect(channels.first?.webhookSecret == "SEC-top-secret")
                #expect(run.status == .seeOther)
                #expect(queued.count == 2)
                #expect(page.contains("zjj@baishui.gov.cn"))
                #expect(page.contains("钉钉群机器人"))
                #expect(page.contains("已加签"))
                #expect(!page.contains("SEC-top-secret"))
                #expect(page.contains("未配置邮件服务器"))
                #expect(page.contains("1 条消息未能送达，正在排队重试"))  // the webhook; the e-mail is told by the warning above
                #expect(page.contains("Connection refused"))
                #expect(page.contains("排队待发"))
            }
            // With --allow-http the same plain-http robot is taken.
            try await fixture.withApp(adjust: {
                $0.allowHTTPWebhooks = true
                $0.mailConfigured = true
            }) { client in
                var office = try await Browser.signedIn(client, as: "admin")
                let token = try await office.csrf(from: "/supervision")
                let plain = try await office.post(
                    "/supervision/channels",
                    form: ["_csrf": token, "department": "", "webhook_url": "http://robot.example/hook", "webhook_kind": "wecom"])
                let page = String(buffer: try await office.get("/supervision").body)
                #expect(plain.status == .seeOther)
                #expect(page.contains("http://robot.example/hook"))
                #expect(!page.contains("未配置邮件服务器"))
            }
        }
    }
}
