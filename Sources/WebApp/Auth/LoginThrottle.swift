import Foundation

/// Slows down password guessing: after `limit` failed sign-ins for one login (or from one
/// address) within `window`, further attempts are refused until the window has passed.
actor LoginThrottle {
    private let limit: Int
    private let window: Duration
    private var failures: [String: [ContinuousClock.Instant]] = [:]

    init(limit: Int = 5, window: Duration = .seconds(15 * 60)) {
        self.limit = limit
        self.window = window
    }

    /// How long until `keys` may try again; nil if they may now.
    func wait(for keys: [String]) -> Duration? {
        let now = ContinuousClock.now
        var longest: Duration?
        for key in keys {
            let recent = (failures[key] ?? []).filter { now - $0 < window }
            failures[key] = recent.isEmpty ? nil : recent
            if recent.count >= limit, let oldest = recent.first {
                let wait = window - (now - oldest)
                longest = max(longest ?? .zero, wait)
            }
        }
        return longest
    }

    func recordFailure(for keys: [String]) {
        let now = ContinuousClock.now
        for key in keys { failures[key, default: []].append(now) }
        // Bounded memory under a flood of made-up logins: forget some keys (a forgotten one only
        // gets its attempts back early).
        if failures.count > 10_000 {
            for key in failures.keys.prefix(failures.count - 10_000) { failures[key] = nil }
        }
    }

    func recordSuccess(for keys: [String]) {
        for key in keys { failures[key] = nil }
    }
}
