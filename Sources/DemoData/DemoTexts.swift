/// The demo's texts, compiled into the program (SwiftPM's `embedInCode`): `luoshi serve --demo`
/// loads them, and `luoshi bench`, `extract` and `department suggest` use them when no file is given.
public enum DemoTexts {
    /// The 2022 work report of 玉泉区 (a public document).
    public static let report = String(decoding: PackageResources.yuquan_2022_txt, as: UTF8.self)

    /// A made-up report of the next year, in the style of the demo report: its review judges the
    /// demo plan so that every outcome of a verdict shows (年度兑现).
    public static let nextReport = String(decoding: PackageResources.yuquan_2023_review_txt, as: UTF8.self)

    /// The demo department directory of 玉泉区, with the keywords the lead suggestion reads.
    public static let departments = String(decoding: PackageResources.yuquan_departments_csv, as: UTF8.self)
}
