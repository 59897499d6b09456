import Foundation
import PlanStore

/// Why an action was refused. Pages, API and CLI show these the same way: the web layer maps
/// them to a status in one place.
public enum ActionError: Error, Equatable, Sendable, LocalizedError {
    /// The acting user's role may not do this.
    case forbidden
    /// No such record within the acting user's reach (another jurisdiction's or department's is
    /// not told apart from a missing one).
    case notFound
    /// The input is wrong in a way the user can mend.
    case invalid(String)
    /// The store refused it (a conflict, a duplicate, a failure).
    case store(StoreError)

    /// Someone else changed the record since the acting user read it.
    public var isConflict: Bool {
        if case .store(.conflict) = self { return true }
        return false
    }

    public var errorDescription: String? {
        switch self {
        case .forbidden: return "您没有权限执行此操作。 You may not do this."
        case .notFound: return "找不到该记录。 No such record."
        case .invalid(let message): return message
        case .store(let error): return error.errorDescription
        }
    }
}
