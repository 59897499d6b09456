/// Tells a saved web page from plain text by how it starts: a doctype or an `<html>` / `<head>`
/// / `<body>` tag before any text.
enum HTMLPage {
    static func looksLikeHTML(_ text: String) -> Bool {
        let head = text.unicodeScalars.drop { $0.properties.isWhitespace || $0 == "\u{FEFF}" }.prefix(200)
        let start = String(String.UnicodeScalarView(head)).lowercased()
        return ["<!doctype html", "<html", "<head", "<body", "<?xml version"].contains { start.hasPrefix($0) }
            && start.contains("<") && (start.contains("html") || start.contains("<meta"))
    }
}
