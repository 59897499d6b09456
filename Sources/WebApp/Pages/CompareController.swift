import Documents
import Foundation
import Hummingbird
import PlanStore
import ReportExtraction

/// An indicator's targets and actuals across every place and year in the store, as a table
/// and a chart drawn by the server.
struct CompareModel {
    /// A choice of a select or a link list (the task list's).
    typealias Option = TaskListModel.Option

    struct Row {
        let jurisdiction: String
        let year: Int
        let target: String
        let actual: String
        let outcome: String?
        let outcomeLabel: String?
        let targetQuote: String
        let actualQuote: String
    }

    let indicator: String
    let unit: String
    let synonyms: String
    let options: [Option]
    let rows: [Row]
    let chart: String
    let empty: Bool
}

/// Years and places compared.
struct CompareController: PageController {
    let services: PageServices
    static let path = "compare"

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get { request, context in try await compare(request, context) }
        return routes
    }

    func compare(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try context.requireViewer { $0.readsWholePlan }
        let strings = context.language.strings
        let list = settings.indicators
        let asked = request.uri.queryParameters["indicator"].map(String.init) ?? list[0].name
        guard let indicator = IndicatorList.find(asked, in: list) else {
            throw AppError.invalid("指标表中没有“\(asked)”。 No indicator \(asked) in the list.")
        }
        // Reading every report costs seconds on a large store: the page is kept per revision
        // of the store, which also moves when another process imports a report.
        let key =
            "compare|\(indicator.name)|\(indicator.unit)|\(indicator.synonyms.joined(separator: "、"))|\(context.language.rawValue)"
        let content = try await cache.content(key, revision: try await snapshots.revision()) { [store, renderer] in
            let comparison = await IndicatorComparison(indicator: indicator, reading: try await store.latestReportTexts())
            let unit = indicator.unit
            let model = CompareModel(
                indicator: indicator.name, unit: unit,
                synonyms: indicator.synonyms.filter { $0 != indicator.name }.joined(separator: "、"),
                options: list.map { .init(value: $0.name, label: "\($0.name)（\($0.unit)）", selected: $0.name == indicator.name) },
                rows: comparison.rows.map { row in
                    CompareModel.Row(
                        jurisdiction: row.jurisdiction, year: row.year,
                        target: row.target.map {
                            Format.number($0.value) + ($0.valueMax.map { "–" + Format.number($0) } ?? "") + unit
                        } ?? "—",
                        actual: row.actual.map { Format.number($0.value) + unit } ?? "—", outcome: row.outcome?.rawValue,
                        outcomeLabel: row.outcome.map { strings["outcome_" + $0.rawValue] ?? $0.label },
                        targetQuote: row.target?.quote ?? "", actualQuote: row.actual?.quote ?? "")
                },
                chart: ComparisonChart.svg(comparison), empty: comparison.rows.isEmpty)
            return renderer.content("compare", model: model, context: context)
        }
        return renderer.page(content: content, title: strings["compare"]!, request: request, context: context)
    }
}

extension IndicatorComparison {
    /// The comparison over the store's reports, read on every core; each keeps the place and
    /// year the store knows it by.
    init(indicator: Indicator, reading texts: [ReportText]) async {
        let figures = await withTaskGroup(of: (Int, IndicatorFigures).self) { group in
            for (index, text) in texts.enumerated() {
                group.addTask {
                    (
                        index,
                        IndicatorFigures(
                            reading: text.text, indicator: indicator, jurisdiction: text.jurisdiction, planYear: text.planYear)
                    )
                }
            }
            var figures: [(Int, IndicatorFigures)] = []
            for await figure in group { figures.append(figure) }
            return figures.sorted { $0.0 < $1.0 }.map(\.1)
        }
        self.init(indicator: indicator, figures: figures)
    }
}
