import Testing

/// The verdict scorer's rules on made-up records, so that a scorer bug cannot pass for accuracy.
@Suite("The verdict scorer")
struct VerdictScorerTests {
    static func record(_ json: String) throws -> VerdictScore.Record {
        try #require(try JSONValue.records(jsonLines: json).first)
    }

    static let gold = [
        #"{"type":"pair","plan":"a.txt","review":"b.txt"}"#,
        #"{"type":"verdict","target":{"kind":"quantity","start":10,"end":20,"quote":"新建口袋公园60处"},"outcome":"reached","actual":{"value":62,"unit":"处"},"evidence":{"start":100,"end":110,"quote":"建成口袋公园62处"}}"#,
        #"{"type":"verdict","target":{"kind":"task","start":30,"end":40,"quote":"建成县体育馆"},"outcome":"silent","actual":null,"evidence":null}"#,
        #"{"type":"verdict","target":{"kind":"task","start":50,"end":60,"quote":"持续扩大开放"},"outcome":"progress","actual":null,"evidence":{"start":200,"end":210,"quote":"开放水平提升"},"optional":true}"#,
    ]

    @Test("everything right scores 1; an optional record is not counted")
    func perfect() throws {
        // setup
        let gold = try Self.gold.map(Self.record)
        let predicted = try [
            #"{"type":"verdict","target":{"start":12,"end":20},"outcome":"reached","actual":{"value":62.2,"unit":"处"},"evidence":{"start":105,"end":108}}"#,
            #"{"type":"verdict","target":{"start":30,"end":40},"outcome":"silent","actual":null,"evidence":null}"#,
            #"{"type":"verdict","target":{"start":50,"end":60},"outcome":"silent","actual":null,"evidence":null}"#,
        ].map(Self.record)
        // act
        let score = VerdictScore(predicted: predicted, gold: gold)
        // check
        #expect(score.targets == 2)
        #expect(score.outcomeAccuracy == 1 && score.evidence == 1 && score.actual == 1 && score.silentPrecision == 1)
        #expect(score.misses.isEmpty)
    }

    @Test("a wrong outcome, evidence elsewhere, another unit and a false silence each count against")
    func wrong() throws {
        // setup
        let gold = try Self.gold.map(Self.record)
        let predicted = try [
            #"{"type":"verdict","target":{"start":10,"end":20},"outcome":"silent","actual":{"value":62,"unit":"个"},"evidence":{"start":300,"end":310}}"#,
            #"{"type":"verdict","target":{"start":0,"end":5},"outcome":"done"}"#,
        ].map(Self.record)
        // act
        let score = VerdictScore(predicted: predicted, gold: gold)
        // check
        #expect(score.coverage == 0.5)
        #expect(score.outcomeAccuracy == 0)
        #expect(score.evidence == 0)
        #expect(score.actual == 0)
        #expect(score.silentPrecision == 0)
        #expect(score.unmatchedPredictions == 1)
        #expect(score.misses.count == 2)
    }
}
