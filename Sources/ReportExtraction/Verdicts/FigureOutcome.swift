/// The outcome of a figure against a numeric target, by the target's comparator: `gte` is
/// met at or above it, `lte` at or below it, `eq` and `approx` within ±5 % (±0.25 for `%` and
/// `百分点`), `range` inside it. Direction is not judged: a price index short of its ceiling
/// is `reached`, one above it `short`.
enum FigureOutcome {
    static func judge(
        actual: Double, target: Double, targetMax: Double?, unit: String, comparator: Comparator
    ) -> VerdictOutcome {
        switch comparator {
        case .gte:
            return actual >= target - tolerance(target, unit: unit, strict: true) ? .reached : .short
        case .lte:
            return actual <= target + tolerance(target, unit: unit, strict: true) ? .reached : .short
        case .range:
            let upper = targetMax ?? target
            if actual < min(target, upper) { return .short }
            if actual > max(target, upper) { return .exceeded }
            return .reached
        case .eq, .approx:
            let band = tolerance(target, unit: unit, strict: false)
            if actual < target - band { return .short }
            if actual > target + band { return .exceeded }
            return .reached
        }
    }

    /// How far a figure may lie from an `eq` or `approx` target; for `gte` and `lte` only
    /// rounding (a review's `5.0%` against `5%`).
    private static func tolerance(_ target: Double, unit: String, strict: Bool) -> Double {
        if strict { return abs(target) * 1e-9 }
        return unit == "%" || unit == "百分点" || unit == "‰" ? 0.25 : abs(target) * 0.05
    }
}
