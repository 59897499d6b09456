import Crypto

/// SHA-256 and HMAC-SHA256 as lowercase hex, for content-addressed evidence files, the hashes of
/// session tokens and the comment challenge's signature. swift-crypto does the work (BoringSSL
/// on Linux, CryptoKit on Apple platforms); this only names the two uses and their text form.
public enum HexDigest {
    /// The SHA-256 of `bytes` as 64 lowercase hex digits.
    public static func sha256(_ bytes: [UInt8]) -> String {
        hex(Crypto.SHA256.hash(data: bytes))
    }

    /// HMAC-SHA256 (RFC 2104) of `message` under `key`, as 64 lowercase hex digits.
    public static func hmacSHA256(key: [UInt8], message: [UInt8]) -> String {
        hex(HMAC<Crypto.SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key)))
    }

    private static let digits = Array("0123456789abcdef".utf8)

    private static func hex(_ bytes: some Sequence<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
