import CSV
import Foundation

/// A CSV file read into rows of fields by yaslab/CSV.swift (RFC 4180: quoted fields, doubled
/// quotes, CRLF or LF line ends), after the UTF-8 byte-order mark Excel and WPS write; blank
/// lines are dropped and the header's names trimmed.
public struct CSVTable: Sendable, Equatable {
    public var header: [String]
    public var rows: [[String]]

    public init(parsing text: String) {
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        var records: [[String]] = []
        // Without a header row the reader throws nothing: it reads any text into rows.
        if let reader = try? CSVReader(string: text, hasHeaderRow: false, trimFields: false) {
            while let row = reader.next() { records.append(row) }
        }
        let nonEmpty = records.filter { !$0.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
        header = nonEmpty.first?.map { $0.trimmingCharacters(in: .whitespaces) } ?? []
        rows = Array(nonEmpty.dropFirst())
    }

    /// The index of the first header that is one of `names`.
    public func column(_ names: [String]) -> Int? {
        header.firstIndex { names.contains($0.lowercased()) }
    }
}
