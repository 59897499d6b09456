import Foundation

/// Reads `meta` from the front matter: the title line, the `——2022年1月21日在…会议上` line,
/// and the speaker line (`玉泉区人民政府代区长南男`).
enum MetaReader {
    /// Title words of the person who delivers the report, longest first.
    private static let speakerTitles = [
        "代理区长", "代理市长", "代理县长", "代理省长", "代区长", "代市长", "代县长", "代省长", "代旗长", "代州长", "代盟长",
        "代主席", "副区长", "副市长", "副县长", "副省长", "区长", "市长", "县长", "省长", "旗长", "州长", "盟长", "主席",
        "镇长", "乡长",
    ]

    static func read(
        _ scalars: [Unicode.Scalar], paragraphs: [Range<Int>], front: Range<Int>, titleIndex: Int?
    ) -> ReportMeta {
        var meta = ReportMeta()
        let lines = front.map { scalars.string(paragraphs[$0]) }
        if let titleIndex, titleIndex < lines.count {
            meta.title = lines[titleIndex].contains("政府工作报告") ? "政府工作报告" : lines[titleIndex]
        }
        for (index, line) in lines.enumerated() {
            if meta.date == nil, let (date, rest) = leadingDate(line) {
                meta.date = date
                if meta.session == nil, let session = session(in: rest) { meta.session = session }
            }
            if meta.speakerTitle == nil, line.count <= 40, let (title, name) = speaker(in: line) {
                meta.speakerTitle = title
                var name = name
                if name.isEmpty, index + 1 < lines.count, lines[index + 1].count <= 4 { name = lines[index + 1] }
                meta.speaker = name.isEmpty ? nil : name
            }
        }
        if meta.session == nil {
            // The session on a line of its own: 在玉泉区第十八届人民代表大会第一次会议上.
            meta.session = lines.lazy.filter { $0.count <= 60 }.compactMap(session(in:)).first
        }
        let titleLine = titleIndex.flatMap { $0 < lines.count ? lines[$0] : nil }
        meta.jurisdiction = jurisdiction(speakerTitle: meta.speakerTitle, session: meta.session, titleLine: titleLine)
        meta.level = meta.jurisdiction.flatMap(level(of:))
        meta.planYear = planYear(scalars, paragraphs: paragraphs, date: meta.date)
        return meta
    }

    /// The first date in a line (`2022年1月21日`, `二〇二二年一月二十一日`) as ISO text, and the text after it.
    static func leadingDate(_ line: String) -> (String, String)? {
        let scalars = Array(line.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if let (year, month, day, end) = date(scalars, at: index) {
                let iso = String(format: "%04d-%02d-%02d", year, month, day)
                return (iso, scalars.string(end..<scalars.count))
            }
            index += 1
        }
        return nil
    }

    private static func date(_ scalars: [Unicode.Scalar], at start: Int) -> (Int, Int, Int, Int)? {
        func number(at index: Int, maxLength: Int) -> (Int, Int)? {
            var end = index
            while end < scalars.count, end - index < maxLength,
                scalars[end].isASCIIDigit || ChineseNumeral.isNumeral(scalars[end])
            {
                end += 1
            }
            guard end > index else { return nil }
            let run = scalars[index..<end]
            if run.allSatisfy(\.isASCIIDigit) { return (Int(scalars.string(index..<end))!, end) }
            // Years are written digit by digit (二〇二二); months and days as numbers (二十一).
            if end - index == 4, run.allSatisfy({ ChineseNumeral.digit($0) != nil }) {
                return (run.reduce(0) { $0 * 10 + ChineseNumeral.digit($1)! }, end)
            }
            return ChineseNumeral.value(of: run).map { (Int($0), end) }
        }
        guard let (year, afterYear) = number(at: start, maxLength: 4), year >= 1949, year <= 2100,
            afterYear < scalars.count, scalars[afterYear] == "年",
            let (month, afterMonth) = number(at: afterYear + 1, maxLength: 3), (1...12).contains(month),
            afterMonth < scalars.count, scalars[afterMonth] == "月",
            let (day, afterDay) = number(at: afterMonth + 1, maxLength: 3), (1...31).contains(day),
            afterDay < scalars.count, scalars[afterDay] == "日"
        else { return nil }
        return (year, month, day, afterDay + 1)
    }

    /// `在玉泉区第十八届人民代表大会第一次会议上` → `玉泉区第十八届人民代表大会第一次会议`.
    static func session(in rest: String) -> String? {
        guard let at = rest.firstIndex(of: "在") else { return nil }
        var session = rest[rest.index(after: at)...]
        for suffix in ["上）", "上)", "上"] where session.hasSuffix(suffix) {
            session = session.dropLast(suffix.count)
            break
        }
        return session.contains("会议") ? String(session) : nil
    }

    /// `玉泉区人民政府代区长南男` → (`玉泉区人民政府代区长`, `南男`).
    static func speaker(in line: String) -> (String, String)? {
        for title in speakerTitles {
            guard let range = line.range(of: title) else { continue }
            let speakerTitle = String(line[..<range.upperBound])
            let name = String(line[range.upperBound...]).filter { !$0.isWhitespace }
            // The name is a person's: a few Han characters, or a middle dot for minority names.
            guard name.count <= 8, !name.contains("，"), !name.contains("。") else { return nil }
            return (speakerTitle, name)
        }
        return nil
    }

    /// The jurisdiction from the speaker's title (`玉泉区人民政府…`) or from the session.
    static func jurisdiction(speakerTitle: String?, session: String?, titleLine: String? = nil) -> String? {
        if let speakerTitle, let range = speakerTitle.range(of: "人民政府") {
            let name = String(speakerTitle[..<range.lowerBound])
            if name.count >= 2 { return name }
        }
        if let session, let range = session.range(of: "第") {
            let name = String(session[..<range.lowerBound])
            if name.count >= 2 { return name }
        }
        // 2023年青山市政府工作报告 → 青山市.
        if let titleLine, let range = titleLine.range(of: "政府工作报告") {
            var name = Substring(titleLine[..<range.lowerBound])
            if let year = name.range(of: "年"), name[..<year.lowerBound].allSatisfy(\.isNumber) {
                name = name[year.upperBound...]
            }
            if name.hasSuffix("人民") { name = name.dropLast(2) }
            if name.count >= 2, let last = name.last, "省市区县旗州盟镇乡".contains(last) { return String(name) }
        }
        return nil
    }

    /// The administrative level from the jurisdiction's last word.
    static func level(of jurisdiction: String) -> String? {
        let provincial = ["自治区", "特别行政区"]
        if provincial.contains(where: jurisdiction.hasSuffix) { return "省" }
        if jurisdiction.hasSuffix("自治州") || jurisdiction.hasSuffix("盟") || jurisdiction.hasSuffix("地区") { return "市" }
        guard let last = jurisdiction.last else { return nil }
        return ["省", "市", "区", "县", "旗", "乡", "镇"].contains(String(last)) ? String(last) : nil
    }

    /// The year the plan is for: the latest year in a plan heading (`三、2022年工作安排`), else
    /// the year the report was given (reports are delivered early in the year they plan).
    static func planYear(_ scalars: [Unicode.Scalar], paragraphs: [Range<Int>], date: String?) -> Int? {
        var latest: Int?
        for range in paragraphs where range.count < 60 {
            guard planHeadingWords.anyOccurs(in: scalars, range), !pastWords.anyOccurs(in: scalars, range) else { continue }
            var index = range.lowerBound
            while index + 4 < range.upperBound {
                if scalars[index..<(index + 4)].allSatisfy(\.isASCIIDigit), scalars[index + 4] == "年",
                    let year = Int(scalars.string(index..<(index + 4))), year > 1949
                {
                    latest = max(latest ?? year, year)
                    break
                }
                index += 1
            }
        }
        return latest ?? date.flatMap { Int($0.prefix(4)) }
    }

    private static let planHeadingWords = WordList(["工作安排", "年工作", "主要任务", "重点工作"])
    private static let pastWords = WordList(["回顾", "过去", "总结"])
}
