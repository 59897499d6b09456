import ReportExtraction

/// Renders a report as aligned columns for a terminal, counting CJK characters as two columns.
enum TableRenderer {
    static func render(_ report: ExtractedReport, only: RecordSelection) -> String {
        var out = ""
        if only == .all || only == .outline {
            let meta = report.meta
            out += "报告 Report\n"
            out += table(
                ["字段 field", "值 value"],
                [
                    ["title", meta.title ?? "—"], ["jurisdiction", meta.jurisdiction ?? "—"],
                    ["level", meta.level ?? "—"], ["date", meta.date ?? "—"], ["speaker", meta.speaker ?? "—"],
                    ["speakerTitle", meta.speakerTitle ?? "—"], ["session", meta.session ?? "—"],
                    ["planYear", meta.planYear.map(String.init) ?? "—"],
                ])
            out += "\n章节 Sections (\(report.sections.count))\n"
            out += table(["编号 id", "标记 marker", "标题 title"], report.sections.map { [$0.id, $0.marker, $0.title] })
            out += "\n名词解释 Glossary (\(report.terms.count))\n"
            out += table(["术语 term", "解释 definition"], report.terms.map { [$0.term, clip($0.definition, 60)] })
        }
        if only == .all || only == .quantities {
            out += "\n数量 Quantities (\(report.quantities.count))\n"
            out += table(
                ["#", "章节", "类别", "主体 subject", "动作", "数值 value", "单位", "比较", "原文 quote"],
                report.quantities.enumerated().map { index, quantity in
                    [
                        String(index), quantity.section ?? "—", quantity.kind == .target ? "目标" : "成绩",
                        clip(quantity.subject, 16), quantity.action ?? "—", valueText(quantity), quantity.unit,
                        quantity.comparator.rawValue, clip(quantity.quote, 30),
                    ]
                }, rightAligned: [0, 5])
        }
        if only == .all || only == .tasks {
            out += "\n任务 Tasks (\(report.tasks.count))\n"
            out += table(
                ["#", "章节", "期限", "笼统", "任务 task"],
                report.tasks.enumerated().map { index, task in
                    [
                        String(index), task.section ?? "—", task.horizon == .year ? "年度" : "五年",
                        task.vague ? "是" : "", clip(task.text, 60),
                    ]
                }, rightAligned: [0])
        }
        return out
    }

    private static func valueText(_ quantity: Quantity) -> String {
        let value = JSONObject.number(quantity.value)
        return quantity.valueMax.map { value + "–" + JSONObject.number($0) } ?? value
    }

    /// A percent for a table: `58%`.
    static func percent(_ value: Double) -> String {
        "\(Int(value.rounded()))%"
    }

    /// Shortens text to `width` display columns with an ellipsis.
    static func clip(_ text: String, _ width: Int) -> String {
        guard displayWidth(text) > width else { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = displayWidth(String(character))
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    /// Columns a string takes in a terminal: East Asian wide and full-width characters take two.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
                0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD,
                0x2014, 0x2026, 0x201C, 0x201D:
                return width + 2
            case 0x0300...0x036F, 0x200B...0x200F:
                return width
            default:
                return width + 1
            }
        }
    }

    static func table(_ header: [String], _ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        var widths = header.map(displayWidth)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], displayWidth(cell)) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - displayWidth(cell))
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ").replacingTrailingSpaces() + "\n"
        }
        var out = line(header)
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { out += line(row) }
        return out
    }
}

extension String {
    fileprivate func replacingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
