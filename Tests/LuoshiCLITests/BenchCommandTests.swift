import Foundation
import Testing

/// `luoshi bench`: the figures docs/performance.md quotes come from this command.
@Suite("luoshi bench")
struct BenchCommandTests {
    @Test("whole-process runs are timed and count the records that luoshi extract wrote")
    func wholeProcess() throws {
        // act
        let result = try ExtractCommandTests.luoshi(["bench", "--iterations", "2", "--copies", "3", "--runs", "2"])
        // check
        #expect(result.status == 0, "\(result.error)")
        let lines = result.output.split(separator: "\n").map(String.init)
        let wholeProcess = lines.filter { $0.hasPrefix("whole process: luoshi extract --format jsonl --jobs 1 over 3 files") }
        #expect(wholeProcess.count == 1, "\(result.output)")
        // Three copies of the demo report: three times the records of one pass.
        let perPass = lines.first { $0.hasPrefix("file: ") }?.firstMatch(of: /([0-9]+) records a pass/).flatMap {
            Int($0.output.1)
        }
        let written = wholeProcess.first?.firstMatch(of: /([0-9]+) records out/).flatMap { Int($0.output.1) }
        #expect(perPass != nil && perPass! > 0)
        #expect(written == perPass.map { $0 * 3 })
        let speed = lines.first { $0.contains("fastest of 2 runs") }?.firstMatch(of: /([0-9.]+) MB\/s on 1 core/).flatMap {
            Double($0.output.1)
        }
        #expect(speed != nil && speed! > 0)
    }
}
