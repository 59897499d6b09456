import Foundation
import PlanStore
import ZIPFoundation

/// Writes a circular as a real Word document in the layout of an official circular: a red
/// masthead with the issue number, the issuer and date over a red rule, a headline, then the
/// parts in 黑体 headings and 仿宋 body text on A4 (GB/T 9704 margins). The parts are the
/// minimum WordprocessingML that Word, WPS and LibreOffice open without repair.
public enum CircularDocument {
    /// The document's bytes.
    public static func docx(_ circular: Circular) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, text) in parts(circular) {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// The circular's headline: 关于2026年11月政府工作报告重点任务落实情况的通报.
    public static func headline(_ circular: Circular) -> String {
        "关于\(circular.year)年\(circular.month)月政府工作报告重点任务落实情况的通报"
    }

    /// A date as a circular writes it: 2026年12月5日.
    public static func chineseDate(_ iso: String) -> String {
        guard let date = ISODate(String(iso.prefix(10))) else { return iso }
        return "\(date.year)年\(date.month)月\(date.day)日"
    }

    static func parts(_ circular: Circular) -> [(String, String)] {
        [
            (
                "[Content_Types].xml",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>
                """
            ),
            (
                "_rels/.rels",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>
                """
            ),
            (
                "word/_rels/document.xml.rels",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
                """
            ),
            (
                "docProps/core.xml",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>\(escape(circular.title + " " + circular.numberLine))</dc:title><dc:creator>\(escape(circular.issuer))</dc:creator></cp:coreProperties>
                """
            ),
            ("word/styles.xml", styles),
            ("word/document.xml", document(circular)),
        ]
    }

    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:ind w:firstLine="640"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:ind w:firstLine="640"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr></w:style></w:styles>
        """

    static func document(_ circular: Circular) -> String {
        var body = ""
        // The masthead: red title, the issue, issuer and date over a red rule.
        body += paragraph(
            circular.title, style: "Title",
            run: #"<w:color w:val="C00000"/><w:sz w:val="88"/><w:szCs w:val="88"/><w:spacing w:val="40"/>"#)
        body += paragraph(circular.numberLine, align: "center")
        body +=
            #"<w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="8844"/></w:tabs><w:pBdr><w:bottom w:val="single" w:sz="18" w:space="4" w:color="C00000"/></w:pBdr></w:pPr>"#
            + run(circular.issuer) + "<w:r><w:tab/></w:r>" + run(chineseDate(circular.issuedOn)) + "</w:p>"
        body += paragraph("", align: "center")
        body += paragraph(headline(circular), style: "Title", run: #"<w:sz w:val="36"/><w:szCs w:val="36"/>"#)
        body += paragraph("", align: "center")
        for block in CircularBlock.body(circular) {
            switch block {
            case .paragraph(let text): body += indented(text)
            case .heading(let text): body += paragraph(text, style: "Heading1")
            case .subheading(let text): body += paragraph(text, style: "Heading2")
            case .table(let header, let rows): body += table(header: header, rows: rows)
            }
        }
        body += paragraph("", align: "center")
        body += paragraph(circular.issuer, align: "right")
        body += paragraph(chineseDate(circular.issuedOn), align: "right")
        // A4, margins of GB/T 9704 (top 37 mm, left 28 mm, text block 156 × 225 mm).
        body +=
            #"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>"#
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
            """
    }

    static func run(_ text: String, properties: String = "") -> String {
        "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")
            + "<w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r>"
    }

    static func paragraph(_ text: String, style: String? = nil, align: String? = nil, run properties: String = "") -> String {
        var paragraphProperties = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        if let align { paragraphProperties += "<w:jc w:val=\"\(align)\"/>" }
        return "<w:p>" + (paragraphProperties.isEmpty ? "" : "<w:pPr>\(paragraphProperties)</w:pPr>")
            + (text.isEmpty ? "" : run(text, properties: properties)) + "</w:p>"
    }

    /// Body text: each line a paragraph, first line indented two characters.
    static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: true).map {
            "<w:p><w:pPr><w:ind w:firstLine=\"640\"/><w:jc w:val=\"both\"/></w:pPr>" + run(String($0)) + "</w:p>"
        }.joined()
    }

    static func table(header: [String], rows: [[String]]) -> String {
        func cell(_ text: String, bold: Bool) -> String {
            "<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr><w:p><w:pPr><w:spacing w:line=\"400\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/></w:pPr>"
                + run(text, properties: (bold ? "<w:b/>" : "") + "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>") + "</w:p></w:tc>"
        }
        let headerRow = "<w:tr>" + header.map { cell($0, bold: true) }.joined() + "</w:tr>"
        let bodyRows = rows.map { "<w:tr>" + $0.map { cell($0, bold: false) }.joined() + "</w:tr>" }.joined()
        return
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:jc w:val=\"center\"/></w:tblPr><w:tblGrid>"
            + header.map { _ in "<w:gridCol w:w=\"1474\"/>" }.joined() + "</w:tblGrid>" + headerRow + bodyRows + "</w:tbl>"
    }

    /// XML text: escapes markup and drops characters XML 1.0 cannot carry.
    static func escape(_ text: String) -> String {
        XLSXWriter.escape(text)
    }
}
