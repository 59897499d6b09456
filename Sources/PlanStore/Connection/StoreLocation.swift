import Foundation

/// Where the plan is kept: an SQLite file (the embedded default) or a PostgreSQL server.
public enum StoreLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    /// The default: `LUOSHI_DATABASE_URL` if set, else `luoshi.sqlite` in the working directory.
    public static func `default`(environment: [String: String] = ProcessInfo.processInfo.environment) -> StoreLocation {
        if let url = environment["LUOSHI_DATABASE_URL"], !url.isEmpty, let location = try? parse(url) {
            return location
        }
        return .sqlite(path: "luoshi.sqlite")
    }

    /// Reads `--db`: a `postgres://` or `postgresql://` URL, an `sqlite://` URL, or a file path.
    public static func parse(_ value: String) throws(StoreError) -> StoreLocation {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw .badLocation(value) }
        if trimmed.hasPrefix("postgres://") || trimmed.hasPrefix("postgresql://") || trimmed.hasPrefix("postgres+tcp://") {
            let url = trimmed.hasPrefix("postgresql://") ? "postgres://" + trimmed.dropFirst("postgresql://".count) : trimmed
            return .postgres(url: String(url))
        }
        if trimmed.hasPrefix("sqlite://") { return .sqlite(path: String(trimmed.dropFirst("sqlite://".count))) }
        if trimmed.contains("://") { throw .badLocation(value) }
        return .sqlite(path: trimmed)
    }

    /// The embedded engine: one file, one writer at a time.
    var isSQLite: Bool {
        if case .sqlite = self { return true }
        return false
    }

    /// The location without a password, for messages.
    public var description: String {
        switch self {
        case .sqlite(let path): return path
        case .postgres(let url):
            guard var components = URLComponents(string: url) else { return "postgres://…" }
            if components.password != nil { components.password = "***" }
            return components.string ?? "postgres://…"
        }
    }
}
