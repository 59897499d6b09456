import Foundation
import Hummingbird
import Logging
import PlanStore

/// Signing in and out, and switching the language.
struct SessionPages {
    let store: PlanStore
    let renderer: PageRenderer
    let hasher: PasswordHasher
    let throttle: LoginThrottle
    let settings: WebSettings
    /// A hash of a random password at the hasher's cost, verified for logins that cannot sign in.
    let standInHash: String

    struct LoginModel {
        let next: String
        let login: String
        let formToken: String
        let error: String?
        let demoHint: Bool
    }

    func register(on router: RouterGroup<AppRequestContext>) {
        router.get("login") { request, context in try await showLogin(request, context, error: nil, login: "") }
        router.post("login") { request, context in try await login(request, context) }
        router.post("logout") { request, context in try await logout(request, context) }
        router.get("lang/:code") { request, context in try language(request, context) }
    }

    private func showLogin(
        _ request: Request, _ context: AppRequestContext, error: String?, login: String, status: HTTPResponse.Status = .ok
    )
        async throws -> Response
    {
        // The sign-in form has no session yet: its token is a cookie the form must repeat.
        let token = SessionToken.random().value
        let next = Self.localPath(request.uri.queryParameters["next"].map(String.init)) ?? "/"
        var response = renderer.page(
            "login", title: context.language.strings["login"] ?? "",
            model: LoginModel(next: next, login: login, formToken: token, error: error, demoHint: settings.demo),
            request: request, context: context, status: status)
        response.setCookie(
            Cookie(
                name: SessionCookie.loginCSRF, value: token, path: "/login", secure: settings.secureCookies, httpOnly: true,
                sameSite: .strict))
        return response
    }

    private func login(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = try await FormFields.read(request, context: context)
        guard let cookie = request.cookies[SessionCookie.loginCSRF]?.value, let given = form["_csrf"],
            FormFields.constantTimeEqual(cookie, given)
        else { throw AppError.badCSRF }
        let login = form["login"] ?? ""
        let password = form.values["password"]?.first ?? ""
        let strings = context.language.strings
        let attempt = LoginThrottle.Attempt(login: login, address: context.remoteAddress)
        if let wait = await throttle.wait(for: attempt) {
            let minutes = max(1, Int((wait.components.seconds + 59) / 60))
            var response = try await showLogin(
                request, context, error: String(format: strings["login_throttled"] ?? "%d", minutes), login: login,
                status: .tooManyRequests)
            response.headers[.retryAfter] = "\(wait.components.seconds + 1)"
            return response
        }
        // An unknown or disabled login is checked against a stand-in hash, so it takes as long
        // to refuse as a wrong password: the answer's time does not tell which logins exist.
        let found = try await store.credentials(login: login)
        let usable = found.map { !$0.user.disabled } ?? false
        let matches = await hasher.verify(password, hash: usable ? found!.passwordHash : standInHash)
        guard let found, usable, matches else {
            await throttle.recordFailure(attempt)
            context.logger.notice("failed sign-in", metadata: ["login": "\(login)"])
            return try await showLogin(request, context, error: strings["login_failed"], login: login, status: .unauthorized)
        }
        await throttle.recordSuccess(attempt)
        let token = SessionToken.random()
        let expires = Date.now.addingTimeInterval(settings.sessionLifetime)
        try await store.createSession(
            tokenHash: token.hash, userID: found.user.id, csrfToken: SessionToken.random().value,
            expiresAt: expires.formatted(.iso8601))
        let next = Self.localPath(form["next"]) ?? "/"
        var response = Response(status: .seeOther, headers: [.location: next])
        response.setCookie(
            Cookie(
                name: SessionCookie.session, value: token.value, maxAge: Int(settings.sessionLifetime), path: "/",
                secure: settings.secureCookies || request.headers[.init("X-Forwarded-Proto")!] == "https", httpOnly: true,
                sameSite: .lax))
        return response
    }

    private func logout(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        if let viewer = context.viewer {
            let form = try await FormFields.read(request, context: context)
            try form.checkCSRF(viewer)
            if let cookie = request.cookies[SessionCookie.session] {
                try await store.deleteSession(tokenHash: SessionToken(value: cookie.value).hash)
            }
        }
        var response = Response(status: .seeOther, headers: [.location: "/portal"])
        response.setCookie(Cookie(name: SessionCookie.session, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .lax))
        return response
    }

    private func language(_ request: Request, _ context: AppRequestContext) throws -> Response {
        guard let language = context.parameters.get("code").flatMap(Language.init(rawValue:)) else { throw AppError.notFound }
        var response = Response(
            status: .seeOther, headers: [.location: Self.localPath(request.uri.queryParameters["back"].map(String.init)) ?? "/"])
        response.setCookie(
            Cookie(
                name: SessionCookie.language, value: language.rawValue, maxAge: 365 * 86_400, path: "/", httpOnly: true,
                sameSite: .lax))
        return response
    }

    /// A path on this site, or nil: redirects never leave it. Browsers drop tabs and line breaks
    /// from a `Location` and read `\` as `/`, so `/<tab>/evil.example` or `/\evil.example` would be
    /// `//evil.example`, another host: a path with any control character or backslash is refused.
    static func localPath(_ text: String?) -> String? {
        guard let text, text.hasPrefix("/"), !text.hasPrefix("//"),
            !text.unicodeScalars.contains(where: {
                $0 == "\\" || $0.properties.generalCategory == .control
                    || $0.properties.generalCategory == .lineSeparator || $0.properties.generalCategory == .paragraphSeparator
                    || $0.properties.generalCategory == .format
            })
        else { return nil }
        return text
    }
}
