import Crypto
import Foundation
import PlanStore

/// The HTTP request a webhook delivery makes: JSON in the shape the receiver expects, signed.
///
/// - generic: `{"delivery_id","kind","subject","body","task_id"}`, with `X-Luoshi-Timestamp`
///   and `X-Luoshi-Signature: sha256=HEX(HMAC-SHA256(secret, timestamp + "." + body))`;
/// - 企业微信 group robot: a markdown message (the robot's key is in its URL);
/// - 钉钉 group robot: a markdown message, with its 加签 (`timestamp` and `sign` in the URL)
///   when a secret is set.
public struct WebhookRequest: Sendable, Equatable {
    public var url: String
    public var headers: [(String, String)]
    public var body: [UInt8]

    public static func == (lhs: WebhookRequest, rhs: WebhookRequest) -> Bool {
        lhs.url == rhs.url && lhs.body == rhs.body
            && lhs.headers.map { "\($0.0):\($0.1)" } == rhs.headers.map { "\($0.0):\($0.1)" }
    }

    /// The request for `delivery` at `now`.
    public init(_ delivery: Delivery, now: Date = .now) {
        let kind = delivery.webhookKind ?? .generic
        let seconds = Int(now.timeIntervalSince1970)
        url = delivery.target
        headers = [("Content-Type", "application/json; charset=utf-8"), ("X-Luoshi-Delivery", String(delivery.id))]
        switch kind {
        case .generic:
            var object: [String: Any] = [
                "delivery_id": delivery.id, "notification_id": delivery.notificationID, "kind": delivery.kind.rawValue,
                "subject": delivery.subject, "body": delivery.body,
            ]
            if let task = delivery.taskID { object["task_id"] = task }
            body = Self.json(object)
            headers.append(("X-Luoshi-Timestamp", String(seconds)))
            if let secret = delivery.webhookSecret {
                headers.append(("X-Luoshi-Signature", "sha256=" + Self.signature(secret: secret, timestamp: seconds, body: body)))
            }
        case .wecom:
            body = Self.json(["msgtype": "markdown", "markdown": ["content": Self.markdown(delivery)]])
        case .dingtalk:
            body = Self.json(["msgtype": "markdown", "markdown": ["title": delivery.subject, "text": Self.markdown(delivery)]])
            if let secret = delivery.webhookSecret {
                let milliseconds = Int64(now.timeIntervalSince1970 * 1000)
                let mac = HMAC<Crypto.SHA256>.authenticationCode(
                    for: Data("\(milliseconds)\n\(secret)".utf8), using: SymmetricKey(data: Data(secret.utf8)))
                let sign = Data(mac).base64EncodedString().addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                url += (url.contains("?") ? "&" : "?") + "timestamp=\(milliseconds)&sign=\(sign)"
            }
        }
    }

    /// HEX(HMAC-SHA256(secret, "timestamp.body")): what a generic receiver recomputes to trust a message.
    public static func signature(secret: String, timestamp: Int, body: [UInt8]) -> String {
        let mac = HMAC<Crypto.SHA256>.authenticationCode(
            for: Array("\(timestamp).".utf8) + body, using: SymmetricKey(data: Data(secret.utf8)))
        return mac.map { String(format: "%02x", $0) }.joined()
    }

    /// The message as group-robot markdown: the subject as a heading, the body's lines as they are.
    static func markdown(_ delivery: Delivery) -> String {
        let colour = delivery.kind == .overdueUrge || delivery.kind == .escalation ? "warning" : "info"
        return "### <font color=\"\(colour)\">\(delivery.subject)</font>\n"
            + delivery.body.replacingOccurrences(of: "\n", with: "\n\n")
    }

    static func json(_ object: [String: Any]) -> [UInt8] {
        Array(
            (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
                ?? Data("{}".utf8))
    }
}
