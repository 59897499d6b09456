/// National political names that contain a Chinese numeral and a counting word
/// (`中央八项规定`, `两个维护`): names, not quantities, in every report that uses them. A
/// report's own slogans (`三个城市`) are caught by its glossary and by their quotes instead.
enum PoliticalNames {
    static let lexicon = Lexicon(words: [
        "八项规定", "两个维护", "两个确立", "四个意识", "四个自信", "四个全面", "五位一体", "两个一百年", "三个代表",
        "三个务必", "四个不摘", "五个认同", "四个最严", "三大攻坚战", "两个毫不动摇", "三个有利于", "两个大局",
        "三个一批", "三个区分开来", "两个责任", "两个结合", "五个必由之路", "两个务必", "四个着力", "两个健康", "四个坚持",
        "三个转变", "五个坚持", "六个坚持", "两个先行", "四个机遇", "五大任务", "五项原则",
    ])
}
