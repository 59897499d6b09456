/// A random secret handed to a browser (session) or a script (API token). The store keeps only
/// its SHA-256, so a copy of the database signs no one in.
public struct SessionToken: Sendable {
    public let value: String

    public init(value: String) {
        self.value = value
    }

    /// 32 bytes from the system's secure generator, base64url without padding.
    public static func random() -> SessionToken {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return SessionToken(value: Self.base64URL(bytes))
    }

    public var hash: String { HexDigest.sha256(Array(value.utf8)) }

    private static func base64URL(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            var value = 0
            for byte in chunk { value = value << 8 | Int(byte) }
            value <<= 8 * (3 - chunk.count)
            let characters = chunk.count + 1
            for position in 0..<characters { out.append(alphabet[(value >> (18 - 6 * position)) & 63]) }
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
