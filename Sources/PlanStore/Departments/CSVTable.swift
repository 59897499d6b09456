import Foundation

/// A CSV file read into rows of fields: quoted fields, doubled quotes, CRLF or LF line ends,
/// a UTF-8 byte-order mark (as Excel and WPS write them).
public struct CSVTable: Sendable, Equatable {
    public var header: [String]
    public var rows: [[String]]

    public init(parsing text: String) {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var inQuotes = false
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if inQuotes {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else {
                switch scalar {
                case "\"" where field.isEmpty: inQuotes = true
                case ",":
                    record.append(field)
                    field = ""
                case "\r": break
                case "\n":
                    record.append(field)
                    records.append(record)
                    record = []
                    field = ""
                default: field.unicodeScalars.append(scalar)
                }
            }
            index += 1
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
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
