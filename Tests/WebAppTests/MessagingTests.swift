import Crypto
import Foundation
import Hummingbird
import HummingbirdTesting
import Messaging
import PlanStore
import Testing

/// The SMTP sink of `Tests/Support/smtp_sink.py`, a real server on loopback.
final class SMTPSink: @unchecked Sendable {
    let folder: URL
    let port: Int
    private let process: Process

    init(port: Int = 0) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Support/smtp_sink.py").path
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, folder.path, String(port)]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), let first = byte.first, first != UInt8(ascii: "\n") {
            line.append(first)
        }
        self.port = Int(String(decoding: line, as: UTF8.self)) ?? 0
    }

    /// The messages received, as the sink's JSON objects.
    func messages() throws -> [[String: Any]] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted().map {
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent($0))) as! [String: Any]
        }
    }

    /// Kills the sink with SIGKILL: a child of the test runner inherits its blocked SIGTERM,
    /// so `terminate()` would leave it running and `waitUntilExit()` waiting for ever.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }
}

/// What a webhook receiver got.
actor ReceivedRequests {
    var requests: [(path: String, query: String, headers: [String: String], body: [UInt8])] = []

    func add(_ path: String, _ query: String, _ headers: [String: String], _ body: [UInt8]) {
        requests.append((path, query, headers, body))
    }
}

@Suite("Messaging: e-mail and webhooks")
struct MessagingTests {
    @Test("an e-mail reaches a real SMTP server with its Chinese subject and body intact")
    func email() async throws {
        let sink = try SMTPSink()
        defer { sink.stop() }
        let mailer = SMTPMailer(
            settings: SMTPSettings(
                host: "127.0.0.1", port: sink.port, from: "duchashi@baishui.gov.cn", username: "luoshi", password: "pw"))
        let subject = "【催办】第 2 次催办：任务「实施82个老旧小区提升改造工程」已逾期 8 天，请抓紧办理"
        let body = "区住建局：\n你单位牵头的任务已逾期。\n.以点开头的一行\n请于 3 个工作日内报送进展。"
        // act
        try await mailer.send(to: "zhujian@baishui.gov.cn", subject: subject, body: body)
        let messages = try sink.messages()
        // check
        #expect(messages.count == 1)
        let message = try #require(messages.first)
        #expect(message["subject"] as? String == subject)
        #expect(
            (message["body"] as? String)?.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .newlines) == body)
        #expect(message["envelope_to"] as? [String] == ["zhujian@baishui.gov.cn"])
        #expect(message["envelope_from"] as? String == "duchashi@baishui.gov.cn")
        #expect(message["user"] as? String == "luoshi")
    }

    @Test("a wrong SMTP password is refused with the server's answer")
    func badCredentials() async throws {
        let sink = try SMTPSink()
        defer { sink.stop() }
        let mailer = SMTPMailer(
            settings: SMTPSettings(host: "127.0.0.1", port: sink.port, from: "a@b.cn", username: "luoshi", password: "wrong"))
        await #expect(throws: MessagingError.smtpRejected(step: "AUTH", reply: "535 bad credentials")) {
            try await mailer.send(to: "x@b.cn", subject: "s", body: "b")
        }
        #expect(try sink.messages().isEmpty)
    }

    @Test("SMTP down: the e-mail stays queued with the reason, and goes once the server is back", arguments: WebEngine.available)
    func smtpDown(_ engine: WebEngine) async throws {
        try await WebFixture.run(engine) { fixture in
            let store = fixture.store
            try await store.setChannel(
                NotificationChannel(department: "区城管局", email: "cgj@baishui.gov.cn"), jurisdiction: "白水区", actor: "督查室",
                allowHTTP: false)
            let run = try await store.runReminders(asOf: ISODate("2022-06-23")!)
            // A port where nothing listens: a sink started and stopped.
            let gone = try SMTPSink()
            let port = gone.port
            gone.stop()
            let settings = SMTPSettings(host: "127.0.0.1", port: port, from: "duchashi@baishui.gov.cn", timeoutSeconds: 5)
            let outbox = Outbox(store: store, mailer: SMTPMailer(settings: settings))
            // act
            let down = try await outbox.sendDue()
            let queued = try await store.deliveries(jurisdiction: "白水区")
            let inbox = try await store.inbox(.department("区城管局"), jurisdiction: "白水区")
            let sink = try SMTPSink(port: port)
            defer { sink.stop() }
            let early = try await outbox.sendDue()
            let up = try await outbox.sendDue(now: { Date.now + 61 })
            let sent = try await store.deliveries(jurisdiction: "白水区")
            let messages = try sink.messages()
            // check
            #expect(run.queuedDeliveries == 1)
            #expect(down == Outbox.Pass(sent: 0, failed: 1))
            #expect(queued.first?.state == .queued)
            #expect(queued.first?.lastError?.contains("无法连接邮件服务器") == true)
            #expect(inbox.first?.deliveries == [.queued])
            #expect(early == Outbox.Pass())
            #expect(up == Outbox.Pass(sent: 1, failed: 0))
            #expect(sent.first?.state == .sent)
            #expect(messages.count == 1)
            #expect((messages.first?["subject"] as? String)?.contains("报送提醒") == true)
            #expect(messages.first?["envelope_to"] as? [String] == ["cgj@baishui.gov.cn"])
        }
    }

    @Test(
        "no SMTP server (the demo): e-mails wait in the outbox without spending retries or warning, and go once a server is set")
    func noServerYet() async throws {
        try await WebFixture.run { fixture in
            let store = fixture.store
            try await store.setChannel(
                NotificationChannel(department: "区城管局", email: "cgj@baishui.gov.cn"), jurisdiction: "白水区", actor: "督查室",
                allowHTTP: false)
            _ = try await store.runReminders(asOf: ISODate("2022-06-23")!)
            // act: many passes without a server, then one with
            var idle: [Outbox.Pass] = []
            for minutes in [0, 10, 60, 600] {
                idle.append(try await Outbox(store: store, mailer: nil).sendDue(now: { Date.now + Double(minutes) * 60 }))
            }
            let waiting = try await store.deliveries(jurisdiction: "白水区")
            let sink = try SMTPSink()
            defer { sink.stop() }
            let settings = SMTPSettings(host: "127.0.0.1", port: sink.port, from: "duchashi@baishui.gov.cn", timeoutSeconds: 5)
            let sent = try await Outbox(store: store, mailer: SMTPMailer(settings: settings)).sendDue()
            // check
            #expect(idle.allSatisfy { $0 == Outbox.Pass() })
            #expect(waiting.map(\.state) == [.queued])
            #expect(waiting.first?.attempts == 0 && waiting.first?.lastError == nil)
            #expect(sent == Outbox.Pass(sent: 1, failed: 0))
            #expect(try sink.messages().count == 1)
        }
    }

    @Test("webhooks: signed generic JSON, 企业微信 and 钉钉 markdown with 钉钉's signature; a robot's refusal is kept and retried")
    func webhooks() async throws {
        let received = ReceivedRequests()
        let router = Router()
        for path in ["generic", "wecom", "dingtalk", "refuse"] {
            router.post(RouterPath(path)) { request, _ -> Response in
                let body = try await request.body.collect(upTo: 1 << 20)
                var headers: [String: String] = [:]
                for field in request.headers { headers[field.name.canonicalName] = field.value }  // lower-case names
                await received.add(path, request.uri.query ?? "", headers, Array(buffer: body))
                let answer =
                    path == "refuse" ? #"{"errcode":310000,"errmsg":"keywords not in content"}"# : #"{"errcode":0,"errmsg":"ok"}"#
                return Response(
                    status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: answer)))
            }
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let base = "http://127.0.0.1:\(client.port!)"
            try await WebFixture.run { fixture in
                let store = fixture.store
                for (department, path, kind, secret) in [
                    ("区城管局", "generic", NotificationChannel.WebhookKind.generic, "generic-secret"),
                    ("区住建局", "wecom", .wecom, nil),
                    ("区卫健委", "dingtalk", .dingtalk, "SECding"), ("区教育局", "refuse", .wecom, nil),
                ] as [(String, String, NotificationChannel.WebhookKind, String?)] {
                    try await store.setChannel(
                        NotificationChannel(
                            department: department, webhookURL: "\(base)/\(path)?key=k1", webhookKind: kind, webhookSecret: secret
                        ),
                        jurisdiction: "白水区", actor: "督查室", allowHTTP: true)
                }
                _ = try await store.runReminders(asOf: ISODate("2022-06-23")!)
                // act
                let pass = try await Outbox(store: store, mailer: nil).sendDue()
                let log = try await store.deliveries(jurisdiction: "白水区")
                let requests = await received.requests
                // check
                #expect(pass == Outbox.Pass(sent: 3, failed: 1))
                let generic = try #require(requests.first { $0.path == "generic" })
                let timestamp = try #require(generic.headers["x-luoshi-timestamp"].flatMap(Int.init))
                let expected = HMAC<Crypto.SHA256>.authenticationCode(
                    for: Array("\(timestamp).".utf8) + generic.body, using: SymmetricKey(data: Data("generic-secret".utf8)))
                #expect(generic.headers["x-luoshi-signature"] == "sha256=" + expected.map { String(format: "%02x", $0) }.joined())
                let genericJSON = try JSONSerialization.jsonObject(with: Data(generic.body)) as! [String: Any]
                #expect((genericJSON["subject"] as? String)?.contains("报送提醒") == true)
                #expect(genericJSON["kind"] as? String == "report_due")

                let wecom = try #require(requests.first { $0.path == "wecom" })
                let wecomJSON = try JSONSerialization.jsonObject(with: Data(wecom.body)) as! [String: Any]
                #expect(wecomJSON["msgtype"] as? String == "markdown")
                #expect(((wecomJSON["markdown"] as? [String: Any])?["content"] as? String)?.contains("区住建局") == true)
                #expect(wecom.query == "key=k1")

                let ding = try #require(requests.first { $0.path == "dingtalk" })
                let query = Dictionary(
                    uniqueKeysWithValues: ding.query.split(separator: "&").map {
                        let pair = $0.split(separator: "=", maxSplits: 1)
                        return (String(pair[0]), String(pair[1]).removingPercentEncoding ?? "")
                    })
                let millis = try #require(query["timestamp"])
                let sign = HMAC<Crypto.SHA256>.authenticationCode(
                    for: Data("\(millis)\nSECding".utf8), using: SymmetricKey(data: Data("SECding".utf8)))
                #expect(query["sign"] == Data(sign).base64EncodedString())
                let dingJSON = try JSONSerialization.jsonObject(with: Data(ding.body)) as! [String: Any]
                #expect(((dingJSON["markdown"] as? [String: Any])?["title"] as? String)?.contains("报送提醒") == true)

                let refused = try #require(log.first { $0.target.contains("/refuse") })
                #expect(refused.state == .queued)
                #expect(refused.lastError?.contains("310000") == true)
                #expect(log.filter { $0.state == .sent }.count == 3)
            }
        }
    }
}
