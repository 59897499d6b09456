/// What follows `万元` when it is the base of an intensity (`万元地区生产总值能耗`,
/// `万元GDP用水量`) rather than an amount of money.
enum RatioBases {
    static let lexicon = Lexicon(words: ["GDP", "地区生产总值", "生产总值", "工业增加值", "增加值", "产值", "国内生产总值"])
}
