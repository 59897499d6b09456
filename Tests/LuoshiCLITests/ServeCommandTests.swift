import Foundation
import Testing

/// `luoshi serve` as a new user meets it: the demo from any directory, and an empty store.
@Suite("luoshi serve")
struct ServeCommandTests {
    /// A new, empty working directory with no `../shared` and no repository around it.
    static func emptyDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("luoshi-anywhere-\(UUID().uuidString)/deep/er")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("serve --demo runs from a directory with nothing beside it, and a leader sees the dashboard")
    func demoFromAnywhere() throws {
        // setup
        let directory = try Self.emptyDirectory()
        let server = try RunningServer(["serve", "--demo", "--port", "0"], in: directory)
        defer { server.stop() }
        try #require(!server.address.isEmpty, "\(server.output)\n\(server.error)")
        let cookies = directory.appendingPathComponent("cookies.txt")
        // act: sign in as the demo leader, as the browser does (the form's token and its cookie)
        let form = try server.fetch("/login", cookies: cookies)
        let token = try #require(form.firstMatch(of: /name="_csrf" value="([^"]+)"/)?.output.1)
        let dashboard = try server.fetch(
            "/login", form: ["_csrf": String(token), "login": "leader", "password": "luoshi-demo", "next": "/dashboard"],
            cookies: cookies)
        let inbox = try server.fetch("/inbox", cookies: cookies)
        let circulars = try server.fetch("/circulars", cookies: cookies)
        // The portal shows 100 commitments a page: the parks are found by its search.
        let portal = try server.fetch(
            "/portal?q=" + "口袋公园".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!,
            cookies: directory.appendingPathComponent("public.txt"))
        // check: the built-in report and directory were loaded
        #expect(server.output.contains("leader / luoshi-demo"))
        #expect(dashboard.contains("总览"))
        #expect(dashboard.contains("玉泉区住房和城乡建设局"))
        #expect(portal.contains("口袋公园"))
        // Last month's circular is published (this month's, in January).
        #expect(circulars.contains("年第1期"))
        #expect(circulars.contains("/circulars/1/docx"))
        // The supervision loop has run over the last weeks: an overdue task of the housing bureau
        // urged, and from the fourth urge the leaders told (unless the year is three weeks old).
        let today = Date.now.formatted(.iso8601.year().month().day())
        let threeWeeksAgo = (Date.now - 21 * 86_400).formatted(.iso8601.year().month().day())
        if today.prefix(4) == threeWeeksAgo.prefix(4) {
            #expect(inbox.contains("督办升级"))
            #expect(inbox.contains("class=\"badge\""))
        }
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: directory.path)) == ["cookies.txt", "public.txt"])
        // Without an SMTP server the demo says once where mail waits, and warns of no e-mail by e-mail.
        #expect(server.output.components(separatedBy: "未配置邮件服务器").count == 2)
        #expect(server.output.contains("/supervision"))
        #expect(!server.error.contains("SMTP"), "\(server.error)")
    }

    @Test("serve on an empty store says, in one screen, how to start: import a report, add an admin")
    func emptyStoreGuide() throws {
        // setup
        let directory = try Self.emptyDirectory()
        let db = directory.appendingPathComponent("new.sqlite").path
        // act
        let server = try RunningServer(["serve", "--db", db, "--port", "0"], in: directory)
        let guide = server.error
        server.stop()
        // check
        try #require(!server.address.isEmpty, "\(guide)")
        #expect(guide.contains("luoshi import --db \(db)"))
        #expect(guide.contains("luoshi user add admin --db \(db) --jurisdiction"))
        #expect(guide.contains("\(server.address)/login"))
        #expect(guide.split(separator: "\n").count <= 24)
    }

    @Test("serve on a store with a report but no admin asks only for the admin, for the report's jurisdiction")
    func guideAsksOnlyWhatIsMissing() throws {
        // setup
        let directory = try Self.emptyDirectory()
        let db = directory.appendingPathComponent("half.sqlite").path
        _ = try ExtractCommandTests.luoshi(["import", "--db", db, ExtractCommandTests.fixture])
        // act
        let server = try RunningServer(["serve", "--db", db, "--port", "0"], in: directory)
        let guide = server.error
        server.stop()
        let added = try ExtractCommandTests.luoshi(
            ["user", "add", "wang", "--db", db, "--jurisdiction", "玉泉区", "--name", "王主任", "--role", "office_admin"],
            input: Data("a-long-password\n".utf8))
        let ready = try RunningServer(["serve", "--db", db, "--port", "0"], in: directory)
        let silence = ready.error
        ready.stop()
        // check
        #expect(!guide.contains("luoshi import"))
        #expect(guide.contains("--jurisdiction 玉泉区 --name"))
        #expect(added.status == 0)
        #expect(!silence.contains("luoshi user add"))
    }

    @Test("--version prints the release and the git commit the program was built from")
    func version() throws {
        let result = try ExtractCommandTests.luoshi(["--version"])
        #expect(result.status == 0)
        let match = try #require(
            result.output.firstMatch(
                of: /^luoshi \d+\.\d+\.\d+ \(commit ([0-9a-f]{12}|unknown)(-dirty)?(, \d{4}-\d{2}-\d{2})?\)\n$/))
        // The commit is one of this checkout's (HEAD may have moved on since the build).
        let commit = String(match.output.1)
        guard commit != "unknown" else { return }
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "-C", ExtractCommandTests.repository.path, "cat-file", "-e", "\(commit)^{commit}"]
        git.standardError = FileHandle.nullDevice
        try git.run()
        git.waitUntilExit()
        #expect(git.terminationStatus == 0, "\(commit) is not a commit of this repository")
    }
}
