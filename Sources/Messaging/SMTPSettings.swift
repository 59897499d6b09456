/// Where and how e-mail is sent.
public struct SMTPSettings: Sendable, Equatable {
    public enum Security: String, Sendable, CaseIterable {
        /// Plain SMTP (a relay on the local network, or a test sink).
        case none
        /// TLS from the first byte (SMTPS, usually port 465), as 腾讯企业邮 and 网易 offer.
        case tls
    }

    public var host: String
    public var port: Int
    public var security: Security
    /// The sender's address (`督查室 <duchashi@example.gov.cn>` is written as the address only).
    public var from: String
    public var username: String?
    public var password: String?
    /// How long one message may take, connection included.
    public var timeoutSeconds: Int

    public init(
        host: String, port: Int? = nil, security: Security = .none, from: String, username: String? = nil,
        password: String? = nil,
        timeoutSeconds: Int = 20
    ) {
        self.host = host
        self.port = port ?? (security == .tls ? 465 : 25)
        self.security = security
        self.from = from
        self.username = username
        self.password = password
        self.timeoutSeconds = timeoutSeconds
    }
}
