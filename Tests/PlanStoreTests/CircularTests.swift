import Documents
import Foundation
import Testing

@testable import PlanStore

@Suite("Supervision circulars (督查通报)")
struct CircularTests {
    static func status(
        _ id: Int, lead: String, deadline: String = "2022-12-31", light: TaskStatus.Light, state: TaskStatus.State,
        why: TaskStatus.Why = .progress,
        reason: BehindReason? = nil
    ) -> TaskStatus {
        TaskStatus(
            taskID: id, section: nil, text: "任务\(id)", lead: lead, coResponsible: [], deadline: deadline, targetValue: nil,
            targetUnit: nil,
            expected: 50, actual: 20, currentValue: nil, lastReportedOn: "2022-06-25", behindReason: reason, state: state,
            light: light, why: why)
    }

    @Test(
        "the draft counts the plan, groups red tasks by department (most first), lists yellow ones, praises only what was done early this month"
    )
    func draft() {
        let statuses = [
            Self.status(1, lead: "区城管局", light: .red, state: .behind, reason: .funding),
            Self.status(2, lead: "区住建局", light: .red, state: .behind),
            Self.status(
                3, lead: "区住建局", deadline: "2022-05-31", light: .red, state: .overdue, why: .overdue(deadline: "2022-05-31")),
            Self.status(4, lead: "区卫健委", light: .yellow, state: .atRisk),
            Self.status(5, lead: "区教育局", light: .green, state: .done, why: .done(on: "2022-06-10")),
            Self.status(6, lead: "区教育局", deadline: "2022-06-05", light: .green, state: .done, why: .done(on: "2022-06-20")),  // late
            Self.status(7, lead: "区教育局", light: .green, state: .done, why: .done(on: "2022-05-10")),  // last month
            Self.status(8, lead: "区城管局", light: .none, state: .dropped, why: .dropped),
            Self.status(9, lead: "区城管局", light: .green, state: .onTrack),
        ]
        // act
        let circular = CircularDraft.make(
            jurisdiction: "白水区", planYear: 2022, year: 2022, month: 6, asOf: ISODate("2022-06-30")!,
            today: ISODate("2022-07-02")!,
            statuses: statuses, instructions: [])
        // check
        #expect(circular.figures == Circular.Figures(tasks: 8, done: 3, doneThisMonth: 2, green: 4, yellow: 1, red: 3))
        #expect(circular.red.map(\.department) == ["区住建局", "区城管局"])
        #expect(circular.red[0].items.map(\.taskID) == [2, 3])
        #expect(circular.red[1].items[0].note.hasPrefix("滞后原因：资金。"))
        #expect(circular.yellow.map(\.taskID) == [4])
        #expect(circular.praised.map(\.taskID) == [5])
        #expect(circular.summary.contains("8项重点任务中，已完成3项（占38%）"))
        #expect(circular.summary.contains("区住建局（2项）、区城管局（1项）"))
        #expect(circular.numberLine == "（草稿）")
        #expect(circular.issuer == "白水区人民政府督查室")
    }

    @Test(
        "published circulars are numbered per year, kept as issued, one per month; the summary may be rewritten, not emptied",
        arguments: TestEngine.available)
    func publish(_ engine: TestEngine) async throws {
        let (test, tasks) = try await SupervisionTests.published(engine)
        let store = test.store
        let today = ISODate("2022-08-03")!
        // act
        let june = try await store.draftCircular(jurisdiction: "白水区", year: 2022, month: 6, today: today)
        let first = try await store.publishCircular(june, summary: "六月总体平稳。\n请各单位抓紧。", actor: "督查室", today: today)
        let july = try await store.draftCircular(jurisdiction: "白水区", year: 2022, month: 7, today: today)
        let emptied = await #expect(throws: StoreError.self) {
            try await store.publishCircular(july, summary: "  ", actor: "督查室", today: today)
        }
        let second = try await store.publishCircular(july, summary: nil, actor: "督查室", today: today)
        let again = await #expect(throws: StoreError.self) {
            try await store.publishCircular(june, summary: nil, actor: "督查室", today: today)
        }
        let future = await #expect(throws: StoreError.self) {
            try await store.draftCircular(jurisdiction: "白水区", year: 2022, month: 9, today: today)
        }
        // The plan changes after publication: the June circular stays as issued.
        _ = try await store.dropTask(tasks[0].id, change: Change(actor: "督查室", reason: "并入其他任务"))
        let kept = try await store.circular(first.id, jurisdiction: "白水区")
        let listed = try await store.circulars(jurisdiction: "白水区")
        let elsewhere = await #expect(throws: StoreError.self) { try await store.circular(first.id, jurisdiction: "黑山区") }
        await test.finish()
        // check
        #expect(june.asOf == "2022-06-30")
        #expect(Set(june.red.flatMap(\.items).map(\.taskID)) == Set(tasks.map(\.id)))  // none ever reported
        #expect(june.red.map(\.department) == ["区住建局", "区卫健委", "区城管局"])
        #expect(july.asOf == "2022-07-31")
        #expect(first.circular.number == 1)
        #expect(first.circular.numberLine == "2022年第1期")
        #expect(first.circular.summary == "六月总体平稳。\n请各单位抓紧。")
        #expect(emptied?.errorDescription?.contains("不能为空") == true)
        #expect(second.circular.number == 2)
        #expect(second.circular.summary == july.summary)
        #expect(again?.errorDescription?.contains("已经发布") == true)
        #expect(future?.errorDescription?.contains("尚未开始") == true)
        #expect(kept.circular == first.circular)
        #expect(kept.circular.figures.tasks == 3)
        #expect(listed.map(\.circular.month) == [7, 6])
        #expect(elsewhere != nil)
    }

    @Test(
        "the circular as DOCX reads back in python-docx: red masthead, issue, headline, the figures table, every part",
        arguments: TestEngine.available)
    func docx(_ engine: TestEngine) async throws {
        let (test, tasks) = try await SupervisionTests.published(engine)
        let store = test.store
        // This month's circular on the 2022 plan: the instruction is given now.
        let today = ISODate.today
        _ = try await store.giveInstruction(
            NewInstruction(taskID: tasks[0].id, text: "逾期任务要说明原因 & 措施 <立即>。", answerBy: today.text, author: "李区长"),
            jurisdiction: "白水区", planYear: 2022, today: today)
        let draft = try await store.draftCircular(
            jurisdiction: "白水区", year: today.year, month: today.month, planYear: 2022, today: today)
        let published = try await store.publishCircular(draft, summary: nil, actor: "督查室", today: today)
        await test.finish()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("督查通报-\(UUID().uuidString).docx")
        try CircularDocument.docx(published.circular).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        // act
        let result = try ExportTests.run(["python3", Self.reader, url.path])
        try #require(result.status == 0, "python-docx could not read the document: \(result.output)")
        let read = try JSONDecoder().decode(ReadDocument.self, from: Data(result.output.utf8))
        let texts = read.paragraphs.map(\.text)
        // check
        #expect(texts[0] == "督查通报")
        #expect(read.title_color == "C00000")
        #expect(texts[1] == "\(today.year)年第1期")
        #expect(texts[2].hasPrefix("白水区人民政府督查室") && texts[2].hasSuffix("\(today.year)年\(today.month)月\(today.day)日"))
        #expect(texts.contains("关于\(today.year)年\(today.month)月政府工作报告重点任务落实情况的通报"))
        #expect(texts.contains(published.circular.summary))
        #expect(
            read.paragraphs.filter { $0.style == "Heading 1" }.map(\.text) == [
                "一、总体情况", "二、严重滞后和逾期任务", "三、进度预警任务", "四、提前完成的任务", "五、领导批示办理情况",
            ])
        #expect(read.tables.first?.first == ["任务总数", "已完成", "本月完成", "正常推进", "进度预警", "严重滞后或逾期"])
        #expect(read.tables.first?.last?.first == "3")
        #expect(texts.contains { $0.contains("（三）区城管局（1项）") })
        #expect(texts.contains { $0.contains("新建垃圾转运站4座（完成时限：2022年6月30日）") })
        #expect(texts.contains { $0.contains("逾期任务要说明原因 & 措施 <立即>。") })
        #expect(read.page == [210, 297])
    }

    @Test("the print view says what the DOCX says, escaped, in the same order")
    func printView() throws {
        var circular = CircularDraft.make(
            jurisdiction: "白水区", planYear: 2022, year: 2022, month: 6, asOf: ISODate("2022-06-30")!,
            today: ISODate("2022-07-02")!,
            statuses: [
                Self.status(1, lead: "区城管局", light: .red, state: .behind, reason: .funding),
                Self.status(4, lead: "区卫健委", light: .yellow, state: .atRisk),
            ],
            instructions: [])
        circular.instructions = [
            .init(author: "李区长", department: "区城管局", text: "说明原因 & 措施 <立即>", givenOn: "2022-06-12", state: "已答复", answer: "已整改")
        ]
        // act
        let html = CircularPrintView.html(circular)
        let headings = html.components(separatedBy: "<h3>").dropFirst().map { String($0.prefix { $0 != "<" }) }
        // check
        #expect(headings == ["一、总体情况", "二、严重滞后和逾期任务", "三、进度预警任务", "四、提前完成的任务", "五、领导批示办理情况"])
        #expect(html.contains("<h4>（一）区城管局（1项）</h4>"))
        #expect(html.contains("说明原因 &amp; 措施 &lt;立即&gt;"))
        #expect(!html.contains("<立即>"))
        #expect(html.contains("<td>2</td>"))  // two tasks in the figures table
        #expect(html.contains("@page { size: A4"))
        #expect(!html.contains("<script"))
    }

    struct ReadDocument: Decodable {
        struct Paragraph: Decodable {
            let text: String
            let style: String
        }

        let paragraphs: [Paragraph]
        let tables: [[[String]]]
        let title_color: String?
        let page: [Int]
    }

    static let reader = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Support/read_docx.py").path
}
