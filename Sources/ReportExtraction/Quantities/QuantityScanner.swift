/// Where a paragraph sits, as the quantity scanner needs to know it.
struct QuantityContext {
    var kind: QuantityKind
    var section: String?
    /// Glossary terms, which name slogans (`六个百分百`) rather than count anything.
    var terms: [[Unicode.Scalar]]
}

/// Finds the quantities in one paragraph: a scanner over Unicode scalars that reads each
/// number, its scale, range, unit and comparator, then the action and subject around it.
enum QuantityScanner {
    private static let scaleLeaders = ScalarSet("近约超逾上过等达破")
    private static let headcount = Array("人数".unicodeScalars)
    private static let openBrackets = ScalarSet("[【〔")
    private static let closeBrackets = ScalarSet("]】〕")
    private static let listJoiners = ScalarSet("、和及与")
    /// Characters that make a word with a Chinese numeral after them (`第一`, `统一`, `进一步`, `新一轮`).
    private static let numeralWordFormers = ScalarBitmap(
        Array("第统进唯之同逐每几数单专合归划整其另任某若均周初星始终前后这那哪该首末再新加乘除万千百十零独惟不一二三四五六七八九两市中小高初届号区楼路街村镇期".unicodeScalars))

    /// Where the scan has something to do: a clause or sentence ends, or a number may start.
    /// Most characters of a paragraph are none of these, and one load says so.
    private static let stops = ScalarBitmap(
        Array("。；！？!?;，：,:0123456789０１２３４５６７８９〇零一二两三四五六七八九十百千万亿".unicodeScalars))

    static func scan(_ text: [Unicode.Scalar], in range: Range<Int>, context: QuantityContext) -> [Quantity] {
        var quoted: QuotedSpans?  // found when the first number needs them: many paragraphs have none
        let stops = Self.stops
        var found: [Quantity] = []
        var sentenceStart = range.lowerBound  // inheritance of subjects stops at 。；！？
        var clauseStart = range.lowerBound  // a clause runs between ，；：。！？
        var lastEnd = range.lowerBound
        var previousInSentence: Int?  // index into `found`
        var subjectFromNext: Int?  // `26户48名建档立卡贫困人口`: 26户 counts what 48名 names
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = text[index]
            guard stops.contains(scalar) else {
                index += 1
                continue
            }
            switch scalar {
            case "。", "；", "！", "？", "!", "?", ";":
                sentenceStart = index + 1
                clauseStart = index + 1
                previousInSentence = nil
                index += 1
                continue
            case "，", "：", ",", ":":
                clauseStart = index + 1
                index += 1
                continue
            default:
                break
            }
            guard NumberReader.digitValue(scalar) != nil || ChineseNumeral.isNumeral(scalar) else {
                index += 1
                continue
            }
            let spans = quoted ?? QuotedSpans(text, range)
            quoted = spans
            guard let reading = read(text, at: index, in: range, quoted: spans, context: context) else {
                // Skip the rest of a run of digits or numerals.
                var next = index + 1
                while next < range.upperBound,
                    NumberReader.digitValue(text[next]) != nil || ChineseNumeral.isNumeral(text[next])
                        || text[next] == "."
                {
                    next += 1
                }
                index = next
                continue
            }
            // A previous quote may reach past this number (its noun read over a numeral): clamp.
            let phraseStart = min(max(clauseStart, lastEnd, sentenceStart), reading.prefixStart ?? reading.number.start)
            var (quantity, ownSubject) = describe(
                reading, text: text, phraseStart: phraseStart, context: context,
                previous: previousInSentence.map { found[$0] })
            if let previous = previousInSentence {
                ownSubject = relate(
                    &quantity, ownSubject: ownSubject, to: &found[previous], reading, phraseStart: phraseStart, text)
            }
            if quantity.subjectText.isEmpty { quantity.subjectText = quantity.actionText ?? RecordText(quantity.unit) }
            if let pending = subjectFromNext, reading.number.start == found[pending].end, ownSubject {
                found[pending].subjectText = quantity.subjectText
            }
            subjectFromNext = nil
            found.append(quantity)
            if reading.followedByNumber, !ownSubject { subjectFromNext = found.count - 1 }
            previousInSentence = found.count - 1
            lastEnd = quantity.end
            index = max(reading.end, index + 1)
        }
        RespectiveRuns.distribute(&found, text)
        return found
    }

    /// A figure and the one before it in the sentence: a figure without a subject of its own
    /// measures the previous one's, and a bound written after the second of two figures holds
    /// for both. Returns whether the figure keeps a subject of its own.
    private static func relate(
        _ quantity: inout Quantity, ownSubject: Bool, to previous: inout Quantity, _ reading: Reading, phraseStart: Int,
        _ text: [Unicode.Scalar]
    ) -> Bool {
        var ownSubject = ownSubject
        // `地区生产总值完成81.16亿元，增速7.9%`: a rate named only as a rate is the previous subject's.
        if ownSubject, quantity.unit == "%" || quantity.unit == "百分点", Actions.rateNouns.contains(quantity.subjectText.string) {
            ownSubject = false
        }
        if !ownSubject {
            // `年均增长4.7%` measures the subject named before it in the sentence, and so does
            // a number that directly follows another (`13件13人`).
            let adjacent = phraseStart >= previous.end && !hasWords(text, phraseStart..<reading.number.start)
            if adjacent || quantity.action.map(Actions.measuresPreviousSubject) ?? true {
                quantity.subjectText = previous.subjectText
            }
        }
        // `建成4个省级、12个市级美丽乡村示范村`: levels of one kind, listed.
        if ownSubject, phraseStart >= previous.end,
            text[previous.end..<phraseStart].allSatisfy({ listJoiners.contains($0) }),
            let (first, second) = GovernmentLevel.shareKind(previous.subject, quantity.subject)
        {
            previous.subject = first
            quantity.subject = second
        }
        // `分别增长9%和10%以上`: a bound written after the last of two figures holds for both.
        if previous.comparator == .eq, quantity.comparator != .eq, quantity.comparator != .range, previous.unit == quantity.unit,
            phraseStart >= previous.end, reading.number.start - previous.end == 1,
            text[previous.end] == "和" || text[previous.end] == "、"
        {
            previous.comparator = quantity.comparator
        }
        return ownSubject
    }

    /// A number with its unit and bounds, before its action and subject are known.
    struct Reading {
        var number: NumberToken
        var valueMax: Double?
        var unit: String
        var unitStart: Int
        /// End of the unit and any comparator after it.
        var end: Int
        var comparator: Comparator
        /// Where a comparator written in front of the number starts.
        var prefixStart: Int?
        var followedByNumber: Bool
    }

    /// Reads a number at `index` with everything that makes it a quantity, or nil when it is
    /// not one (a date, an ordinal, a name, a slogan, a ratio, a footnote marker).
    static func read(
        _ text: [Unicode.Scalar], at index: Int, in range: Range<Int>, quoted: QuotedSpans, context: QuantityContext
    ) -> Reading? {
        let limit = range.upperBound
        guard var number = NumberReader.read(text, at: index, limit: limit),
            standsAsFigure(number, text, at: index, in: range, quoted: quoted, context: context)
        else { return nil }
        var cursor = number.end
        var comparator: Comparator = number.moreThan ? .gte : .eq
        if Comparators.isMoreThan(text[cursor]) {
            comparator = .gte
            cursor += 1
        }
        var valueMax: Double?
        if let upper = upperBound(of: &number, text, at: cursor, limit: limit) {
            valueMax = upper.value
            cursor = upper.end
            comparator = .range
        }
        if Comparators.isMoreThan(text[min(cursor, limit - 1)]), valueMax != nil { cursor += 1 }
        guard let unit = unit(of: number, text, at: cursor, index: index, in: range) else { return nil }
        let unitStart = cursor
        cursor += unit.length
        var unitValue = unit.value
        // 30架（次）: a count written with its per-trip reading in brackets.
        if cursor + 2 < limit, text[cursor] == "（", text[cursor + 1] == "次", text[cursor + 2] == "）" {
            unitValue += "次"
            cursor += 3
        }
        var prefixStart: Int?
        if comparator == .eq || comparator == .gte,
            let length = Comparators.prefixes.matchEnding(text, at: index, lower: range.lowerBound),
            let found = Comparators.prefixes.match(text, at: index - length, limit: index)
        {
            prefixStart = index - length
            comparator = Comparator(rawValue: found.value) ?? comparator
        }
        if let suffix = Comparators.suffixes.match(text, at: cursor, limit: limit) {
            if comparator != .range { comparator = Comparator(rawValue: suffix.value) ?? comparator }
            cursor += suffix.length
        }
        let followedByNumber = cursor < limit && NumberReader.digitValue(text[cursor]) != nil
        return Reading(
            number: number, valueMax: valueMax, unit: unitValue, unitStart: unitStart, end: cursor,
            comparator: comparator, prefixStart: prefixStart, followedByNumber: followedByNumber)
    }

    /// Whether a number read at `index` is a figure by what stands around it: not an ordinal,
    /// a ratio's base, a slogan, a footnote marker, a book title's or a word's part.
    private static func standsAsFigure(
        _ number: NumberToken, _ text: [Unicode.Scalar], at index: Int, in range: Range<Int>, quoted: QuotedSpans,
        context: QuantityContext
    ) -> Bool {
        let limit = range.upperBound
        let before: Unicode.Scalar = index > range.lowerBound ? text[index - 1] : " "
        if number.isChinese {
            guard !quoted.contains(index), !numeralWordFormers.contains(before) else { return false }
            if number.isBareScale {
                // 万名党员干部, 亿元以上项目: but not 千家万户.
                if text[index] == "万" || text[index] == "亿" {
                    guard !before.isHan || Self.scaleLeaders.contains(before) else { return false }
                } else {
                    // 达百亿, 达到百亿以上, 稳定在百亿以上, 突破千亿元: a round figure reached, after a word
                    // of reaching; not 百亿级 (a class of), nor 千万 as an adverb (千万不能).
                    guard number.end - number.start >= 2, text[number.end - 1] == "亿" || text[number.end - 1] == "万",
                        Self.scaleLeaders.contains(before) || before == "在" || before == "到" || before == "至",
                        number.end >= limit || text[number.end] != "级"
                    else { return false }
                }
            }
        } else {
            if before.isASCIILetter || before == "." || before == "×" || before == "*" || before == "/" { return false }
        }
        // 第七次 is an ordinal; 每万人口 and 万元地区生产总值 are the base of a ratio.
        if before == "第" || before == "每" { return false }
        if number.isChinese, PoliticalNames.lexicon.match(text, at: index, limit: limit) != nil { return false }
        // A glossary term in numerals names a slogan (`六个城市`); one in digits is a count whose
        // items the glossary lists (`12个老旧小区`).
        if number.isChinese, context.terms.contains(where: { text.has($0, at: index) }) { return false }
        let after = number.end
        guard after < limit else { return false }
        if text[after].isASCIILetter || text[after] == "×" || text[after] == "*" || text[after] == "/" { return false }
        // Footnote markers ([24], 【3】) and structure ratios (1.0：30.8：68.2) are not quantities.
        if Self.openBrackets.contains(before) && Self.closeBrackets.contains(text[after]) { return false }
        if isRatio(text, number: number, range: range) { return false }
        return !quoted.insideBookTitle(index)
    }

    /// The upper end of a range after the number (`2—3个`, `3至5家`, `2一3个`, `10%—15%`) and
    /// where it ends; `30—50万元` scales the lower end by the scale written once.
    private static func upperBound(of number: inout NumberToken, _ text: [Unicode.Scalar], at cursor: Int, limit: Int)
        -> (value: Double, end: Int)?
    {
        var unitBeforeSeparator: (length: Int, value: String)?
        if let early = Units.lexicon.match(text, at: cursor, limit: limit), early.value == "%" || early.value == "‰" {
            unitBeforeSeparator = early
        }
        let separatorAt = cursor + (unitBeforeSeparator?.length ?? 0)
        guard separatorAt + 1 < limit else { return nil }
        let separator = text[separatorAt]
        let dashOne = separator == "一" && !number.isChinese && NumberReader.digitValue(text[separatorAt + 1]) != nil
        // `3——5家`: a doubled dash is one separator.
        let secondAt = separator == "—" && text[separatorAt + 1] == "—" ? separatorAt + 2 : separatorAt + 1
        guard Comparators.isRangeSeparator(separator) || dashOne, secondAt < limit,
            let second = NumberReader.read(text, at: secondAt, limit: limit),
            second.isChinese == number.isChinese || !second.isChinese,
            second.value > number.value || (number.scale == 1 && second.scale > 1),
            let secondUnit = Units.lexicon.match(text, at: second.end, limit: limit),
            unitBeforeSeparator == nil || unitBeforeSeparator!.value == secondUnit.value
        else { return nil }
        if number.scale == 1, second.scale > 1, !number.isChinese, number.value * second.scale < second.value * 1.0001 {
            number.value *= second.scale
        }
        return (second.value, second.end)
    }

    /// The figure's unit at `cursor`, as written or implied (`产值达百亿` is money, `旅游人数突破150万`
    /// people); nil when there is none or what follows only looks like one.
    private static func unit(
        of number: NumberToken, _ text: [Unicode.Scalar], at cursor: Int, index: Int, in range: Range<Int>
    ) -> (length: Int, value: String)? {
        let limit = range.upperBound
        // The unit as written, looked up once; a figure without one may still imply it.
        let written = cursor < limit ? Units.lexicon.match(text, at: cursor, limit: limit) : nil
        let unitless =
            written == nil
            && (cursor >= limit || !text[cursor].isHan || Comparators.suffixes.match(text, at: cursor, limit: limit) != nil)
        // `固投稳定在百亿以上`, `产值达百亿`: a figure in 亿 with no unit after it is money.
        let impliedMoney = unitless && number.end - number.start >= 2 && text[number.end - 1] == "亿" && cursor == number.end
        // `旅游人数突破150万`: a count of people named before a number with no unit.
        let impliedPeople =
            unitless && !impliedMoney && !number.isChinese
            && text.firstRange(of: Self.headcount, in: max(range.lowerBound, index - 6)..<index) != nil
        let implied: (length: Int, value: String)? =
            impliedMoney ? (length: 0, value: "元") : impliedPeople ? (length: 0, value: "人") : nil
        guard let unit = implied ?? written,
            implied != nil || !Units.isFalseUnit(text, unitStart: cursor, unitLength: unit.length)
        else { return nil }
        if number.isChinese {
            guard Units.chineseNumeralUnits.contains(unit.value) else { return nil }
            // 一村一品, 一户一策: a repeated 一 is a slogan.
            let afterUnit = cursor + unit.length
            if afterUnit < limit, text[afterUnit] == "一" || text[afterUnit] == "两" { return nil }
            // A lone 一 is an article far more often than a count (一个声音, 一批): only
            // counting words that name a batch of work pass (一轮核酸检测, 一处公园).
            if text[index] == "一", number.end == index + 1, !["轮", "处", "所", "座", "家"].contains(unit.value) {
                return nil
            }
        }
        if number.isBareScale, RatioBases.lexicon.match(text, at: cursor + unit.length, limit: limit) != nil {
            return nil
        }
        return unit
    }

    /// `1.0：30.8：68.2`: a number joined to another by a colon.
    private static func isRatio(_ text: [Unicode.Scalar], number: NumberToken, range: Range<Int>) -> Bool {
        let isColon: (Unicode.Scalar) -> Bool = { $0 == "：" || $0 == ":" }
        if number.end + 1 < range.upperBound, isColon(text[number.end]),
            NumberReader.digitValue(text[number.end + 1]) != nil
        {
            return true
        }
        if number.start - 2 >= range.lowerBound, isColon(text[number.start - 1]),
            NumberReader.digitValue(text[number.start - 2]) != nil
        {
            return true
        }
        return false
    }

    /// Whether a stretch holds any Han characters or letters (not only `、和` and blanks).
    private static func hasWords(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        range.contains { (text[$0].isHan && !Self.listJoiners.contains(text[$0])) || text[$0].isASCIILetter }
    }

    /// Finds the action and subject of a reading and makes it a quantity; tells whether the
    /// subject was written beside the number (rather than left to the context).
    static func describe(
        _ reading: Reading, text: [Unicode.Scalar], phraseStart: Int, context: QuantityContext, previous: Quantity?
    ) -> (Quantity, ownSubject: Bool) {
        let numberStart = reading.prefixStart ?? reading.number.start
        let phrase = PhraseReader.read(text, from: phraseStart, to: numberStart)
        var after = PhraseReader.nounAfter(text, from: reading.end)
        var subjectRange = phrase.subject
        var quoteStart = min(phrase.action?.lowerBound ?? numberStart, phrase.subject?.lowerBound ?? numberStart)
        var quoteEnd = reading.end
        // A counting word names its thing after it (`49个老旧小区`); a measure after a bare verb
        // may do so through 的 (`总投资6亿元的技改扩建项目`).
        // A dimension in front (`完成了总长28.2公里的农村公路建设`) leaves the thing to the words after 的.
        let measuresDimension =
            phrase.subject.map { Actions.dimensions.longestMatch(text, at: $0.lowerBound, limit: $0.upperBound) == $0.count }
            ?? false
        if after.isEmpty, phrase.subject == nil || measuresDimension, reading.end < text.count, text[reading.end] == "的" {
            after = PhraseReader.nounAfter(text, from: reading.end + 1)
        }
        // `实现年出栏8100万只目标`: a goal's frame after the count leaves the subject before it.
        let framesGoal =
            phrase.subject != nil && !after.isEmpty
            && Actions.goalFrames.longestMatch(text, at: after.lowerBound, limit: after.upperBound) == after.count
        let useAfter =
            !after.isEmpty && !framesGoal
            && (Units.classifiers.contains(reading.unit) || phrase.subject == nil || measuresDimension)
        if useAfter {
            subjectRange = after
            quoteEnd = after.upperBound
            if !phrase.startsWithVerb { quoteStart = phrase.action?.lowerBound ?? numberStart }
        }
        var action = phrase.action.map { RecordText(text, $0) }
        if action == nil, let previous, phrase.continuesList {
            action = previous.actionText
        }
        quoteStart = min(quoteStart, numberStart)
        let quantity = Quantity(
            kind: context.kind, section: context.section,
            subject: subjectRange.map { RecordText(text, $0) } ?? RecordText(""), action: action,
            value: reading.number.value, valueMax: reading.valueMax, unit: reading.unit,
            comparator: reading.comparator, quote: RecordText(text, quoteStart..<quoteEnd),
            start: quoteStart, end: quoteEnd)
        return (quantity, subjectRange != nil)
    }
}
