import Foundation

/// Reads `meta` from the front matter — the title line, the `——2022年1月21日在…会议上` line,
/// the speaker line (`玉泉区人民政府代区长南男`), also run together on one line or preceded by
/// a web page's site lines — and, where the title page is missing, from the greeting
/// (`我代表XX县人民政府`, `我代表国务院`) and the parts' headings.
enum MetaReader {
    /// Title words of the person who delivers the report, longest first.
    fileprivate static let speakerTitles = [
        "代理区长", "代理市长", "代理县长", "代理省长", "代区长", "代市长", "代县长", "代省长", "代旗长", "代州长", "代盟长",
        "代主席", "副区长", "副市长", "副县长", "副省长", "副旗长", "区长", "市长", "县长", "省长", "旗长", "州长", "盟长", "主席",
        "镇长", "乡长", "总理",
    ]

    static func read(
        _ scalars: [Unicode.Scalar], paragraphs: [Range<Int>], front: Range<Int>, titleIndex: Int?
    ) -> ReportMeta {
        var meta = ReportMeta()
        let lines = joiningSessions(front.flatMap { FrontMatter.segments(scalars.string(paragraphs[$0])) })
        let titleLine = titleIndex.flatMap { index in
            title(in: scalars.string(paragraphs[index]) + (nextShortLine(scalars, paragraphs, after: index) ?? ""))
        }
        if let titleLine {
            meta.title = titleLine.contains(word: "政府工作报告") ? "政府工作报告" : titleLine
        }
        var issuer: String?
        for (index, line) in lines.enumerated() {
            if issuer == nil, let value = FrontMatter.value(of: line, after: FrontMatter.issuerPrefixes) { issuer = value }
            if meta.date == nil, let (date, rest) = leadingDate(line) {
                meta.date = date
                if meta.session == nil, let session = session(in: rest) { meta.session = session }
            }
            if meta.speakerTitle == nil, line.count <= 40, let (title, name) = speaker(in: line) {
                meta.speakerTitle = title
                var name = name
                // The name on the next line, which may be the first line after the title page.
                let nextLine =
                    index + 1 < lines.count
                    ? lines[index + 1] : front.upperBound < paragraphs.count ? scalars.string(paragraphs[front.upperBound]) : nil
                if name.isEmpty, let nextLine {
                    let next = FrontMatter.cleanName(Substring(nextLine))
                    if (2...4).contains(next.count), next.unicodeScalars.allSatisfy({ $0.isHan || $0 == "·" }),
                        !next.hasPrefix("各位")
                    {
                        name = next
                    }
                }
                meta.speaker = name.isEmpty ? nil : name
            }
        }
        // A news page's summary of the report: `在2月5日召开的…第五次会议…上，区长程杰代表区人民政府…`.
        let opening = paragraphs.prefix(12).lazy.map { scalars.string($0.lowerBound..<min($0.upperBound, $0.lowerBound + 200)) }
        let summary = meta.session == nil ? opening.compactMap(NewsSummary.init(line:)).first : nil
        if let summary { meta.session = summary.session }
        if meta.session == nil {
            // The session on a line of its own: 在玉泉区第十八届人民代表大会第一次会议上.
            meta.session = lines.lazy.filter { $0.count <= 60 }.compactMap(session(in:)).first
        }
        meta.jurisdiction =
            jurisdiction(speakerTitle: meta.speakerTitle, session: meta.session, titleLine: titleLine)
            ?? issuer.flatMap { jurisdiction(inGovernmentName: Substring($0)) }
            ?? greetingJurisdiction(scalars, paragraphs: paragraphs)
            ?? thanksJurisdiction(scalars, paragraphs: paragraphs)
        meta.level = meta.jurisdiction.flatMap(JurisdictionName.level(of:))
        meta.planYear =
            planYear(scalars, paragraphs: paragraphs, date: meta.date)
            ?? lines.lazy.compactMap(titleYear(in:)).first
        if let summary {
            if meta.date == nil, let year = meta.planYear, let (month, day) = summary.monthDay {
                meta.date = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
            }
            if meta.speaker == nil, let (title, name) = summary.speaker {
                meta.speaker = name
                meta.speakerTitle = meta.jurisdiction.map { "\($0)人民政府\(title)" } ?? title
            }
        }
        return meta
    }

    /// The title as a line holds it: without a site line's `标题：` and without what a web page
    /// ran onto it (the date line, the session, the speaker).
    private static func title(in line: String) -> String? {
        var line = line
        for prefix in FrontMatter.titlePrefixes where line.hasPrefix(prefix) { line = String(line.dropFirst(prefix.count)) }
        return FrontMatter.segments(line).first
    }

    /// A title broken over two short lines (`政府工作报` / `告`) reads as one.
    private static func nextShortLine(_ scalars: [Unicode.Scalar], _ paragraphs: [Range<Int>], after index: Int) -> String? {
        let line = scalars.string(paragraphs[index])
        guard !line.contains(word: "政府工作报告"), index + 1 < paragraphs.count, paragraphs[index + 1].count <= 8 else { return nil }
        return scalars.string(paragraphs[index + 1])
    }

    /// The first date in a line (`2022年1月21日`, `二〇二二年一月二十一日`) as ISO text, and the text after it.
    static func leadingDate(_ line: String) -> (String, String)? {
        let scalars = Array(line.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if let (year, month, day, end) = date(scalars, at: index) {
                // Not `String(format:)`, which goes through NSString and costs several microseconds.
                let iso = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
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
    /// Also a date line without 在…上 (`2019年1月29日保定市徐水区第二届人民代表大会第三次会议`).
    /// Whether a line is the end of a session's name that a page wrapped (`第五次会议上` after
    /// `…在徐水县第十四届人民代表大会`).
    static func continuesSession(_ line: String) -> Bool {
        line.hasPrefix("第") && line.contains(word: "次会议")
    }

    /// The front lines with a wrapped session's two halves joined.
    private static func joiningSessions(_ lines: [String]) -> [String] {
        var joined: [String] = []
        for line in lines {
            if let last = joined.last, last.hasSuffix("代表大会"), line.count <= 12, continuesSession(line) {
                joined[joined.count - 1] += line
            } else {
                joined.append(line)
            }
        }
        return joined
    }

    static func session(in rest: String) -> String? {
        guard let at = rest.firstIndex(of: "在") else {
            // Only a congress's session stands on its own so: 人民代表大会 names it.
            let trimmed = rest.drop { !$0.isLetter }
            guard trimmed.count <= 40, trimmed.contains(word: "人民代表大会"), let meeting = trimmed.firstRange(ofWord: "会议") else {
                return nil
            }
            return String(trimmed[..<meeting.upperBound])
        }
        let session = rest[rest.index(after: at)...]
        guard let meeting = session.firstRange(ofWord: "会议") else { return nil }
        // A congress's session (`现在，我代表…列席会议` has a 在 and a 会议 too).
        let named = session[..<meeting.upperBound]
        guard named.contains(word: "代表大会") || named.contains(word: "人大") else { return nil }
        return String(named)
    }

    /// A news page's one-sentence account of the report: `在2月5日召开的XX区第二届人民代表大会第五次会议
    /// 第一次全体会议上，区长程杰代表区人民政府向大会作政府工作报告`.
    struct NewsSummary {
        var session: String
        var monthDay: (Int, Int)?
        var speaker: (title: String, name: String)?

        init?(line: String) {
            guard line.contains(word: "召开的"), line.contains(word: "政府工作报告"),
                let opened = line.firstRange(ofWord: "召开的")
            else { return nil }
            let rest = line[opened.upperBound...]
            guard let congress = rest.firstRange(ofWord: "人民代表大会"),
                let meeting = rest[congress.upperBound...].firstRange(ofWord: "会议"),
                rest.distance(from: rest.startIndex, to: meeting.upperBound) <= 40
            else { return nil }
            session = String(rest[..<meeting.upperBound])
            let before = Array(line[..<opened.lowerBound].unicodeScalars)
            monthDay = before.indices.lazy.compactMap { MetaReader.monthDay(before, at: $0) }.first
            // `上，区长程杰代表…`: a title word, then the name, then 代表.
            if let on = rest[meeting.upperBound...].firstRange(ofWord: "上，"),
                let delegate = rest[on.upperBound...].firstRange(ofWord: "代表")
            {
                let who = rest[on.upperBound..<delegate.lowerBound]
                for title in MetaReader.speakerTitles where who.hasPrefix(title) {
                    let name = who.dropFirst(title.count)
                    if (2...4).contains(name.count), name.unicodeScalars.allSatisfy(\.isHan) { speaker = (title, String(name)) }
                    break
                }
            }
        }
    }

    /// `2月5日` at `start`.
    fileprivate static func monthDay(_ scalars: [Unicode.Scalar], at start: Int) -> (Int, Int)? {
        var index = start
        func number() -> Int? {
            let from = index
            while index < scalars.count, index - from < 2, scalars[index].isASCIIDigit { index += 1 }
            return index > from ? Int(scalars.string(from..<index)) : nil
        }
        guard start == 0 || !scalars[start - 1].isASCIIDigit, let month = number(), (1...12).contains(month),
            index < scalars.count, scalars[index] == "月"
        else { return nil }
        index += 1
        guard let day = number(), (1...31).contains(day), index < scalars.count, scalars[index] == "日" else { return nil }
        return (month, day)
    }

    /// `玉泉区人民政府代区长南男` → (`玉泉区人民政府代区长`, `南男`).
    static func speaker(in line: String) -> (String, String)? {
        // Every title ends in 长, 席 or 理: most lines are passed over at once.
        guard line.unicodeScalars.contains(where: { $0 == "长" || $0 == "席" || $0 == "理" }) else { return nil }
        for title in speakerTitles {
            guard let range = line.firstRange(ofWord: title) else { continue }
            // A summary runs the title onto the speaker (`政府工作报告易县人民政府县长杨大伟`).
            var speakerTitle = FrontMatter.cleanName(line[..<range.upperBound])
            if speakerTitle.hasPrefix("政府工作报告"), speakerTitle.count > 8 { speakerTitle.removeFirst(6) }
            let name = FrontMatter.cleanName(line[range.upperBound...])
            // The name is a person's: a few Han characters, or a middle dot for minority names.
            guard name.count <= 8, name.unicodeScalars.allSatisfy({ $0.isHan || $0 == "·" }),
                speakerTitle.unicodeScalars.allSatisfy(\.isHan)
            else { return nil }
            return (speakerTitle, name)
        }
        return nil
    }

    /// The jurisdiction from the speaker's title (`玉泉区人民政府…`, `国务院总理`), the session
    /// (`玉泉区第十八届…`, `第十三届全国人民代表大会…`) or the title line (`邯郸市丛台区2021年政府工作报告`).
    static func jurisdiction(speakerTitle: String?, session: String?, titleLine: String? = nil) -> String? {
        if let speakerTitle {
            if speakerTitle.hasPrefix("国务院") { return JurisdictionName.nation }
            if let name = jurisdiction(inGovernmentName: Substring(speakerTitle)) { return name }
        }
        if let session {
            if session.contains(word: "全国人民代表大会") { return JurisdictionName.nation }
            if let range = session.firstRange(ofWord: "第"), let name = JurisdictionName.innermost(session[..<range.lowerBound]) {
                return name
            }
        }
        // 2023年青山市政府工作报告, 邯郸市丛台区2021年政府工作报告, 丛台区人民政府工作报告 → the unit.
        if let titleLine, let range = titleLine.firstRange(ofWord: "政府工作报告") {
            var name = withoutYears(titleLine[..<range.lowerBound])
            if name.hasSuffix("人民") { name.removeLast(2) }
            if let unit = JurisdictionName.innermost(Substring(name)) { return unit }
        }
        return nil
    }

    /// The text without its years (`2021年`, `二〇二一年度`).
    private static func withoutYears(_ text: Substring) -> String {
        let scalars = Array(text.unicodeScalars)
        var kept = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if index + 4 < scalars.count,
                scalars[index..<(index + 4)].allSatisfy({ $0.isASCIIDigit || ChineseNumeral.digit($0) != nil }),
                scalars[index + 4] == "年"
            {
                index += 5
                if index < scalars.count, scalars[index] == "度" { index += 1 }
                continue
            }
            kept.append(scalars[index])
            index += 1
        }
        return String(kept)
    }

    /// `丛台区人民政府…`, `县政府办公室` → the unit in front of 人民政府 / 政府.
    static func jurisdiction(inGovernmentName text: Substring) -> String? {
        if text.hasPrefix("国务院") { return JurisdictionName.nation }
        guard let range = text.firstRange(ofWord: "人民政府") ?? text.firstRange(ofWord: "政府") else { return nil }
        return JurisdictionName.innermost(text[..<range.lowerBound])
    }

    /// Where the title page is missing: `我代表丛台区人民政府` / `我代表国务院` in the opening paragraphs.
    static func greetingJurisdiction(_ scalars: [Unicode.Scalar], paragraphs: [Range<Int>]) -> String? {
        for range in paragraphs.prefix(12) {
            let line = scalars.string(range.lowerBound..<min(range.upperBound, range.lowerBound + 200))
            guard let at = line.firstRange(ofWord: "我代表") else { continue }
            if let name = jurisdiction(inGovernmentName: line[at.upperBound...].prefix(30)) { return name }
        }
        return nil
    }

    /// Where nothing names the government: the thanks every review ends with names the place
    /// (`向所有关心支持易县发展的朋友们`, `关心容城发展的`), its unit from the greeting or the
    /// report's `全县` (`容城` → `容城县`).
    static func thanksJurisdiction(_ scalars: [Unicode.Scalar], paragraphs: [Range<Int>]) -> String? {
        // Only in the thanks (`表示衷心的感谢`, `致以崇高的敬意`): `关心支持教育发展` elsewhere names no place.
        for range in paragraphs where thanksWords.anyOccurs(in: scalars, range) {
            var index = range.lowerBound
            while let found = scalars.firstRange(of: caring, in: index..<range.upperBound) {
                index = found.upperBound
                while let joiner = thanksJoiners.match(scalars, at: index, limit: range.upperBound) { index += joiner.length }
                var end = index
                while end < range.upperBound, end - index < 5, scalars[end].isHan,
                    !thanksEnds.anyStarts(scalars, end..<range.upperBound)
                { end += 1 }
                guard end > index + 1, end - index <= 4, end < range.upperBound,
                    thanksEnds.anyStarts(scalars, end..<range.upperBound)
                else { continue }
                let name = scalars.string(index..<end)
                if let last = name.unicodeScalars.last, "县区市旗".unicodeScalars.contains(last) { return name }
                return unitOfReport(scalars, paragraphs: paragraphs).map { name + $0 }
            }
        }
        return nil
    }

    private static let caring = Array("关心".unicodeScalars)
    private static let representing = Array("我代表".unicodeScalars)
    private static let thanksJoiners = Lexicon(words: ["支持", "和", "、", "参与"])
    private static let thanksEnds = WordList(["发展", "经济社会发展", "经济发展"])
    private static let thanksWords = WordList(["感谢", "敬意", "谢意"])

    /// The kind of unit the report speaks for: `我代表县人民政府`, else the most of `全县`, `全区`, `全市`.
    private static func unitOfReport(_ scalars: [Unicode.Scalar], paragraphs: [Range<Int>]) -> String? {
        for range in paragraphs.prefix(12) {
            guard let at = scalars.firstRange(of: representing, in: range), at.upperBound + 1 < range.upperBound else { continue }
            let unit = scalars[at.upperBound]
            if "县区市旗".unicodeScalars.contains(unit), scalars[at.upperBound + 1] == "人" || scalars[at.upperBound + 1] == "政" {
                return String(unit)
            }
        }
        var counts: [Unicode.Scalar: Int] = [:]
        for range in paragraphs.prefix(40) {
            var index = range.lowerBound
            while index + 1 < range.upperBound {
                if scalars[index] == "全", "县区市".unicodeScalars.contains(scalars[index + 1]) {
                    counts[scalars[index + 1], default: 0] += 1
                }
                index += 1
            }
        }
        guard let best = counts.max(by: { ($0.value, $0.key.value) < ($1.value, $1.key.value) }), best.value >= 2 else {
            return nil
        }
        return String(best.key)
    }

    /// The year the plan is for: the latest year in a plan heading (`三、2022年工作安排`,
    /// `三、对2018年政府工作的建议`), else the year the report was given (reports are delivered
    /// early in the year they plan), else the year after the one a review heading looks back on
    /// (`一、2020年工作回顾` → 2021).
    static func planYear(_ scalars: [Unicode.Scalar], paragraphs: [Range<Int>], date: String?) -> Int? {
        var latestPlan: Int?
        var latestReview: Int?
        for range in paragraphs where range.count < 60 {
            guard let year = firstYear(scalars, range) else { continue }
            let past = pastWords.anyOccurs(in: scalars, range)
            if !past, planHeadingWords.anyOccurs(in: scalars, range) {
                latestPlan = max(latestPlan ?? year, year)
            } else if past, range.count <= 30, reviewHeadingWords.anyOccurs(in: scalars, range) {
                latestReview = max(latestReview ?? year, year)
            }
        }
        return latestPlan ?? date.flatMap { Int($0.prefix(4)) } ?? latestReview.map { $0 + 1 }
    }

    /// The year a title or a site's title names the report by (`保定市满城区2021年政府工作报告`):
    /// the year it plans, when neither a heading nor a date says so.
    private static func titleYear(in line: String) -> Int? {
        guard line.count <= 40, line.contains(word: "政府工作报告") else { return nil }
        let scalars = Array(line.unicodeScalars)
        return firstYear(scalars, 0..<scalars.count)
    }

    /// The first four-digit year (`2022年`) in a paragraph.
    private static func firstYear(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index + 4 < range.upperBound {
            if scalars[index..<(index + 4)].allSatisfy(\.isASCIIDigit), scalars[index + 4] == "年",
                let year = Int(scalars.string(index..<(index + 4))), year > 1949
            {
                return year
            }
            index += 1
        }
        return nil
    }

    private static let planHeadingWords = WordList([
        "工作安排", "年工作", "主要任务", "重点工作", "工作任务", "工作的建议", "工作建议", "总体要求", "总体部署", "目标任务", "工作部署",
    ])
    private static let pastWords = WordList(["回顾", "过去", "总结"])
    private static let reviewHeadingWords = WordList(["工作回顾", "年回顾", "工作总结"])
}
