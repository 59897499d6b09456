import Foundation
import Hummingbird
import HummingbirdTesting
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
                // Now even the right password waits.
                let throttled = try await browser.signIn("staff", password: WebFixture.password)
                #expect(throttled.status == .tooManyRequests)
                #expect(throttled.headers[.retryAfter] != nil)
                // Another user is not held up by it.
                #expect(try await browser.signIn("leader", password: WebFixture.password).status == .seeOther)
            }
        }
    }

    @Test("a sign-in or a form without the right token is refused")
    func csrf() async throws {
        try await WebFixture.run { fixture in
            try await fixture.withApp { client in
                var stranger = Browser(client)
                let forged = try await stranger.post("/login", form: ["_csrf": "made-up", "login": "staff", "password": WebFixture.password])
                #expect(forged.status == .forbidden)
                var browser = try await Browser.signedIn(client, as: "zhujian")
                let task = fixture.tasks["老旧小区"]!
                let withoutToken = try await browser.post("/tasks/\(task)/progress", form: ["narrative": "已开工", "percent": "10"])
                #expect(withoutToken.status == .forbidden)
                let wrongToken = try await browser.post("/tasks/\(task)/progress", form: ["_csrf": "x", "narrative": "已开工", "percent": "10"])
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
        try await WebFixture.run { fixture in
            try await fixture.withApp { client in
                var browser = Browser(client)
                let response = try await browser.get("/lang/en?back=//evil.example")
                #expect(response.headers[.location] == "/")
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
