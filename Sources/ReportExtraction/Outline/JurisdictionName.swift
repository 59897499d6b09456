/// Names of administrative units as reports write them: `邯郸市丛台区` is 丛台区, placed in a
/// city; `全国人民代表大会` and `国务院` are the state's.
enum JurisdictionName {
    /// Last characters of a unit's name: 省, 市, 区 (also 自治区, 地区, 新区), 县, 旗, 州, 盟, 镇, 乡.
    private static let unitEnds: Set<Unicode.Scalar> = ["省", "市", "区", "县", "旗", "州", "盟", "镇", "乡"]

    /// The State Council's report names its jurisdiction `中国`.
    static let nation = "中国"

    /// The innermost unit of a name that may place it in larger ones (`河北省邯郸市丛台区` →
    /// `丛台区`); nil when the text does not end in a unit's name. A unit before the last has a
    /// name of at least two characters (苏州市, not 苏州 + 市; 市中区 stays whole); the last
    /// may have one (沛县).
    static func innermost(_ text: Substring) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard let last = scalars.last, unitEnds.contains(last), scalars.count >= 2 else { return nil }
        var start = 0
        var index = 2
        while index < scalars.count - 1 {
            // A unit ends here when its name has two characters or more and what follows is a unit too.
            if unitEnds.contains(scalars[index]), index - start >= 2, scalars.count - index - 1 >= 2 {
                start = index + 1
                index = start + 2
                continue
            }
            index += 1
        }
        let name = String(String.UnicodeScalarView(scalars[start...]))
        return name.unicodeScalars.allSatisfy(\.isHan) ? name : nil
    }

    /// The administrative level from the jurisdiction's last word.
    static func level(of jurisdiction: String) -> String? {
        if jurisdiction == nation { return "国" }
        if jurisdiction.hasSuffix("自治区") || jurisdiction.hasSuffix("特别行政区") { return "省" }
        if jurisdiction.hasSuffix("自治州") || jurisdiction.hasSuffix("州") || jurisdiction.hasSuffix("盟")
            || jurisdiction.hasSuffix("地区")
        {
            return "市"
        }
        guard let last = jurisdiction.last else { return nil }
        return ["省", "市", "区", "县", "旗", "乡", "镇"].contains(String(last)) ? String(last) : nil
    }
}
