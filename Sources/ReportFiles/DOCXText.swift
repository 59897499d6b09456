import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The paragraphs of a Word document (`word/document.xml`), in document order.
enum DOCXText {
    /// Inflates at most `sizeLimit` bytes of the document: a small ZIP can inflate to gigabytes
    /// (a zip bomb), so inflating stops at the limit, whatever the archive claims its size is.
    static func extract(_ data: Data, path: String, sizeLimit: Int = ReportFile.defaultSizeLimit) throws(ReportFileError)
        -> String
    {
        let xml: Data
        do {
            let archive = try Archive(data: data, accessMode: .read)
            guard let entry = archive["word/document.xml"] else {
                throw ReportFileError.corruptDOCX(path: path, detail: "no word/document.xml: a ZIP file, but not a Word document")
            }
            guard entry.uncompressedSize <= UInt64(sizeLimit) else {
                throw ReportFileError.inflatesTooLarge(path: path, limit: sizeLimit)
            }
            var buffer = Data()
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard buffer.count + chunk.count <= sizeLimit else {
                    throw ReportFileError.inflatesTooLarge(path: path, limit: sizeLimit)
                }
                buffer.append(chunk)
            }
            xml = buffer
        } catch let error as ReportFileError {
            throw error
        } catch {
            throw .corruptDOCX(path: path, detail: "\(error)")
        }
        let reader = DocumentXMLReader()
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        guard parser.parse() else {
            throw .corruptDOCX(path: path, detail: parser.parserError.map { "\($0)" } ?? "malformed XML")
        }
        return reader.text
    }
}

/// Collects `w:t` text, tabs and breaks, one line a `w:p` paragraph.
private final class DocumentXMLReader: NSObject, XMLParserDelegate {
    var text = ""
    private var inText = false

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch elementName {
        case "w:t": inText = true
        case "w:tab": text += "\t"
        case "w:br", "w:cr": text += "\n"
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch elementName {
        case "w:t": inText = false
        case "w:p": text += "\n"
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { text += string }
    }
}
