import Foundation

/// A JSON value as Python's `json` reads it, for a scorer that must agree with `score.py`:
/// integers stay integers, and `str()` of a value prints as Python prints it.
enum JSONValue: Hashable, Decodable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// The records of a JSON Lines text; blank lines are skipped.
    static func records(jsonLines text: String) throws -> [[String: JSONValue]] {
        try text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.map {
            try JSONDecoder().decode([String: JSONValue].self, from: Data($0.utf8))
        }
    }

    /// Python's truthiness: `None`, `False`, `0`, `""`, `[]` and `{}` are false.
    var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .integer(let value): value != 0
        case .number(let value): value != 0
        case .string(let value): !value.isEmpty
        case .array(let value): !value.isEmpty
        case .object(let value): !value.isEmpty
        }
    }

    /// Python's `str()` of the value (for the scalars a record holds).
    var pythonString: String {
        switch self {
        case .null: "None"
        case .bool(let value): value ? "True" : "False"
        case .integer(let value): String(value)
        case .number(let value): value == value.rounded() && abs(value) < 1e16 ? String(format: "%.1f", value) : "\(value)"
        case .string(let value): value
        case .array, .object: "\(self)"
        }
    }

    /// The text of a string value; nil for anything else.
    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// Python's `float()` of the value, nil where it would raise.
    var float: Double? {
        switch self {
        case .bool(let value): value ? 1 : 0
        case .integer(let value): Double(value)
        case .number(let value): value
        case .string(let value): Double(value.trimmingCharacters(in: .whitespaces))
        default: nil
        }
    }
}

extension Dictionary where Key == String, Value == JSONValue {
    /// `record.get(key)`: a missing key reads as `None`.
    subscript(get key: String) -> JSONValue { self[key] ?? .null }
}
