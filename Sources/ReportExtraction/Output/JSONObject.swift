/// One JSON object built field by field, in the order given (the spec puts `type` first), for
/// the few records written one at a time (import results, listings). Reports' records go
/// through `JSONWriter` directly.
public struct JSONObject {
    private var writer = JSONWriter()

    public init() {
        writer.beginObject()
    }

    public mutating func add(_ key: String, _ value: String?) {
        writer.key(key)
        writer.value(value)
    }
    public mutating func add(_ key: String, _ value: Double?) {
        writer.key(key)
        writer.value(value)
    }
    public mutating func add(_ key: String, _ value: Int?) {
        writer.key(key)
        writer.value(value)
    }
    public mutating func add(_ key: String, _ value: Bool) {
        writer.key(key)
        writer.value(value)
    }
    public mutating func add(_ key: String, _ values: [Int]) {
        writer.key(key)
        writer.value(values)
    }
    public mutating func addRaw(_ key: String, _ json: String) {
        writer.key(key)
        writer.rawValue(json)
    }

    public var json: String {
        var closed = writer
        closed.endObject()
        return String(decoding: closed.bytes, as: UTF8.self)
    }

    /// A number as a reader expects it: `37000000000`, `4.7`; `null` for NaN and infinities.
    public static func number(_ value: Double) -> String {
        String(decoding: JSONWriter.number(value), as: UTF8.self)
    }

    /// A JSON string literal.
    public static func quoted(_ string: String) -> String {
        String(decoding: JSONWriter.quoted(string), as: UTF8.self)
    }
}
