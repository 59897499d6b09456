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

extension Pages {
    func compare(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try context.requireViewer { $0.readsWholePlan }
        let strings = context.language.strings
        let list = settings.indicators
        let asked = request.uri.queryParameters["indicator"].map(String.init) ?? list[0].name
        guard let indicator = IndicatorList.find(asked, in: list) else {
            throw AppError.invalid("指标表中没有“\(asked)”。 No indicator \(asked) in the list.")
        }
        let revision = await store.writeCount
        // Every report is read again only when the store changed: the table is kept per revision.
        let comparison = try await comparisons.comparison(indicator, revision: revision) { [store] in
            let texts = try await store.latestReportTexts()
            return await withTaskGroup(of: (Int, IndicatorFigures).self) { group in
                for (index, text) in texts.enumerated() {
                    group.addTask {
                        var figure = IndicatorFigures(reading: text.text, indicator: indicator)
                        figure.jurisdiction = text.jurisdiction
                        figure.planYear = text.planYear
                        return (index, figure)
                    }
                }
                var figures: [(Int, IndicatorFigures)] = []
                for await figure in group { figures.append(figure) }
                return IndicatorComparison(indicator: indicator, figures: figures.sorted { $0.0 < $1.0 }.map(\.1))
            }
        }
        let unit = indicator.unit
        let model = CompareModel(
            indicator: indicator.name, unit: unit, synonyms: indicator.synonyms.filter { $0 != indicator.name }.joined(separator: "、"),
            options: list.map { .init(value: $0.name, label: "\($0.name)（\($0.unit)）", selected: $0.name == indicator.name) },
            rows: comparison.rows.map { row in
                CompareModel.Row(
                    jurisdiction: row.jurisdiction, year: row.year,
                    target: row.target.map { Format.number($0.value) + ($0.valueMax.map { "–" + Format.number($0) } ?? "") + unit } ?? "—",
                    actual: row.actual.map { Format.number($0.value) + unit } ?? "—", outcome: row.outcome?.rawValue,
                    outcomeLabel: row.outcome.map { strings["outcome_" + $0.rawValue] ?? $0.label },
                    targetQuote: row.target?.quote ?? "", actualQuote: row.actual?.quote ?? "")
            },
            chart: ComparisonChart.svg(comparison), empty: comparison.rows.isEmpty)
        return renderer.page("compare", title: strings["compare"]!, model: model, request: request, context: context)
    }
}

/// Comparisons kept until the store changes (reading every report costs seconds on a large store).
actor Comparisons {
    private var kept: [String: (revision: Int, comparison: IndicatorComparison)] = [:]

    func comparison(
        _ indicator: Indicator, revision: Int, build: @Sendable () async throws -> IndicatorComparison
    ) async throws -> IndicatorComparison {
        let key = indicator.name + "|" + indicator.unit + "|" + indicator.synonyms.joined(separator: "、")
        if let entry = kept[key], entry.revision == revision { return entry.comparison }
        let comparison = try await build()
        kept[key] = (revision, comparison)
        return comparison
    }
}
