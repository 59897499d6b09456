import SQLKit

/// Every answer given to a comment form's challenge, right or wrong: a form takes one answer,
/// and wrong answers are counted per sender.
struct CreateChallengeAnswers: Migration {
    let name = "0011_create_challenge_answers"

    func apply(_ database: any SQLDatabase) async throws {
        try await database.create(table: "challenge_answers")
            .column("nonce", type: .text, .primaryKey(autoIncrement: false))
            .column("client_key", type: .text, .notNull)
            .column("correct", type: .boolean, .notNull)
            .column("answered_at", type: .text, .notNull)
            .run()
        try await database.create(index: "challenge_answers_by_client").on("challenge_answers").column("client_key").column(
            "answered_at"
        ).run()
    }
}
