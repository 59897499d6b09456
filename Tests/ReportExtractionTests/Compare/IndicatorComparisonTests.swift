import Foundation
import Testing

@testable import ReportExtraction

/// An indicator's target and actual across places and years, matched through synonyms.
@Suite("Indicator comparison")
struct IndicatorComparisonTests {
    static let gdp = IndicatorList.find("GDP", in: IndicatorList.headline)!

    @Test("a subject names the indicator alone or after a place or scope, never inside a longer measure")
    func names() {
        #expect(Self.gdp.names("地区生产总值"))
        #expect(Self.gdp.names("国内生产总值"))
        #expect(Self.gdp.names("全区地区生产总值"))
        #expect(Self.gdp.names("玉泉区生产总值"))
        #expect(!Self.gdp.names("单位地区生产总值能耗"))
        #expect(!Self.gdp.names("人均地区生产总值"))
        #expect(!Self.gdp.names("第三产业增加值占地区生产总值比重"))
        // The unit itself, as county reports write it.
        #expect(Self.gdp.names("县域生产总值") && Self.gdp.names("地方生产总值"))
    }

    @Test("生产总值 is one subject, not 生产 of 总值")
    func outputIsOneWord() {
        let target = ReportExtractor.planQuantities("今年经济社会发展主要预期目标是：生产总值增长9%以上；一般公共预算收入增长6%。").first
        #expect(target?.subject == "生产总值" && target?.action == "增长" && target?.value == 9)
        #expect(ReportExtractor.reviewQuantities("全县生产总值完成56亿元。").first?.subject == "生产总值")
    }

    /// The 64 county reports as pasted from web pages: a plain search finds a GDP growth target
    /// in 39 or more of them and a dozen consecutive pairs whose review gives the figure.
    @Test("the county reports: a GDP target for most reports and an actual joined for the consecutive pairs")
    func counties() throws {
        let comparison = try Self.comparison(of: "counties")
        #expect(comparison.rows.filter { $0.target != nil }.count >= 45)
        #expect(comparison.rows.filter { $0.target != nil && $0.actual != nil }.count >= 15)
    }

    @Test("a report in unnumbered titled parts: the headline figures before the first numbered part count")
    func titledParts() {
        let figures = IndicatorFigures(
            reading: OutlineTests.titledBlocksReport.replacingOccurrences(of: "预计生产总值增长5%左右", with: "预计地区生产总值增长5%左右"),
            indicator: Self.gdp)
        #expect(figures.target?.value == 6 && figures.target?.comparator == .gte)
        #expect(figures.actual?.value == 5)
    }

    @Test("an office's list is read (header, synonyms split by 、), and a broken one refused with the line")
    func list() throws {
        let list = try IndicatorList.parse(csv: "\u{FEFF}名称,单位,同义词\n地区生产总值,%,生产总值、GDP\n\n城镇新增就业,人,新增城镇就业\n")
        #expect(list.map(\.name) == ["地区生产总值", "城镇新增就业"])
        #expect(IndicatorList.find("GDP", in: list)?.name == "地区生产总值")
        #expect(throws: IndicatorListError.badLine(2, "地区生产总值")) { try IndicatorList.parse(csv: "名称,单位\n地区生产总值\n") }
        #expect(throws: IndicatorListError.empty) { try IndicatorList.parse(csv: "名称,单位,同义词\n") }
    }

    /// Every report in a folder the tests carry, compared on GDP.
    static func comparison(of folder: String) throws -> IndicatorComparison {
        let url = Fixtures.directory.appendingPathComponent(folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".txt") }
        let figures = try files.map {
            IndicatorFigures(reading: try String(contentsOf: url.appendingPathComponent($0), encoding: .utf8), indicator: gdp)
        }
        return IndicatorComparison(indicator: gdp, figures: figures)
    }

    @Test("the national reports: each year's target beside the next report's actual")
    func national() throws {
        // act
        let comparison = try Self.comparison(of: "corpus")
        func row(_ year: Int) -> IndicatorComparison.Row? { comparison.rows.first { $0.year == year } }
        // check
        #expect(comparison.rows.allSatisfy { $0.jurisdiction == "中国" })
        #expect(row(2017)?.target?.value == 6.5 && row(2017)?.actual?.value == 6.9 && row(2017)?.outcome == .exceeded)
        #expect(row(2022)?.target?.value == 5.5 && row(2022)?.actual?.value == 3 && row(2022)?.outcome == .short)
        #expect(row(2023)?.outcome == .reached)
        #expect(row(2016)?.target?.valueMax == 7)  // 6.5%－7%, a range
        #expect(row(2019)?.actual == nil)  // no report of 2020 among them
        #expect(row(2025)?.target?.value == 5 && row(2025)?.actual == nil)
    }

    @Test("a place's figures pair up by year; another place stays apart")
    func places() {
        // setup
        func report(_ place: String, _ year: Int, review: String, plan: String) -> IndicatorFigures {
            IndicatorFigures(
                reading: "\(place)\(year)年政府工作报告\n一、\(year - 1)年工作回顾\n\(review)\n二、\(year)年工作安排\n\(plan)\n", indicator: Self.gdp)
        }
        let figures = [
            report("青石县", 2023, review: "全县地区生产总值增长4.1%。", plan: "地区生产总值增长6%左右。"),
            report("青石县", 2024, review: "全县地区生产总值增长6.3%，单位地区生产总值能耗下降3%。", plan: "地区生产总值增长6%左右。"),
            report("云江市", 2024, review: "全市地区生产总值增长5.2%。", plan: "地区生产总值增长5.5%。"),
        ]
        // act
        let rows = IndicatorComparison(indicator: Self.gdp, figures: figures).rows
        // check
        #expect(rows.map { "\($0.jurisdiction) \($0.year)" } == ["云江市 2023", "云江市 2024", "青石县 2022", "青石县 2023", "青石县 2024"])
        let qingshi2023 = rows.first { $0.jurisdiction == "青石县" && $0.year == 2023 }
        #expect(qingshi2023?.target?.value == 6 && qingshi2023?.actual?.value == 6.3 && qingshi2023?.outcome == .exceeded)
        #expect(rows.first { $0.jurisdiction == "云江市" && $0.year == 2023 }?.target == nil)
    }
}
