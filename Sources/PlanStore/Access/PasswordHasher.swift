import HummingbirdBcrypt
import NIOPosix

/// Hashes and checks passwords with bcrypt, off the request threads: a hash takes tens of
/// milliseconds of CPU by design.
public struct PasswordHasher: Sendable {
    /// bcrypt's cost (log2 of the rounds). 10 is about 60 ms here; tests use 4.
    public var cost: UInt8

    public init(cost: UInt8 = 10) {
        self.cost = cost
    }

    /// The shortest password accepted.
    public static let minimumLength = 8

    /// Refuses a password too short to be kept, with the message the office reads (the pages,
    /// the API and `luoshi user` all ask here).
    public static func validate(_ password: String) throws(StoreError) {
        guard password.count >= minimumLength else {
            throw .invalid("密码至少 \(minimumLength) 个字符。 A password has at least \(minimumLength) characters.")
        }
    }

    public func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, hash: String) async -> Bool {
        (try? await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }) ?? false
    }
}
