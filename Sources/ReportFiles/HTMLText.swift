import CLibXML2
import Foundation

/// The text of a saved web page, read with libxml2's HTML parser (which recovers from the
/// broken markup pages are made of): scripts, styles, forms and navigation dropped, entities
/// decoded, block elements and `<br>` as line breaks, the page title as the first line (the
/// report's title page is often only there).
enum HTMLText {
    /// Elements whose content is never report text.
    private static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside", "form", "button", "select",
        "option", "iframe", "svg", "canvas", "object", "embed", "audio", "video", "map",
    ]
    /// Elements that stand on lines of their own.
    private static let blocks: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody",
        "thead", "section", "article", "main", "blockquote", "pre", "center", "hr", "title", "body", "html", "address",
        "figure", "figcaption", "caption",
    ]
    /// `class` or `id` words of a page's menus, breadcrumbs and share bars.
    private static let navigationWords = [
        "nav", "menu", "breadcrumb", "crumb", "share", "footer", "toolbar", "sidebar", "pagination",
    ]

    /// Whether the text is an HTML page: a doctype or an `<html>`, `<head>` or `<body>` tag before any text.
    static func looksLikeHTML(_ text: String) -> Bool {
        let head = text.unicodeScalars.drop { $0.properties.isWhitespace || $0 == "\u{FEFF}" }.prefix(300)
        guard head.first == "<" else { return false }  // a report's text: no need to look further
        let start = String(String.UnicodeScalarView(head)).lowercased()
        if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") || start.hasPrefix("<head") || start.hasPrefix("<body") {
            return true
        }
        return start.hasPrefix("<?xml") && start.contains("<html")
    }

    /// The page's text, one block a line.
    static func extract(_ page: String, path: String) throws(ReportFileError) -> String {
        var bytes = Array(page.utf8)
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        // The page is decoded already (UTF-8, or GBK told by its bytes): say so, whatever its <meta> claims.
        guard
            let document = bytes.withUnsafeMutableBufferPointer({ buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
                }
            })
        else {
            throw .corruptHTML(path: path)
        }
        defer { xmlFreeDoc(document) }
        var text = ""
        if let title = firstTitle(xmlDocGetRootElement(document)) { text += title + "\n" }
        var node = xmlDocGetRootElement(document)
        while let current = node {
            append(current, to: &text)
            node = current.pointee.next
        }
        return text
    }

    private static func name(_ node: UnsafeMutablePointer<xmlNode>) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    /// An attribute's value, read from the node's attribute list (no copy to free).
    private static func attribute(_ node: UnsafeMutablePointer<xmlNode>, _ attribute: String) -> String {
        var property = node.pointee.properties
        while let current = property {
            if let name = current.pointee.name, String(cString: name).lowercased() == attribute {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                return value.lowercased()
            }
            property = current.pointee.next
        }
        return ""
    }

    /// The text of the page's `<title>`, where there is one.
    private static func firstTitle(_ root: UnsafeMutablePointer<xmlNode>?) -> String? {
        var queue = root.map { [$0] } ?? []
        var index = 0
        while index < queue.count, index < 200 {
            let node = queue[index]
            index += 1
            if node.pointee.type == XML_ELEMENT_NODE, name(node) == "title" {
                var text = ""
                var child = node.pointee.children
                while let current = child {
                    if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content {
                        text += String(cString: content)
                    }
                    child = current.pointee.next
                }
                let title = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
                return title.isEmpty ? nil : title
            }
            var child = node.pointee.children
            while let current = child {
                queue.append(current)
                child = current.pointee.next
            }
        }
        return nil
    }

    /// Appends a node's text: text nodes as they are (their line breaks are only markup
    /// layout), elements by their children, block elements on lines of their own.
    private static func append(_ node: UnsafeMutablePointer<xmlNode>, to text: inout String) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { return }
            text += String(cString: content).map { $0.isNewline || $0 == "\t" ? " " : $0 }.reduce(into: "") { $0.append($1) }
        case XML_ELEMENT_NODE:
            let element = name(node)
            if skipped.contains(element) { return }
            let marks = attribute(node, "class") + " " + attribute(node, "id")
            if element != "body", element != "html", navigationWords.contains(where: marks.contains) { return }
            let block = blocks.contains(element)
            if block, !text.isEmpty, text.last != "\n" { text += "\n" }
            if element == "td" || element == "th", !text.isEmpty, text.last != "\n" { text += " " }
            var child = node.pointee.children
            while let current = child {
                append(current, to: &text)
                child = current.pointee.next
            }
            if block, text.last != "\n" { text += "\n" }
        default:
            return
        }
    }
}
