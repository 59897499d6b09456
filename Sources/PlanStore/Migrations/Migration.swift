import SQLKit

/// A step of the schema, named after what it does. Migrations are append-only: a shipped one
/// is never edited; a change is a new migration.
protocol Migration: Sendable {
    /// Sorts in the order the migrations apply (`0001_create_plan_tables`).
    var name: String { get }
    func apply(_ database: any SQLDatabase) async throws
}

/// Every migration, in order.
enum Migrations {
    static let all: [any Migration] = [
        CreatePlanTables(),
        CreateAllocationTables(),
        CreateProgressTables(),
        CreateAccessTables(),
        CreateVerdictTables(),
        CreateSupervisionTables(),
        AddInstructions(),
        CreateCirculars(),
        CreateRankingWeights(),
        CreateComments(),
        CreateChallengeAnswers(),
    ]
}

extension SQLDataType {
    /// 64-bit floating point on both engines (`.real` is 32-bit on PostgreSQL).
    static let double = SQLDataType.custom(SQLRaw("DOUBLE PRECISION"))
    static let boolean = SQLDataType.custom(SQLRaw("BOOLEAN"))
}
