import Foundation

/// The text of a report file and how it was stored.
public struct DecodedReport: Sendable, Equatable {
    /// How the file was read: `UTF-8`, `UTF-16LE`, `GB18030`, `HTML`, `PDF`, `DOCX`.
    public var format: String
    public var text: String
    /// What was repaired on the way (literal escapes, HTML entities), for the user to know.
    public var warnings: [String] = []

    public init(format: String, text: String, warnings: [String] = []) {
        self.format = format
        self.text = text
        self.warnings = warnings
    }
}

/// Reads a report file of any supported kind into text: plain text in UTF-8 (with or
/// without BOM), UTF-16 with BOM or GB18030/GBK, a saved web page (HTML, through libxml2), PDF
/// (through poppler's `pdftotext`), DOCX.
public enum ReportFile {
    /// The default size limit: 50 MB.
    public static let defaultSizeLimit = 50 * 1_048_576

    /// Reads the file at `path` (`-` for standard input).
    public static func read(path: String, sizeLimit: Int = defaultSizeLimit) throws(ReportFileError) -> DecodedReport {
        try decode(InputFile.bytes(path: path, sizeLimit: sizeLimit), path: path, sizeLimit: sizeLimit)
    }

    /// Decodes the bytes of a report, telling the kind of file by its content, not its name.
    /// `toolPath` overrides where to look for `pdftotext` (the PATH by default); `sizeLimit` bounds
    /// what a compressed document may inflate to.
    public static func decode(
        _ data: Data, path: String, toolPath: String? = nil, sizeLimit: Int = defaultSizeLimit
    ) throws(ReportFileError) -> DecodedReport {
        guard !data.isEmpty else { throw .empty(path: path) }
        var decoded: DecodedReport
        if data.starts(with: Array("%PDF-".utf8)) {
            decoded = DecodedReport(format: "PDF", text: try PDFText.extract(data, path: path, searchPath: toolPath))
        } else if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            decoded = DecodedReport(format: "DOCX", text: try DOCXText.extract(data, path: path, sizeLimit: sizeLimit))
        } else {
            decoded = try TextEncoding.decode(data, path: path)
            if HTMLText.looksLikeHTML(decoded.text) {
                // A page's `&nbsp;` is a space where it shows, as the text repair reads it too.
                let text = try HTMLText.extract(decoded.text, path: path).replacingOccurrences(of: "\u{A0}", with: " ")
                decoded = DecodedReport(format: "HTML", text: text)
            }
            let repaired = ScrapedText.repair(decoded.text, path: path)
            decoded.text = repaired.text
            decoded.warnings = repaired.warnings
        }
        guard decoded.text.contains(where: { !$0.isWhitespace }) else {
            if decoded.format == "PDF" { throw .pdfWithoutText(path: path) }
            throw .empty(path: path)
        }
        return decoded
    }
}
