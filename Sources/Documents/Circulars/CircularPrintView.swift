import PlanStore

/// A circular as an HTML page laid out like the printed document (A4, red masthead, 仿宋 body):
/// what `luoshi circular --format html` writes (self-contained, so it prints or mails as it is)
/// and the office's print view shows (with the style sheet linked: the site allows no inline style).
public enum CircularPrintView {
    /// The whole page; the style inline, or linked from `stylesheet`.
    public static func html(_ circular: Circular, stylesheet: String? = nil) -> String {
        let escape = CircularDocument.escape
        let style = stylesheet.map { "<link rel=\"stylesheet\" href=\"\(escape($0))\">" } ?? "<style>\(Self.style)</style>"
        return """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(circular.title)) \(escape(circular.numberLine))</title>
            \(style)
            </head>
            <body class="circular-print">
            \(article(circular))
            </body>
            </html>

            """
    }

    /// The document itself, `<article class="circular">`, for a page of its own or a preview.
    public static func article(_ circular: Circular) -> String {
        let escape = CircularDocument.escape
        var body = """
            <header class="masthead"><h1>\(escape(circular.title))</h1>\
            <p class="number">\(escape(circular.numberLine))</p>\
            <p class="issuer"><span>\(escape(circular.issuer))</span><span>\(escape(CircularDocument.chineseDate(circular.issuedOn)))</span></p></header>
            <h2 class="headline">\(escape(CircularDocument.headline(circular)))</h2>

            """
        for block in CircularBlock.body(circular) {
            switch block {
            case .paragraph(let text):
                body += "<p>\(escape(text))</p>\n"
            case .heading(let text):
                body += "<h3>\(escape(text))</h3>\n"
            case .subheading(let text):
                body += "<h4>\(escape(text))</h4>\n"
            case .table(let header, let rows):
                body +=
                    "<table><thead><tr>" + header.map { "<th scope=\"col\">\(escape($0))</th>" }.joined() + "</tr></thead><tbody>"
                body += rows.map { "<tr>" + $0.map { "<td>\(escape($0))</td>" }.joined() + "</tr>" }.joined()
                body += "</tbody></table>\n"
            }
        }
        body += """
            <footer><p>\(escape(circular.issuer))</p><p>\(escape(CircularDocument.chineseDate(circular.issuedOn)))</p></footer>
            """
        return "<article class=\"circular\">\n\(body)\n</article>"
    }

    /// A4 with the margins of GB/T 9704; on a screen the same page, centred and scaled to fit.
    /// Everything but the page's own background is scoped to `.circular`, so a preview inside
    /// another page leaves that page alone.
    public static let style = """
        @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
        body.circular-print { margin: 0; background: #f4f4f4; }
        .circular { box-sizing: border-box; max-width: 210mm; margin: 1rem auto; padding: 20mm 20mm 24mm; background: #fff; color: #000; font: 16pt/1.75 "FangSong", "仿宋_GB2312", "仿宋", "STFangsong", "Noto Serif CJK SC", serif; }
        .circular .masthead { text-align: center; border-bottom: 2px solid #c00000; padding-bottom: .3rem; margin-bottom: 1.5rem; }
        .circular .masthead h1 { margin: 0; color: #c00000; font: 44pt/1.2 "方正小标宋简体", "SimSun", "Noto Serif CJK SC", serif; letter-spacing: .3em; }
        .circular .masthead p { text-indent: 0; }
        .circular .masthead .number { margin: .4rem 0; }
        .circular .masthead .issuer { display: flex; justify-content: space-between; margin: 0; }
        .circular .headline { border: 0; padding: 0; text-align: center; font: 18pt/1.5 "方正小标宋简体", "SimSun", "Noto Serif CJK SC", serif; margin: 1rem 0 1.5rem; }
        .circular h3 { font: 16pt/1.75 "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; margin: .5rem 0 0; text-indent: 2em; }
        .circular h4 { font: 16pt/1.75 "KaiTi", "楷体_GB2312", "楷体", "Noto Serif CJK SC", serif; margin: 0; text-indent: 2em; }
        .circular p { margin: 0; text-indent: 2em; text-align: justify; }
        .circular table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: 14pt; }
        .circular th, .circular td { border: 1px solid #000; padding: .2rem; text-align: center; }
        .circular footer { margin-top: 2rem; text-align: right; }
        .circular footer p { text-indent: 0; }
        @media (max-width: 600px) { .circular { padding: 1rem; font-size: 12pt; } .circular .masthead h1 { font-size: 28pt; } .circular table { font-size: 10pt; } }
        @media print { body.circular-print { background: none; } .circular { margin: 0; padding: 0; max-width: none; } }
        """
}
