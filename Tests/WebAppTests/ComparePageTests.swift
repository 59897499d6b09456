import Foundation
import Hummingbird
import HummingbirdTesting
import PlanStore
import ReportExtraction
import Testing

@testable import WebApp

/// The comparison page over the store: the fixture's plan and the next year's report.
@Suite("Indicator comparison page")
struct ComparePageTests {
    @Test(
        "targets and actuals by place and year, as a table and a chart; an unknown indicator is refused",
        arguments: WebEngine.available)
    func page(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            let review = """
                白水区2023年政府工作报告
                一、2022年工作回顾
                全区地区生产总值增长5.8%，新建幼儿园3所。
                二、2023年工作安排
                地区生产总值增长6%左右。
                """
            let plan = WebFixture.report.replacingOccurrences(
                of: "过去一年，全区完成地区生产总值120亿元。", with: "过去一年，全区完成地区生产总值120亿元。\n二、2022年主要目标\n地区生产总值增长6.5%左右。")
            _ = try await fixture.store.importReport(ReportExtractor.extract(plan), sourceText: plan)
            _ = try await fixture.store.importReport(ReportExtractor.extract(review), sourceText: review)
            try await fixture.withApp { client in
                var leader = try await Browser.signedIn(client, as: "leader")
                let page = try await leader.get("/compare?indicator=GDP")
                let html = String(buffer: page.body)
                #expect(page.status == .ok)
                #expect(html.contains("<svg class=\"chart\""))
                #expect(html.contains("白水区") && html.contains("6.5%") && html.contains("5.8%"))
                #expect(html.contains(#"<span class="outcome outcome-short">未达到</span>"#))
                #expect(try await leader.get("/compare?indicator=幸福指数").status == .unprocessableContent)
                var department = try await Browser.signedIn(client, as: "zhujian")
                #expect(try await department.get("/compare").status == .forbidden)
            }
        }
    }
}
