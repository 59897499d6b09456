import Foundation

/// Outcome accuracy, evidence, actual, silent precision and spoken accuracy of predicted verdicts against a
/// gold file, by the rules of `shared/spec/verdicts.md` — the same rules as
/// `shared/eval/score_verdicts.py`, so that the tests need nothing outside this repository.
struct VerdictScore {
    typealias Record = [String: JSONValue]

    var targets = 0
    var coverage: Double?
    var outcomeAccuracy: Double?
    var evidence: Double?
    var actual: Double?
    var silentPrecision: Double?
    /// Outcome accuracy on the commitments gold says the review speaks of: what an all-silent guess cannot earn.
    var spokenAccuracy: Double?
    /// The outcome accuracy of answering `silent` everywhere.
    var allSilentBaseline: Double?
    var unmatchedPredictions = 0
    /// Gold records judged wrong, one line each (as `score_verdicts.py --show-misses`).
    var misses: [String] = []

    init(predicted allPredicted: [Record], gold allGold: [Record]) {
        let predicted = allPredicted.filter { $0[get: "type"] == .string("verdict") }
        let gold = allGold.filter { $0[get: "type"] == .string("verdict") }
        var used = Set<Int>()
        var rows: [(gold: Record, predicted: Record?)] = []
        for g in gold {
            let goldSpan = Self.span(g, "target")
            var best = 0
            var bestIndex: Int?
            for (index, p) in predicted.enumerated() {
                let overlap = Self.overlap(goldSpan, Self.span(p, "target"))
                if overlap > best { (best, bestIndex) = (overlap, index) }
            }
            if let bestIndex { used.insert(bestIndex) }
            rows.append((g, bestIndex.map { predicted[$0] }))
        }
        let required = rows.filter { !$0.gold[get: "optional"].isTruthy }
        func ratio(_ a: Int, _ b: Int) -> Double? { b > 0 ? Double(a) / Double(b) : nil }
        targets = required.count
        coverage = ratio(required.filter { $0.predicted != nil }.count, required.count)
        outcomeAccuracy = ratio(
            required.filter { row in row.predicted.map { Self.outcome($0) == Self.outcome(row.gold) } ?? false }.count,
            required.count)
        let withEvidence = required.filter { Self.outcome($0.gold) != "silent" && Self.span($0.gold, "evidence") != nil }
        evidence = ratio(
            withEvidence.filter { row in
                row.predicted.map { Self.overlap(Self.span(row.gold, "evidence"), Self.span($0, "evidence")) > 0 } ?? false
            }.count,
            withEvidence.count)
        let withActual = required.filter { if case .object = $0.gold[get: "actual"] { true } else { false } }
        actual = ratio(
            withActual.filter { row in row.predicted.map { Self.sameActual($0[get: "actual"], row.gold[get: "actual"]) } ?? false
            }.count, withActual.count)
        let predictedSilent = required.filter { $0.predicted.map { Self.outcome($0) == "silent" } ?? false }
        silentPrecision = ratio(predictedSilent.filter { Self.outcome($0.gold) == "silent" }.count, predictedSilent.count)
        let spoken = required.filter { Self.outcome($0.gold) != "silent" }
        spokenAccuracy = ratio(
            spoken.filter { row in row.predicted.map { Self.outcome($0) == Self.outcome(row.gold) } ?? false }.count, spoken.count
        )
        allSilentBaseline = ratio(required.count - spoken.count, required.count)
        unmatchedPredictions = predicted.count - used.count
        for row in required {
            let wrongOutcome = row.predicted.map { Self.outcome($0) != Self.outcome(row.gold) } ?? true
            let goldEvidence = Self.span(row.gold, "evidence")
            let wrongEvidence =
                Self.outcome(row.gold) != "silent" && goldEvidence != nil
                && Self.overlap(goldEvidence, row.predicted.flatMap { Self.span($0, "evidence") }) == 0
            guard wrongOutcome || wrongEvidence else { continue }
            misses.append(
                "\(Self.quote(row.gold, "target")) | gold \(Self.outcome(row.gold)): \(Self.quote(row.gold, "evidence")) | predicted \(row.predicted.map(Self.outcome) ?? "(none)"): \(row.predicted.map { Self.quote($0, "evidence") } ?? "")"
            )
        }
    }

    private static func outcome(_ record: Record) -> String {
        if case .string(let value) = record[get: "outcome"] { return value }
        return ""
    }

    private static func quote(_ record: Record, _ key: String) -> String {
        if case .object(let object) = record[get: key], case .string(let quote)? = object["quote"] { return quote }
        return "None"
    }

    /// A record's `target` or `evidence` span, when it has both offsets.
    static func span(_ record: Record, _ key: String) -> (Int, Int)? {
        guard case .object(let object) = record[get: key], let start = object["start"]?.float, let end = object["end"]?.float
        else { return nil }
        return (Int(start), Int(end))
    }

    static func overlap(_ a: (Int, Int)?, _ b: (Int, Int)?) -> Int {
        guard let a, let b else { return 0 }
        return max(0, min(a.1, b.1) - max(a.0, b.0))
    }

    /// The same unit and a value within ±0.5 % of gold's.
    static func sameActual(_ predicted: JSONValue, _ gold: JSONValue) -> Bool {
        guard case .object(let p) = predicted, case .object(let g) = gold, p["unit"] == g["unit"] else { return false }
        guard let pv = p["value"]?.float, let gv = g["value"]?.float else { return false }
        return abs(pv - gv) <= 0.005 * max(abs(gv), 1e-9)
    }
}
