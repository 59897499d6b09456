import Foundation

/// CSV as Excel and WPS open it: UTF-8 with a byte-order mark, CRLF line ends, fields quoted
/// where they hold a comma, a quote or a line break. A text that a spreadsheet would run as a
/// formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a `'` in front,
/// as OWASP advises: a progress narrative `=HYPERLINK(…)` must stay words when the office opens
/// the file. Plain numbers (`-3.5`) are left as they are.
public enum CSVDocument {
    public static func make(header: [String], rows: [[String]]) -> String {
        "\u{FEFF}" + ([header] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// One line of fields, ended by CRLF (for tables written a row at a time).
    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ value: String) -> String {
        let value = neutralized(value)
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The value with a `'` in front if a spreadsheet would read it as a formula.
    static func neutralized(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, formulaStarts.contains(first) else { return value }
        if first == "-" || first == "+", Double(value) != nil { return value }
        return "'" + value
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
