import Foundation
import PlanStore
import ZIPFoundation

/// Writes a table as a real Excel workbook: shared strings, column widths, a bold and frozen
/// header row, wrapped text. The parts are the minimum SpreadsheetML that Excel, WPS and
/// LibreOffice open without repair.
public enum XLSXWriter {
    /// Writes `header` and `rows` as the one sheet `sheetName` of a workbook at `url`.
    public static func write(
        sheetName: String, header: [String], rows: [[AllocationTable.Cell]], columnWidths: [Double], to url: URL
    ) throws {
        let (sheet, strings) = worksheet(header: header, rows: rows, columnWidths: columnWidths)
        let sharedStrings = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\(strings.count)" uniqueCount="\(strings.count)">\(strings.map { "<si><t xml:space=\"preserve\">\(escape($0))</t></si>" }.joined())</sst>
            """
        let parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes), ("_rels/.rels", packageRelationships),
            ("xl/workbook.xml", workbook(sheetName: sheetName)), ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", styles), ("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", sharedStrings),
        ]
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    /// The sheet's XML — header row bold and frozen, every cell bordered — and its strings, each
    /// kept once in the shared table.
    private static func worksheet(header: [String], rows: [[AllocationTable.Cell]], columnWidths: [Double])
        -> (sheet: String, strings: [String])
    {
        var strings: [String] = []
        var index: [String: Int] = [:]
        func shared(_ string: String) -> Int {
            if let existing = index[string] { return existing }
            index[string] = strings.count
            strings.append(string)
            return strings.count - 1
        }
        var sheetRows = ""
        let allRows: [[AllocationTable.Cell]] = [header.map { .text($0) }] + rows
        for (rowIndex, row) in allRows.enumerated() {
            let number = rowIndex + 1
            sheetRows += "<row r=\"\(number)\">"
            for (columnIndex, cell) in row.enumerated() {
                let reference = columnName(columnIndex) + String(number)
                let style = rowIndex == 0 ? 1 : 2
                switch cell {
                case .text(let text) where text.isEmpty:
                    sheetRows += "<c r=\"\(reference)\" s=\"\(style)\"/>"  // bordered, but no empty string
                case .text(let text):
                    sheetRows += "<c r=\"\(reference)\" s=\"\(style)\" t=\"s\"><v>\(shared(text))</v></c>"
                case .number(let value):
                    sheetRows += "<c r=\"\(reference)\" s=\"\(style)\"><v>\(AllocationTable.Cell.number(value).text)</v></c>"
                }
            }
            sheetRows += "</row>"
        }
        let columns = columnWidths.enumerated().map { index, width in
            "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }.joined()
        let lastCell = columnName(max(header.count - 1, 0)) + String(allRows.count)
        let sheet = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:\(lastCell)"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>\(columns)</cols><sheetData>\(sheetRows)</sheetData><pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/></worksheet>
            """
        return (sheet, strings)
    }

    /// The workbook: one sheet, its header row printed on every page.
    private static func workbook(sheetName: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="\(escape(sheetName))" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'\(escape(sheetName))'!$1:$1</definedName></definedNames></workbook>
        """
    }

    private static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
        """

    private static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
        """

    private static let workbookRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
        """

    /// 宋体 11; style 1 the header (bold, centred, bordered), style 2 a cell (top-aligned, wrapped, bordered).
    private static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="11"/><name val="宋体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """

    /// `A`, `B`, … `Z`, `AA`, …
    static func columnName(_ index: Int) -> String {
        var index = index + 1
        var name = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            index = (index - 1) / 26
        }
        return name
    }

    /// XML text: escapes markup and drops characters XML 1.0 cannot carry.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
