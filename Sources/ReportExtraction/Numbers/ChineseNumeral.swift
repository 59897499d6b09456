/// Reading Chinese numerals: `两` → 2, `二十七` → 27, `一千二百` → 1200, `三万` → 30000.
enum ChineseNumeral {
    /// The ten characters used in heading markers (`三、`, `（十二）`).
    @inline(__always)
    static func isMarkerDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": return true
        default: return false
        }
    }

    /// The value of a digit character (`〇零一二两三…九`), or nil.
    @inline(__always)
    static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "〇", "零": return 0
        case "一": return 1
        case "二", "两": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }

    /// The multiplier of a unit character (`十百千万亿`), or nil.
    @inline(__always)
    static func multiplier(_ scalar: Unicode.Scalar) -> Double? {
        switch scalar {
        case "十": return 10
        case "百": return 100
        case "千": return 1000
        case "万": return 10000
        case "亿": return 100_000_000
        default: return nil
        }
    }

    @inline(__always)
    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        digit(scalar) != nil || multiplier(scalar) != nil
    }

    /// Reads a run of numeral characters; nil when they do not form a number
    /// (`一二` and `二〇二二` are not amounts).
    static func value(of scalars: ArraySlice<Unicode.Scalar>) -> Double? {
        guard !scalars.isEmpty else { return nil }
        var total: Double = 0  // 亿 groups
        var myriads: Double = 0  // 万 groups below the last 亿
        var section: Double = 0  // 十/百/千 below the last 万
        var number: Double = 0  // the pending digit
        var previousWasDigit = false
        for scalar in scalars {
            if let value = digit(scalar) {
                if previousWasDigit && value != 0 && number != 0 { return nil }
                number = Double(value)
                previousWasDigit = value != 0
            } else if let unit = multiplier(scalar) {
                previousWasDigit = false
                switch unit {
                case 10, 100, 1000:
                    section += (number == 0 ? 1 : number) * unit
                case 10000:
                    let group = section + number
                    myriads += (group == 0 ? 1 : group) * unit
                    section = 0
                default:
                    let group = myriads + section + number
                    total += (group == 0 ? 1 : group) * unit
                    myriads = 0
                    section = 0
                }
                number = 0
            } else {
                return nil
            }
        }
        return total + myriads + section + number
    }
}
