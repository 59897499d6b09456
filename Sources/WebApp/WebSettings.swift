import Foundation
import PlanStore
import ReportExtraction

/// How the web application runs.
public struct WebSettings: Sendable {
    /// Cookies only over HTTPS: on when Luoshi sits behind a TLS proxy.
    public var secureCookies: Bool
    /// How long a sign-in lasts, in seconds.
    public var sessionLifetime: TimeInterval
    /// A demo store: the sign-in page lists the demo users.
    public var demo: Bool
    /// The cost of password hashes (bcrypt).
    public var hasher: PasswordHasher
    /// Write a log line per request.
    public var logRequests: Bool
    /// The indicators the comparison page offers, with their synonyms (editable: `--indicators FILE`).
    public var indicators: [Indicator]
    /// Webhooks over plain http may be saved (`--allow-http`, for testing); otherwise https only.
    public var allowHTTPWebhooks = false
    /// An SMTP server is set: the supervision page says whether e-mails can leave.
    public var mailConfigured = false
    /// A comment sent sooner than this after its form was shown is a machine's (tests set 0).
    public var commentMinimumSeconds: TimeInterval = 3
    /// The most a report uploaded at `/admin/import` may be once read: a DOCX stops inflating here.
    public var reportSizeLimit = 50 * 1_048_576
    /// How old the public portal's figures may be: a plan's public page is rebuilt at most this
    /// often however fast progress is filed (`--portal-refresh`, seconds; 0: at every change).
    public var portalRefresh: Duration = .seconds(5)
    /// When set, `/metrics` answers only `Authorization: Bearer <token>` (`--metrics-token`):
    /// its figures (failed sign-ins among them) are for the operator, not for anyone.
    public var metricsToken: String?

    public init(
        secureCookies: Bool = false, sessionLifetime: TimeInterval = 12 * 3600, demo: Bool = false,
        hasher: PasswordHasher = PasswordHasher(), logRequests: Bool = true, indicators: [Indicator] = IndicatorList.headline
    ) {
        self.secureCookies = secureCookies
        self.sessionLifetime = sessionLifetime
        self.demo = demo
        self.hasher = hasher
        self.logRequests = logRequests
        self.indicators = indicators
    }
}
