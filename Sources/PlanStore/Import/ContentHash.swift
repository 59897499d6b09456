/// A fingerprint of a report's normalized text, to tell a re-import of the same text from a
/// corrected version. FNV-1a over the UTF-8 bytes, 128 bits as two independent 64-bit lanes:
/// not a cryptographic hash, which this does not need.
enum ContentHash {
    static func of(_ text: String) -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x6c62_272e_07bb_0142
        for byte in text.utf8 {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 &+ 0x9E37_79B9_7F4A_7C15
        }
        return "fnv1a:" + hex(first) + hex(second)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
