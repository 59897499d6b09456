import Foundation

/// Why a message could not be sent; the text is what the office sees next to the delivery.
public enum MessagingError: Error, LocalizedError, Equatable {
    case smtpNotConfigured
    case smtpUnreachable(host: String, port: Int, reason: String)
    case smtpRejected(step: String, reply: String)
    case timedOut(seconds: Int)
    case webhookStatus(Int, body: String)
    case webhookRefused(code: Int, message: String)
    case webhookUnreachable(String)

    public var errorDescription: String? {
        switch self {
        case .smtpNotConfigured:
            return "未配置邮件服务器（luoshi serve --smtp-host）。 No SMTP server is configured (luoshi serve --smtp-host)."
        case .smtpUnreachable(let host, let port, let reason):
            return
                "无法连接邮件服务器 \(host):\(port)（\(reason)），稍后重试。 Cannot reach the SMTP server \(host):\(port) (\(reason)); will retry."
        case .smtpRejected(let step, let reply):
            return "邮件服务器拒绝了 \(step)：\(reply)。 The SMTP server refused \(step): \(reply)."
        case .timedOut(let seconds):
            return "\(seconds) 秒内没有完成，稍后重试。 Not done within \(seconds) s; will retry."
        case .webhookStatus(let status, let body):
            return "Webhook 返回 HTTP \(status)：\(body)。 The webhook answered HTTP \(status): \(body)."
        case .webhookRefused(let code, let message):
            return "群机器人拒收（错误码 \(code)：\(message)）。 The group robot refused the message (code \(code): \(message))."
        case .webhookUnreachable(let reason):
            return "无法连接 Webhook（\(reason)），稍后重试。 Cannot reach the webhook (\(reason)); will retry."
        }
    }
}
