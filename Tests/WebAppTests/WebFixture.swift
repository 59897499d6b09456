import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PlanStore
import ReportExtraction
import Testing

@testable import WebApp

/// The engines the web tests run on: SQLite always, PostgreSQL when the test script has started
/// a server (`LUOSHI_TEST_POSTGRES_URL`); each test gets a database of its own.
enum WebEngine: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    static var available: [WebEngine] {
        ProcessInfo.processInfo.environment["LUOSHI_TEST_POSTGRES_URL"] == nil ? [.sqlite] : [.sqlite, .postgres]
    }

    var testDescription: String { rawValue }
}

/// A small published plan with a user per role, on a real SQLite file or PostgreSQL database of
/// its own, and the application over it.
struct WebFixture {
    static let report = """
        政府工作报告
        ——2022年1月21日在白水区第十八届人民代表大会第一次会议上
        白水区人民政府区长李明
        一、2021年工作回顾
        过去一年，全区完成地区生产总值120亿元。
        二、2022年工作安排
        （一）城市建设
        新建垃圾转运站4座，启动区疾控中心建设，实施82个老旧小区提升改造工程。
        （二）民生保障
        新建幼儿园3所，新增城镇就业岗位5000个。
        """
    static let password = "correct-horse-1"

    let store: PlanStore
    let directory: URL
    let database: String?
    let tasks: [String: Int]

    static func make(_ engine: WebEngine = .sqlite, publish: Bool = true) async throws -> WebFixture {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var logger = Logger(label: "luoshi.test")
        logger.logLevel = .warning
        let location: StoreLocation
        var database: String?
        switch engine {
        case .sqlite:
            location = .sqlite(path: directory.appendingPathComponent("web.sqlite").path)
        case .postgres:
            let name = "luoshi_web_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            try psql("CREATE DATABASE \(name)")
            database = name
            location = .postgres(
                url: "\(adminURL.components(separatedBy: "/").dropLast().joined(separator: "/"))/\(name)?tlsmode=disable")
        }
        let store = try await PlanStore.open(location, logger: logger)
        _ = try await store.importReport(ReportExtractor.extract(report), sourceText: report)
        _ = try await store.importDepartments(
            [
                DepartmentEntry(name: "区城管局", keywords: ["垃圾"]), DepartmentEntry(name: "区卫健委", keywords: ["疾控"]),
                DepartmentEntry(name: "区住建局", keywords: ["老旧小区"]), DepartmentEntry(name: "区教育局", keywords: ["幼儿园"]),
                DepartmentEntry(name: "区人社局", keywords: ["就业"]),
            ], jurisdiction: "白水区", actor: "test")
        var tasks: [String: Int] = [:]
        for task in try await store.tasks(jurisdiction: "白水区", planYear: 2022) {
            for (word, lead) in [("垃圾", "区城管局"), ("疾控", "区卫健委"), ("老旧小区", "区住建局"), ("幼儿园", "区教育局"), ("就业", "区人社局")]
            where task.text.contains(word) {
                tasks[word] = task.id
                _ = try await store.assign(
                    taskID: task.id, lead: lead, co: lead == "区住建局" ? ["区城管局"] : [], change: Change(actor: "test"))
            }
        }
        if publish { _ = try await store.publish(jurisdiction: "白水区", planYear: 2022, actor: "test") }
        let hash = try await PasswordHasher(cost: 4).hash(password)
        for (login, role, department) in [
            ("admin", User.Role.officeAdmin, nil), ("staff", .officeStaff, nil), ("leader", .leader, nil),
            ("zhujian", .department, "区住建局"), ("weijian", .department, "区卫健委"),
        ] as [(String, User.Role, String?)] {
            _ = try await store.createUser(
                NewUser(login: login, displayName: login, role: role, department: department, passwordHash: hash),
                jurisdiction: "白水区", actor: "test")
        }
        return WebFixture(store: store, directory: directory, database: database, tasks: tasks)
    }

    func finish() async {
        await store.close()
        try? FileManager.default.removeItem(at: directory)
        if let database { try? Self.psql("DROP DATABASE IF EXISTS \(database) WITH (FORCE)") }
    }

    /// The test server's admin URL without its query (psql does not read `tlsmode`).
    static var adminURL: String {
        (ProcessInfo.processInfo.environment["LUOSHI_TEST_POSTGRES_URL"] ?? "").components(separatedBy: "?")[0]
    }

    /// Runs one statement on the test server with psql (installed with the server).
    static func psql(_ statement: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", adminURL, "-q", "-c", statement]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
    }

    /// Runs `body` against the application over this store, in process (no sockets).
    func withApp<T: Sendable>(
        adjust: (inout WebSettings) -> Void = { _ in }, _ body: @Sendable (any TestClientProtocol) async throws -> T
    ) async throws -> T {
        var settings = WebSettings(hasher: PasswordHasher(cost: 4), logRequests: false)
        adjust(&settings)
        let app = try await WebApplication.build(store: store, settings: settings)
        return try await app.test(.router, body)
    }

    /// Runs `body`, then always closes the store (a test that throws must not leak it).
    static func run(_ engine: WebEngine = .sqlite, publish: Bool = true, _ body: (WebFixture) async throws -> Void) async throws {
        let fixture = try await make(engine, publish: publish)
        do {
            try await body(fixture)
        } catch {
            await fixture.finish()
            throw error
        }
        await fixture.finish()
    }
}

/// A browser's side of a conversation: its cookies, and the form token of the last page.
struct Browser: Sendable {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    /// Signs in as `login`; returns the browser with its session cookie.
    static func signedIn(_ client: any TestClientProtocol, as login: String, password: String = WebFixture.password) async throws
        -> Browser
    {
        var browser = Browser(client)
        let response = try await browser.signIn(login, password: password)
        #expect(response.status == .seeOther, "sign-in as \(login) failed: \(response.status)")
        return browser
    }

    mutating func signIn(_ login: String, password: String) async throws -> TestResponse {
        let page = try await get("/login")
        let token = try #require(Self.formToken(String(buffer: page.body)))
        return try await post("/login", form: ["_csrf": token, "login": login, "password": password])
    }

    mutating func get(_ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await send(uri, method: .get, headers: headers, body: nil)
    }

    mutating func post(_ uri: String, form: [String: String]) async throws -> TestResponse {
        let body = form.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        return try await send(
            uri, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: body))
    }

    /// A multipart form with one file field.
    mutating func post(_ uri: String, form: [String: String], file: (field: String, name: String, bytes: [UInt8])) async throws
        -> TestResponse
    {
        let boundary = "----luoshi\(UUID().uuidString)"
        var body = ByteBuffer()
        for (name, value) in form {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        )
        body.writeBytes(file.bytes)
        body.writeString("\r\n--\(boundary)--\r\n")
        return try await send(
            uri, method: .post, headers: [.contentType: "multipart/form-data; boundary=\(boundary)"], body: body)
    }

    mutating func send(_ uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?) async throws
        -> TestResponse
    {
        var headers = headers
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        let response = try await client.executeRequest(uri: uri, method: method, headers: headers, body: body)
        for field in response.headers[values: .setCookie] {
            let pair = field.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            cookies[String(pair[0])] = pair[1].isEmpty ? nil : String(pair[1])
        }
        return response
    }

    /// The session's form token, read from a page as a browser would.
    mutating func csrf(from uri: String = "/tasks") async throws -> String {
        try #require(Self.formToken(String(buffer: try await get(uri).body)))
    }

    static func formToken(_ html: String) -> String? {
        guard let range = html.range(of: #"name="_csrf" value=""#) else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}
