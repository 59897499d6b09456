/// A small JSON writer that keeps the field order of the spec (`type` first) and writes
/// numbers as a reader expects them (`37000000000`, `4.7`).
public struct JSONObject {
    private var body = ""
    private var first = true

    public init() {}

    public mutating func add(_ key: String, _ value: String?) {
        addRaw(key, value.map(JSONObject.quoted) ?? "null")
    }

    public mutating func add(_ key: String, _ value: Double?) {
        addRaw(key, value.map(JSONObject.number) ?? "null")
    }

    public mutating func add(_ key: String, _ value: Int?) {
        addRaw(key, value.map(String.init) ?? "null")
    }

    public mutating func add(_ key: String, _ value: Bool) {
        addRaw(key, value ? "true" : "false")
    }

    public mutating func add(_ key: String, _ values: [Int]) {
        addRaw(key, "[" + values.map(String.init).joined(separator: ",") + "]")
    }

    public mutating func addRaw(_ key: String, _ json: String) {
        if !first { body += "," }
        first = false
        body += JSONObject.quoted(key)
        body += ":"
        body += json
    }

    public var json: String { "{" + body + "}" }

    public static func number(_ value: Double) -> String {
        if value.isNaN || value.isInfinite { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    public static func quoted(_ string: String) -> String {
        var out = "\""
        out.reserveCapacity(string.utf8.count + 2)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
