/// The language of the pages: Simplified Chinese by default, English as the second.
public enum Language: String, Sendable, CaseIterable {
    case chinese = "zh"
    case english = "en"

    /// The `lang` attribute of the page.
    public var htmlCode: String { self == .chinese ? "zh-CN" : "en" }

    /// The words of every page in this language.
    public var strings: [String: String] { self == .chinese ? Strings.chinese : Strings.english }

    /// A date as a reader of this language writes it: 2022年6月30日 or 2022-06-30.
    public func date(_ iso: String?) -> String {
        guard let iso, iso.count >= 10 else { return iso ?? "" }
        let parts = iso.prefix(10).split(separator: "-")
        guard self == .chinese, parts.count == 3, let month = Int(parts[1]), let day = Int(parts[2]) else {
            return String(iso.prefix(10))
        }
        return "\(parts[0])年\(month)月\(day)日"
    }
}
