/// Website and scraper debris around a report: page titles, `时间：… 来源：…` lines,
/// share links, print buttons, related-article lists.
enum DebrisFilter {
    private static let markers = WordList([
        "来源：", "发布时间", "发布日期", "浏览次数", "阅读次数", "点击数", "访问量", "分享到", "打印本页",
        "关闭窗口", "【打印】", "【关闭】", "【字体", "字号：", "责任编辑", "编辑：", "扫一扫", "当前位置",
        "首页>", "首页 >", "上一篇", "下一篇", "相关文章", "相关链接", "相关阅读", "相关新闻", "附件下载",
        "信息来源", "文章来源", "作者：", "【大", "【中", "【小", "浏览量", "阅读量", "索引号", "发文机关", "发布机构",
        "成文日期", "主题分类", "有效性：", "【字号",
    ])
    private static let prefixes = WordList([
        "时间：", "日期：", "http://", "https://", "www.", "标题：", "发文单位：", "来源URL", "来源url", "原文链接", "阅读：", "评论：",
    ])
    /// A page's summary repeats the report's first paragraphs run together, however long it is.
    private static let summaries = WordList(["内容摘要：", "内容提要：", "摘要："])
    private static let trailing = WordList(["相关文章", "相关链接", "相关阅读", "相关新闻", "上一篇", "下一篇"])

    /// Whether a paragraph is debris rather than report text.
    static func isDebris(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        if summaries.anyStarts(text, range) { return true }
        guard range.count <= 100 else { return false }
        return prefixes.anyStarts(text, range) || markers.anyOccurs(in: text, range)
    }

    /// A summary label alone on its line (`内容摘要：`): the paragraph after it is the summary.
    static func isSummaryLabel(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        range.count <= 6 && summaries.anyStarts(text, range)
    }

    /// Debris after which nothing belongs to the report (a list of related articles).
    static func startsTrailingDebris(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        range.count <= 100 && trailing.anyOccurs(in: text, range)
    }
}
