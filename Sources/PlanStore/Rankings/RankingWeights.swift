/// How much each measure counts in a department's year-end score (考核), in points; the office
/// sets them per plan. A measure a department has nothing to be judged on (no instruction, say)
/// drops out, and the others share its weight.
public struct RankingWeights: Sendable, Equatable, Codable {
    /// 按时报送: monthly reports filed by the report day.
    public var onTimeReports: Int
    /// 按期完成: tasks done by their deadline.
    public var doneOnTime: Int
    /// 红灯天数: the share of task-days not red.
    public var redDays: Int
    /// 批示办理: instructions answered by their date.
    public var instructions: Int

    public init(onTimeReports: Int = 30, doneOnTime: Int = 30, redDays: Int = 25, instructions: Int = 15) {
        self.onTimeReports = onTimeReports
        self.doneOnTime = doneOnTime
        self.redDays = redDays
        self.instructions = instructions
    }

    var all: [Int] { [onTimeReports, doneOnTime, redDays, instructions] }

    /// Each weight 0–100 and not all zero, or a message saying which is wrong.
    func validate() throws(StoreError) {
        guard all.allSatisfy({ (0...100).contains($0) }) else {
            throw .invalid("每项权重应在 0–100 之间。 Each weight is 0–100.")
        }
        guard all.contains(where: { $0 > 0 }) else {
            throw .invalid("权重不能全为 0。 At least one weight must be above 0.")
        }
    }
}
