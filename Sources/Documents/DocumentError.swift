import Foundation

/// Why a document could not be written.
public enum DocumentError: Error, LocalizedError, Equatable {
    /// The file could not be written where it was asked for.
    case cannotWrite(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .cannotWrite(let path, let reason): return "写入 \(path) 失败：\(reason) Could not write \(path): \(reason)"
        }
    }
}
