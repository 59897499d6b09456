/// JSON written straight into UTF-8 bytes: no intermediate strings, so that writing the records
/// of a report costs little next to extracting them. Keeps the field order it is given.
public struct JSONWriter: Sendable {
    private var storage: WrittenBytes
    private var needsComma = false

    public init(capacity: Int = 0) {
        storage = WrittenBytes(capacity: capacity)
    }

    /// What has been written so far, copied out: take it once, when done.
    public var bytes: [UInt8] { storage.array }

    /// How many bytes have been written.
    public var count: Int { storage.count }

    /// The buffer to write to, copied first if another writer shares it (a copied writer
    /// keeps what it had, as a value does).
    @inline(__always)
    private mutating func output() -> WrittenBytes {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    public mutating func beginObject() {
        output().append(UInt8(ascii: "{"))
        needsComma = false
    }

    public mutating func endObject() {
        output().append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// Ends a JSON Lines record.
    public mutating func newline() {
        output().append(UInt8(ascii: "\n"))
        needsComma = false
    }

    public mutating func removeAll() {
        output().removeAll()
        needsComma = false
    }

    // Field names are the spec's, written in the code: `StaticString` gives their bytes without
    // a look at them (checking and copying a `String` key cost as much as the values). A field's
    // name and value go through one look at the buffer's uniqueness, not one each: a report's
    // records have tens of thousands of fields.

    public mutating func add(_ key: StaticString, _ value: String?) {
        Self.append(value, to: field(key))
    }

    public mutating func add(_ key: StaticString, _ value: Int?) {
        Self.append(value, to: field(key))
    }

    public mutating func add(_ key: StaticString, _ value: Double?) {
        Self.append(value, to: field(key))
    }

    public mutating func add(_ key: StaticString, _ value: Bool) {
        Self.append(value, to: field(key))
    }

    public mutating func add(_ key: StaticString, _ values: [Int]) {
        Self.appendIntegers(values, to: field(key))
    }

    mutating func add(_ key: StaticString, _ text: RecordText?) {
        self.key(key)
        if let text { text.writeJSON(to: &self) } else { appendNull() }
    }

    /// A field whose value is a string written in the code that needs no escaping (a record
    /// type, an enumeration's case): copied as it is.
    mutating func add(_ key: StaticString, literal value: StaticString) {
        let out = field(key)
        let length = value.utf8CodeUnitCount
        let field = out.reserve(length + 2)
        field[0] = UInt8(ascii: "\"")
        (field + 1).update(from: value.utf8Start, count: length)
        field[length + 1] = UInt8(ascii: "\"")
        out.commit(length + 2)
    }

    /// A field whose value is a JSON string already quoted (see `quoted(_:)`): a value written
    /// on every record, such as the file name, is escaped once.
    public mutating func add(_ key: StaticString, quoted value: [UInt8]) {
        let out = field(key)
        value.withUnsafeBufferPointer { out.append($0) }
    }

    /// A field name written in the code: plain ASCII without quotes or backslashes, copied as it is.
    public mutating func key(_ key: StaticString) {
        _ = field(key)
    }

    /// Writes a field name and returns the buffer its value goes to.
    @inline(__always)
    private mutating func field(_ key: StaticString) -> WrittenBytes {
        let length = key.utf8CodeUnitCount
        let out = output()
        let bytes = out.reserve(length + 4)
        var at = 0
        if needsComma {
            bytes[0] = UInt8(ascii: ",")
            at = 1
        }
        needsComma = true
        bytes[at] = UInt8(ascii: "\"")
        (bytes + at + 1).update(from: key.utf8Start, count: length)
        bytes[at + 1 + length] = UInt8(ascii: "\"")
        bytes[at + 2 + length] = UInt8(ascii: ":")
        out.commit(at + length + 3)
        return out
    }

    /// A field name known only at run time, escaped like any string.
    public mutating func key(_ key: String) {
        let out = output()
        if needsComma { out.append(UInt8(ascii: ",")) }
        needsComma = true
        Self.appendQuoted(key, to: out)
        out.append(UInt8(ascii: ":"))
    }

    /// The value of the field named last.
    public mutating func value(_ value: String?) {
        Self.append(value, to: output())
    }

    /// `text[range]` as a JSON string, encoded as UTF-8 straight into the output.
    mutating func value(scalars text: [Unicode.Scalar], _ range: Range<Int>) {
        let out = output()
        text.withUnsafeBufferPointer { Self.appendQuoted(UnsafeBufferPointer(rebasing: $0[range]), to: out) }
    }

    public mutating func value(_ value: Int?) {
        Self.append(value, to: output())
    }

    public mutating func value(_ value: Double?) {
        Self.append(value, to: output())
    }

    public mutating func value(_ value: Bool) {
        Self.append(value, to: output())
    }

    public mutating func value(_ values: [Int]) {
        Self.appendIntegers(values, to: output())
    }

    /// A value that is JSON already.
    public mutating func rawValue(_ json: String) {
        let out = output()
        var json = json
        json.withUTF8 { out.append($0) }
    }

    /// A string as JSON bytes, quotes included.
    public static func quoted(_ string: String) -> [UInt8] {
        let out = WrittenBytes(capacity: string.utf8.count + 2)
        appendQuoted(string, to: out)
        return out.array
    }

    /// A number as JSON bytes (see `value(_:)`).
    static func number(_ value: Double) -> [UInt8] {
        let out = WrittenBytes(capacity: 24)
        appendNumber(value, to: out)
        return out.array
    }

    private mutating func appendNull() { Self.appendASCII("null", to: output()) }

    private static func append(_ value: String?, to out: WrittenBytes) {
        if let value { appendQuoted(value, to: out) } else { appendASCII("null", to: out) }
    }

    private static func append(_ value: Int?, to out: WrittenBytes) {
        if let value { appendInteger(Int64(value), to: out) } else { appendASCII("null", to: out) }
    }

    private static func append(_ value: Double?, to out: WrittenBytes) {
        if let value { appendNumber(value, to: out) } else { appendASCII("null", to: out) }
    }

    private static func append(_ value: Bool, to out: WrittenBytes) {
        appendASCII(value ? "true" : "false", to: out)
    }

    private static func appendASCII(_ word: StaticString, to out: WrittenBytes) {
        out.append(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
    }

    private static let hexDigits: StaticString = "0123456789abcdef"

    /// A JSON string: quotes, backslashes and control characters escaped; everything else is
    /// copied as UTF-8 (a multi-byte sequence never holds a byte below 0x80).
    static func appendQuoted(_ string: String, to out: WrittenBytes) {
        out.append(UInt8(ascii: "\""))
        // Native strings lend their bytes without a copy; `withUTF8` would copy the value and check
        // its uniqueness on every call.
        if string.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, to: out) }) == nil {
            // A small string (up to 15 bytes: a type, a unit, a section number) lives in the
            // value itself; `withUTF8` lends it from the stack, where an array would be allocated.
            var small = string
            small.withUTF8 { appendEscaped($0, to: out) }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, to out: WrittenBytes) {
        var runStart = 0
        var index = 0
        // Eight bytes at a time while none needs escaping: the text of a record rarely has one.
        if let base = utf8.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= utf8.count, !needsEscape(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
            }
        }
        while index < utf8.count {
            defer { index += 1 }
            let byte = utf8[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            out.append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            runStart = index + 1
            let escape = out.reserve(6)
            escape[0] = UInt8(ascii: "\\")
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): escape[1] = byte
            case UInt8(ascii: "\n"): escape[1] = UInt8(ascii: "n")
            case UInt8(ascii: "\r"): escape[1] = UInt8(ascii: "r")
            case UInt8(ascii: "\t"): escape[1] = UInt8(ascii: "t")
            default:
                escape[1] = UInt8(ascii: "u")
                escape[2] = UInt8(ascii: "0")
                escape[3] = UInt8(ascii: "0")
                escape[4] = hexDigits.utf8Start[Int(byte >> 4)]
                escape[5] = hexDigits.utf8Start[Int(byte & 0xF)]
                out.commit(6)
                continue
            }
            out.commit(2)
        }
        out.append(UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
    }

    /// Whether any of eight bytes is a control character, a quote or a backslash (the classic
    /// "has a byte less than n" and "has a zero byte" bit tricks).
    @inline(__always)
    private static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word & highs
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let zeroInQuote = (quote &- ones) & ~quote & highs
        let zeroInBackslash = (backslash &- ones) & ~backslash & highs
        return control | zeroInQuote | zeroInBackslash != 0
    }

    /// Scalars as a JSON string: each encoded as UTF-8, quotes, backslashes and control
    /// characters escaped.
    static func appendQuoted(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, to out: WrittenBytes) {
        // Six bytes a scalar is the most any takes (`\u001f`); four the most UTF-8 does.
        let bytes = out.reserve(scalars.count * 6 + 2)
        var count = 1
        bytes[0] = UInt8(ascii: "\"")
        for scalar in scalars {
            let value = scalar.value
            if value < 0x80 {
                if value >= 0x20 && value != 0x22 && value != 0x5C {
                    bytes[count] = UInt8(truncatingIfNeeded: value)
                    count += 1
                    continue
                }
                bytes[count] = UInt8(ascii: "\\")
                switch value {
                case 0x22, 0x5C: bytes[count + 1] = UInt8(truncatingIfNeeded: value)
                case 0x0A: bytes[count + 1] = UInt8(ascii: "n")
                case 0x0D: bytes[count + 1] = UInt8(ascii: "r")
                case 0x09: bytes[count + 1] = UInt8(ascii: "t")
                default:
                    bytes[count + 1] = UInt8(ascii: "u")
                    bytes[count + 2] = UInt8(ascii: "0")
                    bytes[count + 3] = UInt8(ascii: "0")
                    bytes[count + 4] = hexDigits.utf8Start[Int(value >> 4)]
                    bytes[count + 5] = hexDigits.utf8Start[Int(value & 0xF)]
                    count += 6
                    continue
                }
                count += 2
            } else if value < 0x800 {
                bytes[count] = UInt8(truncatingIfNeeded: 0xC0 | (value >> 6))
                bytes[count + 1] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
                count += 2
            } else if value < 0x10000 {
                bytes[count] = UInt8(truncatingIfNeeded: 0xE0 | (value >> 12))
                bytes[count + 1] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F))
                bytes[count + 2] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
                count += 3
            } else {
                bytes[count] = UInt8(truncatingIfNeeded: 0xF0 | (value >> 18))
                bytes[count + 1] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 12) & 0x3F))
                bytes[count + 2] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F))
                bytes[count + 3] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
                count += 4
            }
        }
        bytes[count] = UInt8(ascii: "\"")
        out.commit(count + 1)
    }

    /// `[1,2,3]`.
    private static func appendIntegers(_ values: [Int], to out: WrittenBytes) {
        out.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendInteger(Int64(value), to: out)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// A number as a reader expects it: `37000000000`, `4.7`; `null` for NaN and infinities.
    static func appendNumber(_ value: Double, to out: WrittenBytes) {
        if value.isNaN || value.isInfinite {
            appendASCII("null", to: out)
        } else if value == value.rounded(), abs(value) < 1e15 {
            appendInteger(Int64(value), to: out)
        } else {
            var text = "\(value)"
            text.withUTF8 { out.append($0) }
        }
    }

    /// Digits written straight into the output, last first.
    static func appendInteger(_ value: Int64, to out: WrittenBytes) {
        var magnitude = value.magnitude
        var length = value < 0 ? 2 : 1
        var rest = magnitude / 10
        while rest > 0 {
            length += 1
            rest /= 10
        }
        let digits = out.reserve(length)
        if value < 0 { digits[0] = UInt8(ascii: "-") }
        var at = length - 1
        repeat {
            digits[at] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
            at -= 1
        } while magnitude > 0
        out.commit(length)
    }
}
