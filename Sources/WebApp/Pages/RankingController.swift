import Documents
import Foundation
import Hummingbird
import PlanActions
import PlanStore

/// 考核: the lead departments ranked on the plan so far, with each measure's counts, and the
/// office's weights; the same table as a workbook.
struct RankingsModel {
    struct Row {
        let rank: Int
        let department: String
        let leadTasks: Int
        let reports: String
        let reportsScore: String
        let doneOnTime: String
        let doneScore: String
        let redDays: String
        let redScore: String
        let instructions: String
        let instructionsScore: String
        let total: String
        let podium: Bool
    }

    let planYear: Int
    let asOf: String
    let weights: RankingWeights
    let rows: [Row]
    let mayEdit: Bool
    let message: String?
}

/// Departments ranked (考核): the page, the office's weights, the workbook.
struct RankingController: PageController {
    let services: PageServices
    static let path = "rankings"

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get { request, context in try await rankings(request, context) }
        routes.post("weights") { request, context in try await saveRankingWeights(request, context) }
        routes.get("export.xlsx") { request, context in try await rankingsExport(request, context, xlsx: true) }
        routes.get("export.csv") { request, context in try await rankingsExport(request, context, xlsx: false) }
        return routes
    }

    func rankings(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer { $0.readsWholePlan }
        let plan = try await snapshot(for: viewer, request: request)
        let ranking = try await store.ranking(
            jurisdiction: viewer.user.jurisdiction, planYear: plan.planYear, asOf: try Pages.asOf(request) ?? .today)
        let strings = context.language.strings
        func ratio(_ count: Int, _ of: Int) -> String { of > 0 ? "\(count)/\(of)" : "" }
        func score(_ value: Double?) -> String { value.map { AllocationTable.Cell.number($0).text } ?? "—" }
        let model = RankingsModel(
            planYear: plan.planYear, asOf: ranking.asOf, weights: ranking.weights,
            rows: ranking.rows.map { row in
                .init(
                    rank: row.rank, department: row.department, leadTasks: row.leadTasks,
                    reports: ratio(row.reports.count, row.reports.of), reportsScore: score(row.reports.score),
                    doneOnTime: ratio(row.doneOnTime.count, row.doneOnTime.of), doneScore: score(row.doneOnTime.score),
                    redDays: ratio(row.redDays, row.taskDays), redScore: score(row.redScore),
                    instructions: ratio(row.instructions.count, row.instructions.of),
                    instructionsScore: score(row.instructions.score),
                    total: score(row.total), podium: row.rank <= 3 && row.total != nil)
            },
            mayEdit: viewer.isOffice,
            message: request.uri.queryParameters["done"].flatMap { strings["ranking_done_" + String($0)] })
        return renderer.page("rankings", title: strings["rankings"]!, model: model, request: request, context: context)
    }

    /// The office sets the weights of the plan's ranking.
    func saveRankingWeights(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let form = try await FormFields.read(request, context: context)
        try form.checkCSRF(viewer)
        let plan = try await snapshot(for: viewer, request: request)
        let weights = RankingWeights(
            onTimeReports: try form.requiredInteger("on_time_reports", label: "按时报送权重 on-time reports"),
            doneOnTime: try form.requiredInteger("done_on_time", label: "按期完成权重 done on time"),
            redDays: try form.requiredInteger("red_days", label: "红灯天数权重 red days"),
            instructions: try form.requiredInteger("instructions", label: "批示办理权重 instructions"))
        try await SupervisionActions(store: store).setRankingWeights(weights, planYear: plan.planYear, by: viewer.acting)
        return Response(status: .seeOther, headers: [.location: "/rankings?done=weights"])
    }

    func rankingsExport(_ request: Request, _ context: AppRequestContext, xlsx: Bool) async throws -> Response {
        let viewer = try context.requireViewer { $0.readsWholePlan }
        let plan = try await snapshot(for: viewer, request: request)
        let ranking = try await store.ranking(
            jurisdiction: viewer.user.jurisdiction, planYear: plan.planYear, asOf: try Pages.asOf(request) ?? .today)
        let table = RankingTable(ranking)
        return try Pages.download(
            name: "\(viewer.user.jurisdiction)\(plan.planYear)年考核排名", xlsx: xlsx, csv: table.csv, writeXLSX: table.writeXLSX)
    }
}
