import Foundation

/// Slows down password guessing without letting a stranger lock anyone out.
///
/// Failures are counted per login *and* address together: after `freeAttempts` the pair waits
/// before its next try, twice as long after each further failure, up to `window`. Someone
/// guessing `office`'s password from elsewhere so never delays `office` signing in from its own
/// address. Each address also has a ceiling of `addressLimit` failures within `window`, over
/// all logins; a successful sign-in clears its own pair only, never the address's count, so an
/// attacker cannot reset it by signing in to an account of their own between guesses.
actor LoginThrottle {
    /// Who is trying: the login as typed (lower-cased) and the client's address.
    struct Attempt: Sendable {
        var login: String
        var address: String?

        var pairKey: String { login.lowercased() + "\u{0}" + (address ?? "-") }
    }

    private let freeAttempts: Int
    private let addressLimit: Int
    private let window: Duration
    private let now: @Sendable () -> ContinuousClock.Instant
    /// Failures of a login from an address: how many, and when the last was.
    private var pairs: [String: (count: Int, last: ContinuousClock.Instant)] = [:]
    /// Failures from an address, within the window.
    private var addresses: [String: [ContinuousClock.Instant]] = [:]

    init(
        freeAttempts: Int = 3, addressLimit: Int = 30, window: Duration = .seconds(15 * 60),
        now: @escaping @Sendable () -> ContinuousClock.Instant = { ContinuousClock.now }
    ) {
        self.freeAttempts = freeAttempts
        self.addressLimit = addressLimit
        self.window = window
        self.now = now
    }

    /// How long `attempt` must wait before it may try; nil if it may now.
    func wait(for attempt: Attempt) -> Duration? {
        let now = now()
        var longest: Duration?
        if let pair = pairs[attempt.pairKey] {
            if now - pair.last >= window {
                pairs[attempt.pairKey] = nil
            } else if pair.count >= freeAttempts {
                let delay = min(window, .seconds(1 << min(pair.count - freeAttempts + 1, 20)))
                let left = delay - (now - pair.last)
                if left > .zero { longest = left }
            }
        }
        if let address = attempt.address {
            let recent = (addresses[address] ?? []).filter { now - $0 < window }
            addresses[address] = recent.isEmpty ? nil : recent
            if recent.count >= addressLimit, let oldest = recent.first {
                longest = max(longest ?? .zero, window - (now - oldest))
            }
        }
        return longest
    }

    func recordFailure(_ attempt: Attempt) {
        let now = now()
        let previous = pairs[attempt.pairKey]?.count ?? 0
        pairs[attempt.pairKey] = (previous + 1, now)
        if let address = attempt.address { addresses[address, default: []].append(now) }
        // Bounded memory under a flood of made-up logins: forget some keys (a forgotten one only
        // gets its attempts back early).
        if pairs.count > 20_000 {
            for key in pairs.keys.prefix(pairs.count - 20_000) { pairs[key] = nil }
        }
        if addresses.count > 20_000 {
            for key in addresses.keys.prefix(addresses.count - 20_000) { addresses[key] = nil }
        }
    }

    /// A correct password clears this login's delay from this address, and nothing else.
    func recordSuccess(_ attempt: Attempt) {
        pairs[attempt.pairKey] = nil
    }
}
