import Foundation

/// Precision, recall and F1 of extracted records against a hand-labelled gold file, by the
/// matching rules of `shared/spec/extraction.md` — the same rules as `shared/eval/score.py`, so
/// that the tests need nothing outside this repository. A test checks that the two agree.
struct ExtractionScore {
    struct PRF: Equatable {
        var precision: Double
        var recall: Double
        var f1: Double

        init(matched: Int, predicted: Int, gold: Int) {
            precision = predicted > 0 ? Double(matched) / Double(predicted) : (gold == 0 ? 1 : 0)
            recall = gold > 0 ? Double(matched) / Double(gold) : 1
            f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        }
    }

    var sections: PRF?
    var terms: PRF?
    var quantities: PRF?
    var tasks: PRF?
    /// Non-vague predicted tasks against the required gold tasks (`concrete_tasks` of score.py).
    var concreteTasks: PRF?
    /// Accuracy of `kind`, `comparator`, `subject` and `section` on matched required quantities.
    var quantityAttributes: [String: Double?] = [:]
    /// The share of the gold `meta` fields the prediction has right.
    var meta: Double?
    /// What was missed, added or got wrong, one line each (as `score.py --show-misses`).
    var misses: [String] = []

    /// The mean of the F1s that the gold labels.
    var overallF1: Double {
        let scores = [sections, terms, quantities, tasks].compactMap { $0?.f1 }
        return scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count)
    }

    typealias Record = [String: JSONValue]

    /// Scores `predicted` records against `gold` ones.
    init(predicted: [Record], gold: [Record]) {
        let scope = gold.first { $0[get: "type"] == .string("scope") } ?? [:]
        scoreSections(predicted, gold)
        scoreTerms(predicted, gold)
        scoreQuantities(predicted, gold, scope: Self.prefixes(scope[get: "quantities"]))
        scoreTasks(predicted, gold, scope: Self.prefixes(scope[get: "tasks"]))
        scoreMeta(predicted, gold)
    }

    // MARK: - record types

    private mutating func scoreSections(_ predicted: [Record], _ gold: [Record]) {
        func keys(_ records: [Record]) -> Set<[JSONValue]> {
            Set(records.filter { Self.type($0) == "section" }.map { [$0[get: "id"], .string(Self.squash($0[get: "title"]))] })
        }
        let (g, p) = (keys(gold), keys(predicted))
        guard !g.isEmpty else { return }
        sections = PRF(matched: g.intersection(p).count, predicted: p.count, gold: g.count)
        misses += g.subtracting(p).map { "section missed: \($0)" } + p.subtracting(g).map { "section extra: \($0)" }
    }

    private mutating func scoreTerms(_ predicted: [Record], _ gold: [Record]) {
        func keys(_ records: [Record]) -> Set<[String]> {
            Set(
                records.filter { Self.type($0) == "term" }.map {
                    [Self.squash($0[get: "term"]), Self.squash($0[get: "definition"])]
                })
        }
        let (g, p) = (keys(gold), keys(predicted))
        guard !g.isEmpty else { return }
        terms = PRF(matched: g.intersection(p).count, predicted: p.count, gold: g.count)
        misses += g.subtracting(p).map { "term missed: \($0[0])" } + p.subtracting(g).map { "term extra: \($0[0])" }
    }

    private mutating func scoreQuantities(_ predicted: [Record], _ gold: [Record], scope: [String]?) {
        let g = gold.filter { Self.type($0) == "quantity" && Self.inScope($0[get: "section"], scope) }
        let p = predicted.filter { Self.type($0) == "quantity" && Self.inScope($0[get: "section"], scope) }
        guard !g.isEmpty else { return }
        // Greedy one-to-one: equal value, range and unit; quotes sharing at least two characters.
        var candidates: [(optional: Bool, overlap: Int, gi: Int, pi: Int)] = []
        for (gi, gq) in g.enumerated() {
            for (pi, pq) in p.enumerated() where Self.sameKey(pq, gq) {
                let overlap = Self.sharedCharacters(pq[get: "quote"], gq[get: "quote"])
                if overlap >= 2 { candidates.append((gq[get: "optional"].isTruthy, overlap, gi, pi)) }
            }
        }
        candidates.sort { ($0.optional ? 1 : 0, -$0.overlap, $0.gi, $0.pi) < ($1.optional ? 1 : 0, -$1.overlap, $1.gi, $1.pi) }
        let pairs = Self.greedy(candidates.map { ($0.gi, $0.pi) })
        let matchedOptional = pairs.filter { g[$0.gold][get: "optional"].isTruthy }.count
        let required = g.filter { !$0[get: "optional"].isTruthy }.count
        quantities = PRF(matched: pairs.count - matchedOptional, predicted: p.count - matchedOptional, gold: required)

        let requiredPairs = pairs.filter { !g[$0.gold][get: "optional"].isTruthy }
        let checks: [(String, (Record, Record) -> Bool)] = [
            ("kind", { $0[get: "kind"] == $1[get: "kind"] }),
            ("comparator", { $0[get: "comparator"] == $1[get: "comparator"] }),
            ("subject", Self.subjectAgrees),
            ("section", { $0[get: "section"].pythonString == $1[get: "section"].pythonString }),
        ]
        for (name, check) in checks {
            let good = requiredPairs.filter { check(p[$0.predicted], g[$0.gold]) }.count
            quantityAttributes[name] = requiredPairs.isEmpty ? nil : Double(good) / Double(requiredPairs.count)
        }
        let hitGold = Set(pairs.map(\.gold)), hitPredicted = Set(pairs.map(\.predicted))
        for (gi, gq) in g.enumerated() where !hitGold.contains(gi) && !gq[get: "optional"].isTruthy {
            misses.append(
                "quantity missed: \(gq[get: "quote"].pythonString) = \(gq[get: "value"].pythonString) \(gq[get: "unit"].pythonString)"
            )
        }
        for (pi, pq) in p.enumerated() where !hitPredicted.contains(pi) {
            misses.append(
                "quantity extra: \(pq[get: "quote"].pythonString) = \(pq[get: "value"].pythonString) \(pq[get: "unit"].pythonString)"
            )
        }
    }

    private mutating func scoreTasks(_ predicted: [Record], _ gold: [Record], scope: [String]?) {
        let g = gold.filter { Self.type($0) == "task" }
        guard !g.isEmpty else { return }
        let p = predicted.filter { Self.type($0) == "task" && Self.inScope($0[get: "section"], scope) }
        // A gold quote inside a predicted task's text; required gold first, then the tightest fit.
        let texts = p.map { Self.squash($0[get: "text"].isTruthy ? $0[get: "text"] : $0[get: "quote"]) }
        var candidates: [(optional: Bool, slack: Int, gi: Int, pi: Int)] = []
        for (gi, gt) in g.enumerated() {
            let quote = Self.squash(gt[get: "quote"])
            guard !quote.isEmpty else { continue }
            for (pi, text) in texts.enumerated() where Self.contains(text, quote) {
                candidates.append((gt[get: "optional"].isTruthy, text.unicodeScalars.count - quote.unicodeScalars.count, gi, pi))
            }
        }
        candidates.sort { ($0.optional ? 1 : 0, $0.slack, $0.gi, $0.pi) < ($1.optional ? 1 : 0, $1.slack, $1.gi, $1.pi) }
        let pairs = Self.greedy(candidates.map { ($0.gi, $0.pi) })
        let optionalHits = pairs.filter { g[$0.gold][get: "optional"].isTruthy }.count
        let required = g.filter { !$0[get: "optional"].isTruthy }.count
        tasks = PRF(matched: pairs.count - optionalHits, predicted: p.count - optionalHits, gold: required)
        // What an office can check: a required task flagged vague is a miss, a borderline one costs nothing.
        let concrete = p.filter { !$0[get: "vague"].isTruthy }.count
        let concreteHits = pairs.filter { !g[$0.gold][get: "optional"].isTruthy && !p[$0.predicted][get: "vague"].isTruthy }.count
        let concreteOnOptional = pairs.filter { g[$0.gold][get: "optional"].isTruthy && !p[$0.predicted][get: "vague"].isTruthy }
            .count
        concreteTasks = PRF(matched: concreteHits, predicted: concrete - concreteOnOptional, gold: required)
        for pair in pairs where !g[pair.gold][get: "optional"].isTruthy && p[pair.predicted][get: "vague"].isTruthy {
            misses.append("task called vague: \(g[pair.gold][get: "quote"].pythonString)")
        }
        let hitGold = Set(pairs.map(\.gold)), hitPredicted = Set(pairs.map(\.predicted))
        for (gi, gt) in g.enumerated() where !hitGold.contains(gi) && !gt[get: "optional"].isTruthy {
            misses.append("task missed: \(gt[get: "quote"].pythonString)")
        }
        for (pi, pt) in p.enumerated() where !hitPredicted.contains(pi) {
            misses.append("task extra: \(pt[get: "text"].pythonString)")
        }
    }

    private mutating func scoreMeta(_ predicted: [Record], _ gold: [Record]) {
        guard let g = gold.first(where: { Self.type($0) == "meta" }) else { return }
        let p = predicted.first { Self.type($0) == "meta" }
        let fields = g.keys.filter { $0 != "type" }.sorted()
        guard !fields.isEmpty else { return }
        let wrong = fields.filter { field in
            guard let p else { return true }
            return Self.squash(.string(p[get: field].pythonString)) != Self.squash(.string(g[get: field].pythonString))
        }
        meta = Double(fields.count - wrong.count) / Double(fields.count)
        if let p { misses += wrong.map { "meta \($0): \(p[get: $0].pythonString) != \(g[get: $0].pythonString)" } }
    }

    // MARK: - the rules

    /// Text compared without whitespace and with one width of punctuation (as Unicode scalars,
    /// as Python compares strings).
    static func squash(_ value: JSONValue) -> String {
        guard value.isTruthy else { return "" }
        var scalars = String.UnicodeScalarView()
        for scalar in value.pythonString.unicodeScalars where !isPythonWhitespace(scalar) {
            scalars.append(halfWidth[scalar] ?? scalar)
        }
        return String(scalars)
    }

    private static let halfWidth: [Unicode.Scalar: Unicode.Scalar] = [
        "，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?",
    ]

    /// `\s` of Python's `re` on text: Unicode white space and the information separators.
    private static func isPythonWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value)
    }

    private static func type(_ record: Record) -> String? { record[get: "type"].string }

    private static func prefixes(_ value: JSONValue) -> [String]? {
        guard case .array(let items) = value else { return nil }
        return items.map(\.pythonString)
    }

    private static func inScope(_ section: JSONValue, _ prefixes: [String]?) -> Bool {
        guard let prefixes else { return true }
        let section = section.isTruthy ? section.pythonString : ""
        return prefixes.contains { section == $0 || section.hasPrefix($0 + ".") }
    }

    private static func sameNumber(_ x: JSONValue, _ y: JSONValue) -> Bool {
        if x == .null || y == .null { return x == .null && y == .null }
        guard let a = x.float, let b = y.float else { return false }
        return abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))
    }

    private static func sameKey(_ p: Record, _ g: Record) -> Bool {
        func unit(_ r: Record) -> String { r[get: "unit"].isTruthy ? r[get: "unit"].pythonString : "" }
        return sameNumber(p[get: "value"], g[get: "value"]) && sameNumber(p[get: "valueMax"], g[get: "valueMax"])
            && unit(p) == unit(g)
    }

    /// Python's `part in text`: a run of code points (found as a run of UTF-8 bytes, which is the same).
    static func contains(_ text: String, _ part: String) -> Bool {
        part.isEmpty || Array(text.utf8).firstRange(of: Array(part.utf8)) != nil
    }

    /// The length of the longest run of characters two quotes share (`score.py` takes the shorter
    /// length when one holds the other, which is the same number).
    static func sharedCharacters(_ x: JSONValue, _ y: JSONValue) -> Int {
        let a = Array(squash(x).unicodeScalars), b = Array(squash(y).unicodeScalars)
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var best = 0
        var previous = [Int](repeating: 0, count: b.count + 1)
        for i in 0..<a.count {
            var current = [Int](repeating: 0, count: b.count + 1)
            for j in 0..<b.count where a[i] == b[j] {
                current[j + 1] = previous[j] + 1
                best = max(best, current[j + 1])
            }
            previous = current
        }
        return best
    }

    private static func subjectAgrees(_ p: Record, _ g: Record) -> Bool {
        let a = squash(p[get: "subject"]), b = squash(g[get: "subject"])
        if a.isEmpty || b.isEmpty { return a == b }
        if contains(a, b) || contains(b, a) { return true }
        let x = Set(a.unicodeScalars), y = Set(b.unicodeScalars)
        return Double(x.intersection(y).count) / Double(x.union(y).count) >= 0.5
    }

    /// Takes candidate pairs in order, each gold and each predicted record once.
    private static func greedy(_ ordered: [(Int, Int)]) -> [(gold: Int, predicted: Int)] {
        var usedGold = Set<Int>(), usedPredicted = Set<Int>()
        var pairs: [(gold: Int, predicted: Int)] = []
        for (gi, pi) in ordered where !usedGold.contains(gi) && !usedPredicted.contains(pi) {
            usedGold.insert(gi)
            usedPredicted.insert(pi)
            pairs.append((gi, pi))
        }
        return pairs
    }
}
