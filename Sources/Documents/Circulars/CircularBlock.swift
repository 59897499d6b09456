import PlanStore

/// One block of a circular's text below the masthead, in reading order. The DOCX and the HTML
/// print view render the same list, so the two never say different things.
enum CircularBlock: Equatable {
    case paragraph(String)
    /// A part: 一、总体情况.
    case heading(String)
    /// A group within a part: （一）区住建局（2项）.
    case subheading(String)
    case table(header: [String], rows: [[String]])

    /// The summary, then the five parts of a circular.
    static func body(_ circular: Circular) -> [CircularBlock] {
        var blocks: [CircularBlock] = circular.summary.split(separator: "\n", omittingEmptySubsequences: true)
            .map { .paragraph(String($0)) }
        var part = 0
        func heading(_ text: String) {
            part += 1
            blocks.append(.heading("\(ordinal(part))、\(text)"))
        }
        let date = CircularDocument.chineseDate
        heading("总体情况")
        let figures = circular.figures
        blocks.append(
            .table(
                header: ["任务总数", "已完成", "本月完成", "正常推进", "进度预警", "严重滞后或逾期"],
                rows: [
                    [figures.tasks, figures.done, figures.doneThisMonth, figures.green, figures.yellow, figures.red].map(
                        String.init)
                ]))
        heading("严重滞后和逾期任务")
        if circular.red.isEmpty { blocks.append(.paragraph("本月没有严重滞后或逾期的任务。")) }
        for (index, group) in circular.red.enumerated() {
            blocks.append(.subheading("（\(ordinal(index + 1))）\(group.department)（\(group.items.count)项）"))
            for (number, item) in group.items.enumerated() {
                blocks.append(.paragraph("\(number + 1).\(item.text)（完成时限：\(date(item.deadline))）。\(item.note)"))
            }
        }
        heading("进度预警任务")
        if circular.yellow.isEmpty { blocks.append(.paragraph("本月没有进度预警的任务。")) }
        for (number, item) in circular.yellow.enumerated() {
            blocks.append(
                .paragraph("\(number + 1).\(item.text)（牵头单位：\(item.department)；完成时限：\(date(item.deadline))）。\(item.note)"))
        }
        heading("提前完成的任务")
        if circular.praised.isEmpty {
            blocks.append(.paragraph("本月没有提前完成的任务。"))
        } else {
            blocks.append(.paragraph("以下任务提前完成，予以通报表扬："))
            for (number, item) in circular.praised.enumerated() {
                blocks.append(.paragraph("\(number + 1).\(item.department)：\(item.text)（\(item.note)）。"))
            }
        }
        heading("领导批示办理情况")
        if circular.instructions.isEmpty { blocks.append(.paragraph("本月没有新的领导批示。")) }
        for (number, item) in circular.instructions.enumerated() {
            blocks.append(
                .paragraph(
                    "\(number + 1).\(date(item.givenOn))，\(item.author)批示：“\(item.text)”（承办单位：\(item.department)，\(item.state)）"
                        + (item.answer.map { "办理情况：\($0)" } ?? "")))
        }
        return blocks
    }

    /// The Chinese ordinal of a part: 一 … 十.
    static func ordinal(_ number: Int) -> String {
        let digits = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        return number >= 1 && number <= 10 ? digits[number - 1] : String(number)
    }
}
