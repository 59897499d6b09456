/// A number read from the text, with its scale words applied.
struct NumberToken: Equatable {
    var start: Int
    var end: Int
    var value: Double
    /// Written in Chinese numerals (`两`, `一千二百`) rather than digits.
    var isChinese: Bool
    /// Written as a bare scale word (`万名`, `亿元`).
    var isBareScale: Bool
    /// The scale words after the digits (`万` → 10000); 1 without any.
    var scale: Double = 1
    /// `多` or `余` before the scale word (`30多万公里`, `620余万套`): more than the number says.
    var moreThan = false
}

/// Reads numbers: Arabic and full-width digits with decimals and thousands separators,
/// Chinese numerals, and the scale words after them (`80.8万` → 808000).
enum NumberReader {
    @inline(__always)
    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }

    /// Reads the number that starts at `index`, if any.
    static func read(_ text: [Unicode.Scalar], at index: Int, limit: Int) -> NumberToken? {
        if digitValue(text[index]) != nil { return readArabic(text, at: index, limit: limit) }
        if ChineseNumeral.isNumeral(text[index]) { return readChinese(text, at: index, limit: limit) }
        return nil
    }

    private static func readArabic(_ text: [Unicode.Scalar], at start: Int, limit: Int) -> NumberToken? {
        var index = start
        // Digits are kept as an integer mantissa and a count of decimals, so that scaling
        // is exact: 2.3亿 is 23 × 10⁸ / 10, not 2.3 × 10⁸ (= 229999999.99999997).
        var mantissa: Double = 0
        var digits = 0
        var decimals = 0
        // Digits since the last thousands separator: a group before `，` has one to three.
        var group = 0
        while index < limit {
            if let digit = digitValue(text[index]) {
                mantissa = mantissa * 10 + Double(digit)
                digits += 1
                group += 1
                index += 1
            } else if text[index] == "," || (text[index] == "，" && (1...3).contains(group)), digits > 0, index + 3 < limit,
                (1...3).allSatisfy({ digitValue(text[index + $0]) != nil }),
                index + 4 >= limit || digitValue(text[index + 4]) == nil || text[index + 4] == text[index]
            {
                // A thousands separator: 1,200, or 1，200 as normalization widens it between digits.
                group = 0
                index += 1
            } else {
                break
            }
        }
        if index + 1 < limit, text[index] == "." || text[index] == "．", digitValue(text[index + 1]) != nil {
            index += 1
            while index < limit, let digit = digitValue(text[index]) {
                mantissa = mantissa * 10 + Double(digit)
                decimals += 1
                index += 1
            }
        }
        // `30多万`, `620余万`: the more-than word sits between the digits and their scale.
        var moreThan = false
        if decimals == 0, index + 1 < limit, text[index] == "多" || text[index] == "余",
            scale(text, at: index + 1, limit: limit).0 > 1
        {
            moreThan = true
            index += 1
        }
        let (multiplier, end) = scale(text, at: index, limit: limit)
        var divisor: Double = 1
        for _ in 0..<decimals { divisor *= 10 }
        let value = mantissa * multiplier / divisor
        return NumberToken(
            start: start, end: end, value: value, isChinese: false, isBareScale: false, scale: multiplier, moreThan: moreThan)
    }

    private static func readChinese(_ text: [Unicode.Scalar], at start: Int, limit: Int) -> NumberToken? {
        var end = start
        while end < limit, ChineseNumeral.isNumeral(text[end]) { end += 1 }
        // Leave a scale word that begins a unit (千米, 千瓦, 百分点) to the unit.
        while end > start + 1, isUnitPrefix(text, at: end - 1, limit: limit) { end -= 1 }
        guard let value = ChineseNumeral.value(of: text[start..<end]) else { return nil }
        let bare = text[start..<end].allSatisfy { ChineseNumeral.multiplier($0) != nil && $0 != "十" }
        return NumberToken(start: start, end: end, value: value, isChinese: true, isBareScale: bare)
    }

    /// The product of the scale words after a number (`万`, `亿`, `千万`, `万亿`) and where they end.
    static func scale(_ text: [Unicode.Scalar], at start: Int, limit: Int) -> (Double, Int) {
        var multiplier: Double = 1
        var index = start
        while index < limit, let factor = ChineseNumeral.multiplier(text[index]), text[index] != "十" {
            if isUnitPrefix(text, at: index, limit: limit) { break }
            multiplier *= factor
            index += 1
        }
        return (multiplier, index)
    }

    /// Whether a scale character starts a unit word instead (`千米`, `千瓦`, `百分点`).
    @inline(__always)
    private static func isUnitPrefix(_ text: [Unicode.Scalar], at index: Int, limit: Int) -> Bool {
        guard text[index] == "千" || text[index] == "百" else { return false }
        guard let unit = Units.lexicon.match(text, at: index, limit: limit) else { return false }
        return unit.length > 1
    }
}
