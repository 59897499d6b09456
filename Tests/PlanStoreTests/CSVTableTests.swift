import Testing

@testable import PlanStore

/// Department directories as Excel and WPS save them.
@Suite("CSV tables")
struct CSVTableTests {
    @Test("a BOM, CRLF, quoted fields with commas, doubled quotes and line breaks, blank lines")
    func excelShapes() {
        let text = "\u{FEFF}名称 , 简称,关键词\r\n玉泉区住房和城乡建设局,区住建局,\"棚户区、老旧小区,回迁房\"\r\n\r\n\"区\"\"政府\"\"办\",,\"第一行\r\n第二行\"\r\n"
        let table = CSVTable(parsing: text)
        #expect(table.header == ["名称", "简称", "关键词"])
        #expect(
            table.rows == [
                ["玉泉区住房和城乡建设局", "区住建局", "棚户区、老旧小区,回迁房"],
                ["区\"政府\"办", "", "第一行\r\n第二行"],
            ])
        #expect(table.column(["简称", "short_name"]) == 1)
    }

    @Test("empty and header-only files give no rows; a line without a final line break is read")
    func edges() {
        #expect(CSVTable(parsing: "").rows.isEmpty)
        #expect(CSVTable(parsing: "name,short_name\n").rows.isEmpty)
        #expect(CSVTable(parsing: "name\nA\nB").rows == [["A"], ["B"]])
    }
}
