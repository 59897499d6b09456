import Foundation
import Hummingbird
import Mustache
import PlanStore
import Synchronization

/// Renders a page's model with its Mustache template inside the common frame (navigation,
/// language switch, the session's form token). Templates escape every value unless told not to.
struct PageRenderer: Sendable {
    let library: MustacheLibrary
    let frames = FrameCache()

    /// Parses the templates compiled into the program.
    static func load() throws -> PageRenderer {
        var library = MustacheLibrary()
        for (name, bytes) in ShippedFiles.templates {
            try library.register(String(decoding: bytes, as: UTF8.self), named: name)
        }
        return PageRenderer(library: library)
    }

    /// The page `template` showing `model`, for the viewer of `context`.
    func page(
        _ template: String, title: String, model: Any, request: Request, context: AppRequestContext,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        page(
            content: content(template, model: model, context: context), title: title, request: request, context: context,
            status: status)
    }

    /// A page's own part, without the frame: what a page cache may keep (it holds no form token
    /// unless the template asks for one).
    func content(_ template: String, model: Any, context: AppRequestContext) -> String {
        let content = PageContent(
            t: context.language.strings, lang: context.language.htmlCode, csrf: context.viewer?.csrfToken ?? "", body: model)
        return library.render(TemplateValue.wrap(content) as Any, withTemplate: template) ?? "template \(template) missing"
    }

    /// Rendered content inside the frame (navigation, language switch, account).
    func page(content: String, title: String, request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok)
        -> Response
    {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html(content: content, title: title, request: request, context: context))))
    }

    /// The HTML of `page(content:…)`. The frame is rendered once for everything it shows (the
    /// viewer and their form token, the path, the title, the language, the unread count) and
    /// kept split around its content: Mustache looks every value up by reflection, which made
    /// the frame cost far more than the kept content it wraps.
    func html(content: String, title: String, request: Request, context: AppRequestContext) -> String {
        let viewer = context.viewer.map { "\($0.user.id):\($0.csrfToken ?? "")" } ?? "public"
        let key = "\(context.language.rawValue)|\(viewer)|\(context.unread ?? 0)|\(request.uri.path)|\(title)"
        let frame = frames.frame(key) {
            let html = renderFrame(content: FrameCache.contentMark, title: title, request: request, context: context)
            guard let mark = html.range(of: FrameCache.contentMark) else { return (html, "") }
            return (String(html[..<mark.lowerBound]), String(html[mark.upperBound...]))
        }
        return frame.head + content + frame.tail
    }

    private func renderFrame(content: String, title: String, request: Request, context: AppRequestContext) -> String {
        let frame = PageFrame(
            t: context.language.strings, lang: context.language.htmlCode, title: title,
            user: context.viewer.map {
                UserBadge(
                    name: $0.user.displayName, role: context.language == .chinese ? $0.user.role.chinese : $0.user.role.rawValue,
                    department: $0.user.departmentName)
            },
            csrf: context.viewer?.csrfToken ?? "",
            nav: Navigation(context.viewer, path: request.uri.path),
            unread: context.unread.flatMap { $0 > 0 ? UnreadBadge(count: $0) : nil },
            otherLanguage: context.language == .chinese
                ? LanguageLink(code: "en", label: "English") : LanguageLink(code: "zh", label: "中文"),
            path: request.uri.path,
            content: content)
        return library.render(frame, withTemplate: "layout") ?? content
    }
}

/// Frames rendered around a mark where the content goes, by what they show.
final class FrameCache: Sendable {
    /// Stands where the content goes; no template or value writes a NUL.
    static let contentMark = "\u{0}luoshi-content\u{0}"

    private let entries = Mutex<[String: (head: String, tail: String)]>([:])
    private let capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    /// The frame under `key`, rendered by `make` if it is not kept yet.
    func frame(_ key: String, make: () -> (String, String)) -> (head: String, tail: String) {
        if let kept = entries.withLock({ $0[key] }) { return kept }
        let (head, tail) = make()
        entries.withLock { entries in
            // Simple and bounded: a full cache starts over.
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = (head, tail)
        }
        return (head, tail)
    }
}

/// What a page's own template sees.
struct PageContent {
    let t: [String: String]
    let lang: String
    let csrf: String
    let body: Any
}

/// What every page shows around its own content.
struct PageFrame {
    let t: [String: String]
    let lang: String
    let title: String
    let user: UserBadge?
    let csrf: String
    let nav: Navigation
    let unread: UnreadBadge?
    let otherLanguage: LanguageLink
    let path: String
    let content: String
}

struct UserBadge {
    let name: String
    let role: String
    let department: String?
}

/// The number on the inbox link, shown only when something is unread.
struct UnreadBadge {
    let count: Int
}

struct LanguageLink {
    let code: String
    let label: String
}

/// Which sections the navigation offers the viewer (and which one is current).
struct Navigation {
    let dashboard: Bool
    let tasks: Bool
    let reader: Bool
    let workspace: Bool
    let inbox: Bool
    let supervision: Bool
    let instructions: Bool
    let circulars: Bool
    let rankings: Bool
    let comments: Bool
    let review: Bool
    let allocation: Bool
    let fulfilment: Bool
    let compare: Bool
    let admin: Bool
    /// One flag a section, for `aria-current` (Mustache sees stored properties only).
    let at: [String: Bool]

    init(_ viewer: Viewer?, path: String) {
        dashboard = viewer?.readsWholePlan ?? false
        tasks = viewer != nil
        reader = viewer != nil
        workspace = viewer?.user.role == .department
        inbox = viewer?.inbox != nil
        supervision = viewer?.isOffice ?? false
        instructions = viewer != nil
        circulars = viewer != nil
        rankings = viewer?.readsWholePlan ?? false
        comments = viewer?.isOffice ?? false
        review = viewer?.isOffice ?? false
        allocation = viewer?.isOffice ?? false
        fulfilment = viewer?.readsWholePlan ?? false
        compare = viewer?.readsWholePlan ?? false
        admin = viewer?.isAdmin ?? false
        let current = path.split(separator: "/").first.map(String.init) ?? ""
        at = [current: true]
    }
}
