import PostgresKit

/// Words for a failed database call that a user or an operator can act on.
enum DatabaseFailure {
    /// PostgresNIO prints every error as a generic text so that secrets do not leak into logs;
    /// the server's own message and SQLSTATE carry no secrets and say what went wrong.
    static func describe(_ error: any Error) -> String {
        if let error = error as? StoreError { return error.localizedDescription }
        guard let error = error as? PSQLError else { return String(describing: error) }
        guard let info = error.serverInfo, let message = info[.message] else {
            return "PostgreSQL: \(error.code)"
        }
        var parts = ["PostgreSQL: \(message)"]
        if let detail = info[.detail] { parts.append(detail) }
        if let state = info[.sqlState] { parts.append("SQLSTATE \(state)") }
        return parts.joined(separator: "; ")
    }
}
