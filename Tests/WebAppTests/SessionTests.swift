import Foundation
import Hummingbird
import HummingbirdTesting
import PlanStore
import Testing

@testable import WebApp

@Suite("Signing in, sessions and security headers")
struct SessionTests {
    @Test("a user signs in with the right password and out again; the session cookie is HttpOnly and SameSite")
    func signInAndOut() async throws {
        try await WebFixture.run { fixture in
            try await fixture.withApp { client in
                var browser = Browser(client)
                let response = try await browser.signIn("staff", password: WebFixture.password)
                #expect(response.status == .seeOther)
                let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("luoshi_session=") })
                #expect(cookie.contains("HttpOnly"))
                #expect(cookie.contains("SameSite=Lax"))
                #expect(try await browser.get("/dashboard").status == .ok)
                let token = try await browser.csrf()
                #expect(try await browser.post("/logout", form: ["_csrf": token]).status == .seeOther)
                #expect(try await browser.get("/dashboard").status == .seeOther)  // back to the sign-in page
            }
        }
    }

    @Test("a wrong password is refused with a message; repeated failures are throttled")
    func wrongPasswordAndThrottling() async throws {
        try await WebFixture.run { fixture in
            try await fixture.withApp { client in
                var browser = Browser(client)
                let wrong = try await browser.signIn("staff", password: "guess")
                #expect(wrong.status == .unauthorized)
                #expect(String(buffer: wrong.body).contains("登录名或密码不正确"))
                for _ in 0..<4 { _ = try await browser.signIn("staff", password: "guess") }
                // Now even the right password waits, from this address.
                let throttled = try await browser.signIn("staff", password: WebFixture.password)
                #expect(throttled.status == .tooManyRequests)
                #expect(throttled.headers[.retryAfter] != nil)
                // Another user is not held up by it.
                #expect(try await browser.signIn("leader", password: WebFixture.password).status == .seeOther)
            }
        }
    }

    @Test(
        "guesses from one address never lock the account out for its owner elsewhere; the delay grows; another login does not reset an address"
    )
    func throttleByLoginAndAddress() async throws {
        let clock = TestClock()
        let throttle = LoginThrottle(freeAttempts: 3, addressLimit: 10, window: .seconds(900), now: { clock.now })
        let attacker = LoginThrottle.Attempt(login: "office", address: "203.0.113.9")
        let owner = LoginThrottle.Attempt(login: "office", address: "198.51.100.1")
        for _ in 0..<3 { await throttle.recordFailure(attacker) }
        #expect(await throttle.wait(for: attacker) == .seconds(2))
        await throttle.recordFailure(attacker)
        #expect(await throttle.wait(for: attacker) == .seconds(4))
        await throttle.recordFailure(attacker)
        #expect(await throttle.wait(for: attacker) == .seconds(8))
        // The owner, from their own address, is not held up.
        #expect(await throttle.wait(for: owner) == nil)
        clock.advance(.seconds(8))
        #expect(await throttle.wait(for: attacker) == nil)
        // The attacker's own account signing in clears that pair only: the address keeps its count.
        let own = LoginThrottle.Attempt(login: "mallory", address: "203.0.113.9")
        for login in ["a", "b", "c", "d", "e"] { await throttle.recordFailure(.init(login: login, address: "203.0.113.9")) }
        await throttle.recordSuccess(own)
        let wait = try #require(await throttle.wait(for: .init(login: "f", address: "203.0.113.9")))
        #expect(wait > .seconds(800))
        #expect(await throttle.wait(for: owner) == nil)
        // After the window everything is forgiven.
        clock.advance(.seconds(901))
        #expect(await throttle.wait(for: attacker) == nil)
        #expect(await throttle.wait(for: .init(login: "f", address: "203.0.113.9")) == nil)
    }

    @Test("an unknown login is refused as slowly as a known one with a wrong password")
    func unknownLoginTiming() async throws {
        try await WebFixture.run { fixture in
            try await fixture.withApp(adjust: { $0.hasher = PasswordHasher(cost: 9) }) { client in
                // One attempt of each in turn, and the fastest of each compared: other tests running
                // beside this one slow single attempts down, never speed them up.
                func attempt(_ login: String, _ index: Int) async throws -> Duration {
                    var browser = Browser(client)
                    let page = try await browser.get("/login")
                    let token = try #require(Browser.formToken(String(buffer: page.body)))
                    let start = ContinuousClock.now
                    let response = try await browser.post(
                        "/login", form: ["_csrf": token, "login": login, "password": "wrong-\(index)"])
                    let elapsed = ContinuousClock.now - start
                    #expect(response.status == .unauthorized)
                    return elapsed
                }
                var knownTimes: [Duration] = [], unknownTimes: [Duration] = []
                for (index, login) in ["admin", "staff", "leader", "zhujian", "weijian"].enumerated() {
                    knownTimes.append(try await attempt(login, index))
                    unknownTimes.append(try await attempt("nobody\(index)", index))
                }
                let known = knownTimes.min()!, unknown = unknownTimes.min()!
                #expect(unknown * 2 > known, "unknown \(unknown), known \(known)")
            }
        }
    }

    @Test("the kept frame of a page is never another session's: each viewer sees their own name and form token")
    func framesPerSession() async throws {
        try await WebFixture.run { fixture in
            try await fixture.withApp { client in
                var staff = try await Browser.signedIn(client, as: "staff")
                var admin = try await Browser.signedIn(client, as: "admin")
                for _ in 0..<2 {
                    let staffPage = String(buffer: try await staff.get("/dashboard").body)
                    let adminPage = String(buffer: try await admin.get("/dashboard").body)
                    let staffToken = try #require(Browser.formToken(staffPage))
                    let adminToken = try #require(Browser.formToken(adminPage))
                    #expect(staffToken != adminToken)
                    #expect(!staffPage.contains(adminToken) && !adminPage.contains(staffToken))
                    #expect(staffPage.contains("staff · ") && !staffPage.contains("admin · "))
                    #expect(adminPage.contains(#"href="/admin""#) && !staffPage.contains(#"href="/admin""#))
                    #expect(!staffPage.contains("\u{0}"))
                }
            }
        }
    }

    @Test("a sign-in or a form without the right token is refused")
    func csrf() async throws {
        try await WebFixture.run { fixture in
            try await fixture.withApp { client in
                var stranger = Browser(client)
                let forged = try await stranger.post(
                    "/login", form: ["_csrf": "made-up", "login": "staff", "password": WebFixture.password])
                #expect(forged.status == .forbidden)
                var browser = try await Browser.signedIn(client, as: "zhujian")
                let task = fixture.tasks["老旧小区"]!
                let withoutToken = try await browser.post("/tasks/\(task)/progress", form: ["narrative": "已开工", "percent": "10"])
                #expect(withoutToken.status == .forbidden)
                let wrongToken = try await browser.post(
                    "/tasks/\(task)/progress", form: ["_csrf": "x", "narrative": "已开工", "percent": "10"])
                #expect(wrongToken.status == .forbidden)
                #expect(try await fixture.store.progressReports(taskID: task).isEmpty)
            }
        }
    }

    @Test("every response carries the security headers: CSP without inline script, no framing, no sniffing")
    func securityHeaders() async throws {
        try await WebFixture.run { fixture in
            try await fixture.withApp { client in
                var browser = Browser(client)
                for uri in ["/portal", "/login", "/health", "/api/v1/tasks", "/nowhere"] {
                    let response = try await browser.get(uri)
                    let policy = try #require(response.headers[.contentSecurityPolicy], "\(uri)")
                    #expect(policy.contains("script-src 'self'"))
                    #expect(!policy.contains("unsafe-inline"))
                    #expect(policy.contains("frame-ancestors 'none'"))
                    #expect(response.headers[.xContentTypeOptions] == "nosniff")
                }
            }
        }
    }

    @Test("redirects after sign-in and language switches stay on this site")
    func localRedirects() async throws {
        #expect(SessionPages.localPath("/tasks?light=red") == "/tasks?light=red")
        #expect(SessionPages.localPath("//evil.example/") == nil)
        #expect(SessionPages.localPath("https://evil.example/") == nil)
        #expect(SessionPages.localPath("/\\evil.example") == nil)
        #expect(SessionPages.localPath("/\t/evil.example") == nil)
        #expect(SessionPages.localPath("/\n/evil.example") == nil)
        #expect(SessionPages.localPath("/tasks\\x") == nil)
        #expect(SessionPages.localPath("/\u{7F}/evil.example") == nil)
        try await WebFixture.run { fixture in
            try await fixture.withApp { client in
                var browser = Browser(client)
                let response = try await browser.get("/lang/en?back=//evil.example")
                #expect(response.headers[.location] == "/")
                #expect(try await browser.get("/lang/en?back=/%09/evil.example").headers[.location] == "/")
                #expect(try await browser.get("/lang/en?back=/%5Cevil.example").headers[.location] == "/")
                let page = try await browser.get("/login?next=/%09/evil.example")
                #expect(!String(buffer: page.body).contains("evil.example"))
                let token = try #require(Browser.formToken(String(buffer: page.body)))
                let signIn = try await browser.post(
                    "/login",
                    form: ["_csrf": token, "login": "staff", "password": WebFixture.password, "next": "/\t/evil.example"])
                #expect(signIn.status == .seeOther)
                #expect(signIn.headers[.location] == "/")
                // Forms' `back` goes through the same `localPath` (Pages.redirect).
                let english = try await browser.get("/portal")
                #expect(String(buffer: english.body).contains("lang=\"en\""))
            }
        }
    }

    @Test("/health answers once the store does; /metrics counts requests by route")
    func healthAndMetrics() async throws {
        try await WebFixture.run { fixture in
            try await fixture.withApp { client in
                var browser = Browser(client)
                #expect(try await browser.get("/health").status == .ok)
                _ = try await browser.get("/portal")
                let metrics = String(buffer: try await browser.get("/metrics").body)
                #expect(metrics.contains(#"luoshi_http_requests_total{method="GET",route="/portal",status="200"}"#))
                #expect(metrics.contains("luoshi_http_request_duration_seconds_bucket"))
            }
        }
    }
}

/// A clock a test moves by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var instant = ContinuousClock.now

    var now: ContinuousClock.Instant { lock.withLock { instant } }

    func advance(_ duration: Duration) { lock.withLock { instant += duration } }
}
