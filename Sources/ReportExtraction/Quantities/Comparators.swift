/// Words around a number that bound it (`约`, `以上`, `不超过`, `左右`).
enum Comparators {
    /// Written in front of the number.
    static let prefixes = Lexicon([
        ("约", "approx"), ("近", "approx"), ("接近", "approx"), ("大约", "approx"),
        ("超过", "gte"), ("超", "gte"), ("逾", "gte"), ("不少于", "gte"), ("不低于", "gte"), ("至少", "gte"),
        ("突破", "gte"), ("多于", "gte"), ("高于", "gte"),
        ("不超过", "lte"), ("不高于", "lte"), ("低于", "lte"), ("少于", "lte"), ("不多于", "lte"),
    ])

    /// Written after the unit.
    static let suffixes = Lexicon([
        ("左右", "approx"), ("上下", "approx"), ("以上", "gte"), ("之上", "gte"), ("以下", "lte"), ("以内", "lte"),
        ("之内", "lte"),
    ])

    /// `余` and `多` between the number and its unit (`7000余家`, `20多个`) mean "more than".
    @inline(__always)
    static func isMoreThan(_ scalar: Unicode.Scalar) -> Bool { scalar == "余" || scalar == "多" }

    /// Separators of a range (`2—3个`, `3至5家`); `一` only between two Arabic numbers.
    @inline(__always)
    static func isRangeSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "—", "–", "-", "～", "~", "〜", "－", "至", "到": return true
        default: return false
        }
    }
}
