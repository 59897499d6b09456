import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Posts webhook requests. A 2xx answer is success, except that the group robots (企业微信,
/// 钉钉) answer 200 with `{"errcode": n}`, which must be 0.
public struct WebhookSender: Sendable {
    public var timeoutSeconds: Int64

    public init(timeoutSeconds: Int64 = 10) {
        self.timeoutSeconds = timeoutSeconds
    }

    public func send(_ webhook: WebhookRequest) async throws(MessagingError) {
        var request = HTTPClientRequest(url: webhook.url)
        request.method = .POST
        for (name, value) in webhook.headers { request.headers.add(name: name, value: value) }
        request.body = .bytes(ByteBuffer(bytes: webhook.body))
        let status: UInt
        let answer: ByteBuffer
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(timeoutSeconds))
            status = response.status.code
            answer = try await response.body.collect(upTo: 64 * 1024)
        } catch {
            throw .webhookUnreachable("\(error)")
        }
        let text = String(buffer: answer)
        guard (200..<300).contains(status) else { throw .webhookStatus(Int(status), body: String(text.prefix(200))) }
        if let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
            let code = object["errcode"] as? Int, code != 0
        {
            throw .webhookRefused(code: code, message: object["errmsg"] as? String ?? "")
        }
    }
}
