/// JSON written straight into UTF-8 bytes: no intermediate strings, so that writing the records
/// of a report costs little next to extracting them. Keeps the field order it is given.
public struct JSONWriter: Sendable {
    /// What has been written so far.
    public private(set) var bytes: [UInt8] = []
    private var needsComma = false

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    public mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// Ends a JSON Lines record.
    public mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        needsComma = false
    }

    public mutating func removeAll(keepingCapacity: Bool = true) {
        bytes.removeAll(keepingCapacity: keepingCapacity)
        needsComma = false
    }

    // Field names are the spec's, written in the code: `StaticString` gives their bytes without
    // a look at them (checking and copying a `String` key cost as much as the values).

    public mutating func add(_ key: StaticString, _ value: String?) {
        self.key(key)
        self.value(value)
    }

    public mutating func add(_ key: StaticString, _ value: Int?) {
        self.key(key)
        self.value(value)
    }

    public mutating func add(_ key: StaticString, _ value: Double?) {
        self.key(key)
        self.value(value)
    }

    public mutating func add(_ key: StaticString, _ value: Bool) {
        self.key(key)
        self.value(value)
    }

    public mutating func add(_ key: StaticString, _ values: [Int]) {
        self.key(key)
        self.value(values)
    }

    /// A field whose value is a JSON string already quoted (see `quoted(_:)`): a value written
    /// on every record, such as the file name, is escaped once.
    public mutating func add(_ key: StaticString, quoted value: [UInt8]) {
        self.key(key)
        bytes.append(contentsOf: value)
    }

    /// A field name written in the code: plain ASCII without quotes or backslashes, copied as it is.
    public mutating func key(_ key: StaticString) {
        // `,"key":` is put together on the stack and appended at once: each append to the array
        // checks its uniqueness and capacity, and a record has a dozen keys.
        let length = key.utf8CodeUnitCount
        let start = needsComma ? 0 : 1  // without the comma for the first field
        needsComma = true
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length + 4) { field in
            field[0] = UInt8(ascii: ",")
            field[1] = UInt8(ascii: "\"")
            UnsafeMutableBufferPointer(rebasing: field[2..<(2 + length)])
                .initialize(from: UnsafeBufferPointer(start: key.utf8Start, count: length))
            field[length + 2] = UInt8(ascii: "\"")
            field[length + 3] = UInt8(ascii: ":")
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: field[start...]))
        }
    }

    /// A field name known only at run time, escaped like any string.
    public mutating func key(_ key: String) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = true
        Self.appendQuoted(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }

    /// The value of the field named last.
    public mutating func value(_ value: String?) {
        if let value { Self.appendQuoted(value, to: &bytes) } else { appendNull() }
    }

    public mutating func value(_ value: Int?) {
        if let value { Self.appendInteger(Int64(value), to: &bytes) } else { appendNull() }
    }

    public mutating func value(_ value: Double?) {
        if let value { Self.appendNumber(value, to: &bytes) } else { appendNull() }
    }

    public mutating func value(_ value: Bool) {
        bytes.append(contentsOf: value ? Self.trueBytes : Self.falseBytes)
    }

    public mutating func value(_ values: [Int]) {
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            Self.appendInteger(Int64(value), to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// A value that is JSON already.
    public mutating func rawValue(_ json: String) {
        bytes.append(contentsOf: json.utf8)
    }

    /// A string as JSON bytes, quotes included.
    public static func quoted(_ string: String) -> [UInt8] {
        var bytes: [UInt8] = []
        appendQuoted(string, to: &bytes)
        return bytes
    }

    private mutating func appendNull() { bytes.append(contentsOf: Self.nullBytes) }

    private static let nullBytes = Array("null".utf8)
    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A JSON string: quotes, backslashes and control characters escaped; everything else is
    /// copied as UTF-8 (a multi-byte sequence never holds a byte below 0x80).
    static func appendQuoted(_ string: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        // Native strings lend their bytes without a copy; `withUTF8` would copy the value and check
        // its uniqueness on every call.
        if string.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, to: &bytes) }) == nil {
            // A small string (up to 15 bytes: a type, a unit, a section number) lives in the
            // value itself; `withUTF8` lends it from the stack, where an array would be allocated.
            var small = string
            small.withUTF8 { appendEscaped($0, to: &bytes) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        var runStart = 0
        for index in 0..<utf8.count {
            let byte = utf8[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            runStart = index + 1
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
            case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
            default:
                bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]])
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
    }

    /// A number as a reader expects it: `37000000000`, `4.7`; `null` for NaN and infinities.
    static func appendNumber(_ value: Double, to bytes: inout [UInt8]) {
        if value.isNaN || value.isInfinite {
            bytes.append(contentsOf: nullBytes)
        } else if value == value.rounded(), abs(value) < 1e15 {
            appendInteger(Int64(value), to: &bytes)
        } else {
            bytes.append(contentsOf: "\(value)".utf8)
        }
    }

    static func appendInteger(_ value: Int64, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }
}
