/// Reading Chinese numerals: `两` → 2, `二十七` → 27, `一千二百` → 1200, `三万` → 30000.
enum ChineseNumeral {
    /// The ten characters used in heading markers (`三、`, `（十二）`).
    @inline(__always)
    static func isMarkerDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341: return true  // 一…十
        default: return false
        }
    }

    /// The value of a digit character (`〇零一二两三…九`), or nil.
    @inline(__always)
    static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x3007, 0x96F6: return 0  // 〇 零
        case 0x4E00: return 1  // 一
        case 0x4E8C, 0x4E24: return 2  // 二 两
        case 0x4E09: return 3  // 三
        case 0x56DB: return 4  // 四
        case 0x4E94: return 5  // 五
        case 0x516D: return 6  // 六
        case 0x4E03: return 7  // 七
        case 0x516B: return 8  // 八
        case 0x4E5D: return 9  // 九
        default: return nil
        }
    }

    /// The multiplier of a unit character (`十百千万亿`), or nil.
    @inline(__always)
    static func multiplier(_ scalar: Unicode.Scalar) -> Double? {
        switch scalar.value {
        case 0x5341: return 10  // 十
        case 0x767E: return 100  // 百
        case 0x5343: return 1000  // 千
        case 0x4E07: return 10000  // 万
        case 0x4EBF: return 100_000_000  // 亿
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
