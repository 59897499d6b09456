/// A token for scripts: `Authorization: Bearer <value>`. The store keeps only its hash.
public struct APIToken: Sendable {
    public let value: String
    public var hash: String { SessionToken(value: value).hash }

    public static func random() -> APIToken {
        APIToken(value: "lst_" + SessionToken.random().value)
    }
}
