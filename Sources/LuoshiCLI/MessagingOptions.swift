import ArgumentParser
import Foundation
import Messaging

/// How reminders leave the program: the SMTP server (its password from `LUOSHI_SMTP_PASSWORD`,
/// never the command line, which other users can read).
struct MessagingOptions: ParsableArguments {
    @Option(help: "邮件服务器（不设则不发邮件，邮件排队等待）。 The SMTP server (unset: e-mails wait in the queue).")
    var smtpHost: String?

    @Option(help: "邮件服务器端口（默认 25，--smtp-tls 时 465）。 The SMTP port (default 25, or 465 with --smtp-tls).")
    var smtpPort: Int?

    @Flag(help: "用 TLS 连接邮件服务器（SMTPS）。 Connect to the SMTP server over TLS (SMTPS).")
    var smtpTLS = false

    @Option(help: "发件地址。 The sender's address.")
    var smtpFrom: String = "luoshi@localhost"

    @Option(help: "邮件服务器用户名（密码取自环境变量 LUOSHI_SMTP_PASSWORD）。 The SMTP user (the password is read from LUOSHI_SMTP_PASSWORD).")
    var smtpUser: String?

    func validate() throws {
        if let smtpPort, !(1...65535).contains(smtpPort) {
            throw ValidationError("邮件端口应在 1 到 65535 之间。 The SMTP port is 1–65535.")
        }
    }

    /// The mailer, or nil when no server is set.
    var mailer: SMTPMailer? {
        smtpHost.map {
            SMTPMailer(
                settings: SMTPSettings(
                    host: $0, port: smtpPort, security: smtpTLS ? .tls : .none, from: smtpFrom, username: smtpUser,
                    password: ProcessInfo.processInfo.environment["LUOSHI_SMTP_PASSWORD"]))
        }
    }
}
