import Foundation

/// CSV as Excel and WPS open it: UTF-8 with a byte-order mark, CRLF line ends, fields quoted
/// where they hold a comma, a quote or a line break.
public enum CSVDocument {
    public static func make(header: [String], rows: [[String]]) -> String {
        "\u{FEFF}" + ([header] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// One line of fields, ended by CRLF (for tables written a row at a time).
    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
