import Hummingbird
import NIOCore
import PlanStore

/// What every request carries through the routes: who is asking (nil for the public) and in
/// which language the answer should be.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in user, from a session cookie or an API token.
    public var viewer: Viewer?
    public var language: Language = .chinese
    /// Unread messages in the viewer's inbox (the badge in the navigation); nil without an inbox.
    public var unread: Int?
    /// The client's address, for throttling sign-in attempts.
    public var remoteAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress
    }

    /// Evidence files may be up to 20 MB; a form around one a little more.
    public var maxUploadSize: Int { 24 * 1024 * 1024 }
}

/// A signed-in user as a request sees them.
public struct Viewer: Sendable {
    public var user: User
    /// The token every form of this session must send back; nil for API tokens, which are
    /// not sent by browsers on their own and so need none.
    public var csrfToken: String?

    /// The department whose tasks a department user may see and change.
    public var departmentName: String? { user.role == .department ? user.departmentName : nil }
}
