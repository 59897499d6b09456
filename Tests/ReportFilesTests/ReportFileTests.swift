import Foundation
import ReportExtraction
import Testing
import ZIPFoundation

@testable import ReportFiles

/// Real files of every kind a user may hand to `luoshi extract`, made in the test set-up.
@Suite("Reading report files")
struct ReportFileTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixture = repository.appendingPathComponent("Tests/Fixtures/yuquan-2022.txt")
    static let sample = "政府工作报告\n一、2021年工作回顾\n新建人行绿道40公里、口袋公园60处。\n"

    /// A fresh temporary directory for one test.
    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ data: Data, _ name: String) throws -> String {
        let url = try directory().appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    static func fixtureText() throws -> String { try String(contentsOf: fixture, encoding: .utf8) }

    @Test("UTF-8 with and without a byte-order mark")
    func utf8() throws {
        let plain = try ReportFile.read(path: Self.write(Data(Self.sample.utf8), "plain.txt"))
        let bom = try ReportFile.read(path: Self.write(Data([0xEF, 0xBB, 0xBF] + Array(Self.sample.utf8)), "bom.txt"))
        #expect(plain == DecodedReport(format: "UTF-8", text: Self.sample))
        #expect(bom == DecodedReport(format: "UTF-8", text: Self.sample))
    }

    @Test("UTF-16 with a byte-order mark, either byte order")
    func utf16() throws {
        let little = try ReportFile.read(
            path: Self.write(Data([0xFF, 0xFE]) + Self.sample.data(using: .utf16LittleEndian)!, "le.txt"))
        let big = try ReportFile.read(path: Self.write(Data([0xFE, 0xFF]) + Self.sample.data(using: .utf16BigEndian)!, "be.txt"))
        #expect(little.text == Self.sample)
        #expect(big.text == Self.sample)
        #expect(little.format == "UTF-16LE")
    }

    @Test("the fixture saved as GB18030 is detected and reads the same as UTF-8")
    func gb18030() throws {
        // setup: iconv, as a user's GBK file would be made
        let source = try Self.write(Data(try Self.fixtureText().utf8), "utf8.txt")
        let target = try Self.directory().appendingPathComponent("report.dat").path  // no telling name
        let iconv = try Self.run("iconv", ["-f", "UTF-8", "-t", "GB18030", source, "-o", target])
        try #require(iconv == 0)
        // act
        let decoded = try ReportFile.read(path: target)
        // check
        #expect(decoded.format == "GB18030")
        #expect(decoded.text == (try Self.fixtureText()))
    }

    @Test("the fixture as a PDF reads through pdftotext and extracts the same outline")
    func pdf() throws {
        // setup: a real PDF made by reportlab with its built-in CJK font
        let pdf = try Self.directory().appendingPathComponent("report.pdf").path
        let script = Self.repository.appendingPathComponent("Tests/Support/make_pdf.py").path
        try #require(try Self.run("python3", [script, Self.fixture.path, pdf]) == 0)
        // act
        let decoded = try ReportFile.read(path: pdf)
        let fromPDF = ReportExtractor.extract(decoded.text)
        let fromText = ReportExtractor.extract(try Self.fixtureText())
        // check
        #expect(decoded.format == "PDF")
        #expect(fromPDF.meta == fromText.meta)
        #expect(fromPDF.sections.map(\.title) == fromText.sections.map(\.title))
        #expect(fromPDF.terms.count == fromText.terms.count)
        #expect(fromPDF.quantities.count >= fromText.quantities.count - 2)
    }

    @Test("the fixture as a DOCX reads its paragraphs in order")
    func docx() throws {
        // setup
        let lines = try Self.fixtureText().split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        let path = try Self.directory().appendingPathComponent("report.docx").path
        try Self.writeDOCX(paragraphs: lines, to: path)
        // act
        let decoded = try ReportFile.read(path: path)
        let fromDOCX = ReportExtractor.extract(decoded.text)
        let fromText = ReportExtractor.extract(try Self.fixtureText())
        // check
        #expect(decoded.format == "DOCX")
        #expect(decoded.text.split(separator: "\n").map(String.init) == lines)
        #expect(fromDOCX.sections == fromText.sections)
        #expect(fromDOCX.quantities.count == fromText.quantities.count)
    }

    @Test("an empty file is an error")
    func empty() throws {
        let path = try Self.write(Data(), "empty.txt")
        #expect(throws: ReportFileError.empty(path: path)) { try ReportFile.read(path: path) }
        let blank = try Self.write(Data("  \n\n \t\n".utf8), "blank.txt")
        #expect(throws: ReportFileError.empty(path: blank)) { try ReportFile.read(path: blank) }
    }

    @Test("a binary file that is neither PDF nor DOCX is an error")
    func binary() throws {
        let bytes = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }
        let path = try Self.write(Data([0x7F, 0x45, 0x4C, 0x46] + bytes), "program")
        #expect(throws: ReportFileError.binary(path: path)) { try ReportFile.read(path: path) }
    }

    @Test("control bytes without a NUL: many make a binary file, tabs, line and page breaks do not")
    func controlBytes() throws {
        // One control byte in every 24, at varying places of the eight-byte words checked together.
        var noisy: [UInt8] = []
        for index in 0..<600 { noisy += Array("报告文字\(index % 10)".utf8) + [UInt8(1 + index % 8)] + Array("工作".utf8) }
        let binary = try Self.write(Data(noisy), "noisy.txt")
        #expect(throws: ReportFileError.binary(path: binary)) { try ReportFile.read(path: binary) }
        let lines = String(repeating: "一、总体要求\t2022年\r\n新建绿道40公里。\u{0C}\n", count: 300)
        let text = try Self.write(Data(lines.utf8), "lines.txt")
        #expect(try ReportFile.read(path: text).text == lines)
    }

    @Test("a corrupt PDF is an error naming the file")
    func corruptPDF() throws {
        let path = try Self.write(Data("%PDF-1.7\n1 0 obj garbage\n%%EOF".utf8), "broken.pdf")
        #expect {
            try ReportFile.read(path: path)
        } throws: { error in
            guard case .corruptPDF(let failing, _) = error as? ReportFileError else { return false }
            return failing == path
        }
    }

    @Test("a PDF read without poppler-utils says which package to install")
    func pdfWithoutPoppler() throws {
        #expect(throws: ReportFileError.missingTool(tool: "pdftotext", package: "poppler-utils")) {
            try ReportFile.decode(Data("%PDF-1.7\n".utf8), path: "a.pdf", toolPath: "/nonexistent")
        }
        let message = ReportFileError.missingTool(tool: "pdftotext", package: "poppler-utils").localizedDescription
        #expect(message.contains("apt-get install poppler-utils"))
    }

    @Test("a corrupt DOCX, or a ZIP that is not a Word document, is an error")
    func corruptDOCX() throws {
        let truncated = try Self.write(Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0x41, count: 64)), "broken.docx")
        #expect {
            try ReportFile.read(path: truncated)
        } throws: { error in
            if case .corruptDOCX = error as? ReportFileError { return true }
            return false
        }
        // A real ZIP archive without word/document.xml.
        let zipPath = try Self.directory().appendingPathComponent("notes.zip")
        let archive = try Archive(url: zipPath, accessMode: .create)
        let content = Data("hello".utf8)
        try archive.addEntry(with: "notes.txt", type: .file, uncompressedSize: Int64(content.count)) { position, size in
            content.subdata(in: Int(position)..<Int(position) + size)
        }
        #expect {
            try ReportFile.read(path: zipPath.path)
        } throws: { error in
            guard case .corruptDOCX(_, let detail) = error as? ReportFileError else { return false }
            return detail.contains("word/document.xml")
        }
    }

    @Test("reading a PDF drops its page numbers and running headers, so the sentence they interrupted joins up")
    func pageFurniture() {
        let text = """
            政府工作报告
            统筹推进疫情防控和经济社会发展，压实四方责任，万名党员干部、社区志愿者在疫情一线与人民
            — 3 —
            \u{0C}政府工作报告
            群众并肩作战。
            第4页
            \u{0C}政府工作报告
            新建公园3处。
            """
        let pages = PageFurniture.remove(from: text)
        #expect(Normalizer.normalize(pages).string == "政府工作报告\n统筹推进疫情防控和经济社会发展，压实四方责任，万名党员干部、社区志愿者在疫情一线与人民群众并肩作战。\n新建公园3处。\n")
        // Numbers that are report text stay: a line of its own only when it is the page's furniture.
        #expect(
            PageFurniture.isPageNumber("— 12 —") && PageFurniture.isPageNumber("第 3 页 共 40 页")
                && PageFurniture.isPageNumber("3/40"))
        #expect(!PageFurniture.isPageNumber("新建公园3处。") && !PageFurniture.isPageNumber("2022年1月8日"))
    }

    @Test("a DOCX that inflates past the size limit is refused, even when its headers claim it is small")
    func zipBomb() throws {
        let path = try Self.directory().appendingPathComponent("bomb.docx").path
        try Self.writeDOCX(paragraphs: [String(repeating: "新建公园3处。", count: 200_000)], to: path)  // 3.6 MB of XML
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(data.count < 100_000)
        #expect(throws: ReportFileError.inflatesTooLarge(path: path, limit: 1_048_576)) {
            try ReportFile.read(path: path, sizeLimit: 1_048_576)
        }
        // The same archive with both headers of word/document.xml claiming 1,000 bytes: inflating still stops at the limit.
        let lying = Self.claimSmall(data, entry: "word/document.xml")
        #expect(lying != data)
        #expect(throws: ReportFileError.inflatesTooLarge(path: "lying.docx", limit: 1_048_576)) {
            try ReportFile.decode(lying, path: "lying.docx", sizeLimit: 1_048_576)
        }
        #expect(ReportFileError.inflatesTooLarge(path: "x.docx", limit: 52_428_800).localizedDescription.contains("50 MB"))
        // Under the limit it reads.
        #expect(try ReportFile.read(path: path, sizeLimit: 8 * 1_048_576).text.hasPrefix("新建公园3处。"))
    }

    /// The archive with the uncompressed size of `entry` set to 1,000 in its local and central headers.
    static func claimSmall(_ data: Data, entry: String) -> Data {
        var bytes = [UInt8](data)
        let name = Array(entry.utf8)
        func put(_ value: UInt32, at offset: Int) {
            for index in 0..<4 { bytes[offset + index] = UInt8((value >> (8 * UInt32(index))) & 0xFF) }
        }
        var index = 0
        while index + 46 < bytes.count {
            if bytes[index..<index + 4] == [0x50, 0x4B, 0x03, 0x04][...],
                Array(bytes[index + 30..<min(bytes.count, index + 30 + name.count)]) == name
            {
                put(1000, at: index + 22)
            }
            if bytes[index..<index + 4] == [0x50, 0x4B, 0x01, 0x02][...],
                Array(bytes[index + 46..<min(bytes.count, index + 46 + name.count)]) == name
            {
                put(1000, at: index + 24)
            }
            index += 1
        }
        return Data(bytes)
    }

    @Test("a file over the size limit is an error; the limit can be raised")
    func sizeLimit() throws {
        let path = try Self.write(Data(String(repeating: "新建公园3处。\n", count: 1000).utf8), "big.txt")
        #expect(throws: ReportFileError.tooLarge(path: path, bytes: 20_000, limit: 10_000)) {
            try ReportFile.read(path: path, sizeLimit: 10_000)
        }
        #expect(try ReportFile.read(path: path, sizeLimit: 30_000).format == "UTF-8")
    }

    @Test("a path that does not exist, or a directory, is an error")
    func missingPath() throws {
        #expect(throws: ReportFileError.notFound(path: "/nonexistent/report.txt")) {
            try ReportFile.read(path: "/nonexistent/report.txt")
        }
        let directory = try Self.directory().path
        #expect(throws: ReportFileError.isDirectory(path: directory)) { try ReportFile.read(path: directory) }
    }

    @Test("bytes that are not UTF-8 and not GB18030 are an error, not garbage")
    func undecodable() throws {
        // 0x80 and 0xFF are invalid lead bytes in GB18030 and invalid in UTF-8.
        let path = try Self.write(Data(Array(repeating: [0xFF, 0x80, 0xFF, 0x41], count: 200).joined()), "latin.txt")
        #expect(throws: ReportFileError.undecodable(path: path)) { try ReportFile.read(path: path) }
    }

    @Test("random bytes behind every kind of header give text or a clear error, never a crash")
    func randomBytes() {
        var state: UInt64 = 42
        func next() -> UInt8 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
        let headers: [[UInt8]] = [
            [], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x50, 0x4B, 0x03, 0x04], Array("%PDF-".utf8),
        ]
        for round in 0..<300 {
            let header = headers[round % headers.count]
            // Keep the PDF cases few: each one runs pdftotext.
            if header == Array("%PDF-".utf8) && round > 60 { continue }
            let body = (0..<(Int(next()) * 4)).map { _ in next() }
            do {
                let decoded = try ReportFile.decode(Data(header + body), path: "random-\(round)")
                #expect(!decoded.text.isEmpty)
            } catch {
                #expect(!error.localizedDescription.isEmpty)
            }
        }
    }

    // MARK: - helpers

    static func run(_ tool: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// A minimal but valid Word document: one `w:p` a paragraph.
    static func writeDOCX(paragraphs: [String], to path: String) throws {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
        }
        let body = paragraphs.map { "<w:p><w:r><w:t xml:space=\"preserve\">\(escape($0))</w:t></w:r></w:p>" }.joined()
        let files: [(String, String)] = [
            (
                "[Content_Types].xml",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
                """
            ),
            (
                "_rels/.rels",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
                """
            ),
            (
                "word/document.xml",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
                """
            ),
        ]
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (name, text) in files {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }
}

/// Text as scrapers leave it: escapes written out, HTML entities, whole web pages.
@Suite("Scraped text")
struct ScrapedTextTests {
    @Test("literal \\r\\n and \\uXXXX from a scraper are decoded, with a warning; offsets hold in the decoded text")
    func literalEscapes() throws {
        // setup: one line, as a JSON string would hold it
        let raw = #"政府工作报告\r\n一、2021年工作回顾\r\n全区地区生产总值增长6.5%。\r\n二、2022年工作安排\r\n（一）城市建设\r\n新建口袋公园12处，\u6539\u9020老旧小区42个。\r\n"#
        let path = try ReportFileTests.write(Data(raw.utf8), "scraped.txt")
        // act
        let decoded = try ReportFile.read(path: path)
        let report = ReportExtractor.extract(decoded.text)
        // check
        #expect(decoded.text.contains("一、2021年工作回顾\n全区"))
        #expect(decoded.text.contains("改造老旧小区42个"))
        #expect(decoded.warnings.count == 1)
        #expect(decoded.warnings.first?.contains("\\r\\n") == true)
        #expect(report.sections.map(\.id) == ["1", "2", "2.1"])
        let scalars = Array(report.normalizedText.unicodeScalars)
        for quantity in report.quantities {
            #expect(String(String.UnicodeScalarView(scalars[quantity.start..<quantity.end])) == quantity.quote)
        }
        #expect(report.quantities.map(\.value) == [6.5, 12, 42])
    }

    @Test("HTML entities inside plain text are decoded, with a warning; text without them is left alone")
    func entities() throws {
        let raw = "各位代表：&nbsp;&nbsp;现在，我代表&ldquo;区&rdquo;人民政府&#8220;报告&#x201D;工作。A&amp;B &unknown; 5&lt;6\n"
        let decoded = try ReportFile.read(path: try ReportFileTests.write(Data(raw.utf8), "entities.txt"))
        #expect(decoded.text == "各位代表：  现在，我代表“区”人民政府“报告”工作。A&B &unknown; 5<6\n")
        #expect(decoded.warnings.count == 1 && decoded.warnings[0].contains("8 "))
        let plain = try ReportFile.read(path: try ReportFileTests.write(Data("新建幼儿园3所，A & B。\n".utf8), "plain.txt"))
        #expect(plain.warnings.isEmpty)
        #expect(plain.text == "新建幼儿园3所，A & B。\n")
    }

    static let page = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>2022年青山市政府工作报告_青山市人民政府</title>
        <style>p { color: red }</style><script>var x = "<p>新建公园99处</p>";</script></head>
        <body>
        <div class="nav"><a href="/">首页</a> &gt; <a href="/zw">政务公开</a></div>
        <div id="content">
        <h1>政府工作报告</h1>
        <p>——2022年1月8日在青山市第十五届人民代表大会第二次会议上</p>
        <p>青山市人民政府市长&nbsp;&nbsp;李明</p>
        <p>各位代表：</p>
        <p>一、2021年工作回顾</p>
        <p>过去一年，全市地区生产总值增长8.1%，
        新增城镇就业3.2万人。</p>
        <p>二、2022年工作安排</p>
        <p>（一）城市建设<br>新建&ldquo;口袋公园&rdquo;12处，改造老旧小区30个&#12290;<div>未闭合的<b>段落
        </div>
        <div class="share">分享到：微信 微博</div>
        <footer>版权所有 青山市人民政府</footer>
        </body></html>
        """

    @Test("a saved web page: scripts, styles and navigation dropped, entities decoded, blocks and <br> as lines")
    func webPage() throws {
        // setup
        let path = try ReportFileTests.write(Data(Self.page.utf8), "report.html")
        // act
        let decoded = try ReportFile.read(path: path)
        let report = ReportExtractor.extract(decoded.text)
        // check
        #expect(decoded.format == "HTML")
        let lines = report.normalizedText.split(separator: "\n").map(String.init)
        #expect(lines.first == "2022年青山市政府工作报告_青山市人民政府")
        #expect(lines.contains("青山市人民政府市长李明"))
        #expect(lines.contains("新建“口袋公园”12处，改造老旧小区30个。"))
        #expect(lines.contains("未闭合的段落"))
        for absent in ["99处", "color", "首页", "分享到", "版权所有"] { #expect(!report.normalizedText.contains(absent), "\(absent)") }
        #expect(report.meta.jurisdiction == "青山市" && report.meta.speaker == "李明" && report.meta.date == "2022-01-08")
        #expect(report.quantities.map(\.value) == [8.1, 32000, 12, 30])
        let scalars = Array(report.normalizedText.unicodeScalars)
        for quantity in report.quantities {
            #expect(String(String.UnicodeScalarView(scalars[quantity.start..<quantity.end])) == quantity.quote)
        }
    }

    @Test("a web page saved in GBK with a <meta charset> reads the same")
    func gbkWebPage() throws {
        let utf8 = try ReportFileTests.write(Data(Self.page.replacingOccurrences(of: "utf-8", with: "gbk").utf8), "utf8.html")
        let gbk = try ReportFileTests.directory().appendingPathComponent("gbk.htm").path
        try #require(try ReportFileTests.run("iconv", ["-f", "UTF-8", "-t", "GB18030", utf8, "-o", gbk]) == 0)
        let decoded = try ReportFile.read(path: gbk)
        #expect(decoded.format == "HTML")
        #expect(decoded.text.contains("新建“口袋公园”12处"))
    }
}
