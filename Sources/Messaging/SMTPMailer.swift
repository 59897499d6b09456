import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// Sends e-mail over SMTP (RFC 5321): greeting, EHLO, AUTH PLAIN when a user is set,
/// MAIL FROM, RCPT TO, DATA, QUIT — one connection a message, which is plenty for reminders.
/// Written on SwiftNIO because the package index holds no SMTP client.
public struct SMTPMailer: Sendable {
    public let settings: SMTPSettings

    public init(settings: SMTPSettings) {
        self.settings = settings
    }

    /// Sends one message; throws what went wrong, in words the office can act on.
    public func send(to recipient: String, subject: String, body: String) async throws(MessagingError) {
        let message = MailMessage(
            from: settings.from, to: recipient, subject: subject, body: body,
            messageID: "\(UUID().uuidString.lowercased())@\(settings.from.split(separator: "@").last ?? "luoshi")")
        let settings = settings
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await Self.converse(settings: settings, recipient: recipient, message: message) }
                group.addTask {
                    try await Task.sleep(for: .seconds(settings.timeoutSeconds))
                    throw MessagingError.timedOut(seconds: settings.timeoutSeconds)
                }
                try await group.next()
                group.cancelAll()
            }
        } catch let error as MessagingError {
            throw error
        } catch {
            throw .smtpUnreachable(host: settings.host, port: settings.port, reason: "\(error)")
        }
    }

    private static func converse(settings: SMTPSettings, recipient: String, message: MailMessage) async throws {
        let channel: NIOAsyncChannel<String, ByteBuffer>
        do {
            channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(.seconds(Int64(min(settings.timeoutSeconds, 10))))
                .connect(host: settings.host, port: settings.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        if settings.security == .tls {
                            let context = try NIOSSLContext(configuration: .makeClientConfiguration())
                            try channel.pipeline.syncOperations.addHandler(
                                NIOSSLClientHandler(context: context, serverHostname: settings.host))
                        }
                        try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(ReplyLineDecoder()))
                        return try NIOAsyncChannel<String, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            throw MessagingError.smtpUnreachable(host: settings.host, port: settings.port, reason: "\(error)")
        }
        try await channel.executeThenClose { inbound, outbound in
            var lines = inbound.makeAsyncIterator()
            /// Reads one reply (its last line has a space after the code) and checks its code.
            func expect(_ codes: Set<Int>, after step: String) async throws {
                var text: [String] = []
                while let line = try await lines.next() {
                    text.append(line)
                    let bytes = Array(line.utf8)
                    if bytes.count < 4 || bytes[3] != UInt8(ascii: "-") {
                        guard let code = Int(line.prefix(3)), codes.contains(code) else {
                            throw MessagingError.smtpRejected(step: step, reply: text.joined(separator: " "))
                        }
                        return
                    }
                }
                throw MessagingError.smtpRejected(step: step, reply: "连接被关闭 connection closed")
            }
            func say(_ command: String) async throws {
                try await outbound.write(ByteBuffer(string: command + "\r\n"))
            }
            try await expect([220], after: "greeting")
            try await say("EHLO \(ProcessInfo.processInfo.hostName.isEmpty ? "luoshi" : ProcessInfo.processInfo.hostName)")
            try await expect([250], after: "EHLO")
            if let username = settings.username {
                let token = Data(([0] + Array(username.utf8) + [0] + Array((settings.password ?? "").utf8))).base64EncodedString()
                try await say("AUTH PLAIN \(token)")
                try await expect([235], after: "AUTH")
            }
            try await say("MAIL FROM:<\(MailMessage.headerSafe(settings.from))>")
            try await expect([250], after: "MAIL FROM")
            try await say("RCPT TO:<\(MailMessage.headerSafe(recipient))>")
            try await expect([250, 251], after: "RCPT TO \(recipient)")
            try await say("DATA")
            try await expect([354], after: "DATA")
            try await outbound.write(ByteBuffer(string: message.data))
            try await expect([250], after: "the message")
            try? await say("QUIT")
        }
    }
}

/// Splits the server's replies into lines (CRLF or LF), without the line ends.
struct ReplyLineDecoder: ByteToMessageDecoder {
    typealias InboundOut = String

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > 4096 { throw MessagingError.smtpRejected(step: "reply", reply: "line too long") }
            return .needMoreData
        }
        let length = newline - buffer.readerIndex
        var line = buffer.readString(length: length) ?? ""
        buffer.moveReaderIndex(forwardBy: 1)
        if line.hasSuffix("\r") { line.removeLast() }
        context.fireChannelRead(wrapInboundOut(line))
        return .continue
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        return .needMoreData
    }
}
