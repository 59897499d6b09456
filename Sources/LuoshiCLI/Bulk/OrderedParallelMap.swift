/// Runs `transform` on each input, up to `jobs` at a time, and hands the results to `deliver`
/// in input order as soon as each one's turn comes. At most `window` results are started but not
/// yet delivered, so memory holds a few files' results, not a corpus's.
func orderedParallelMap<Input: Sendable, Output: Sendable>(
    _ inputs: [Input], jobs: Int, window: Int,
    transform: @escaping @Sendable (Input) -> Output,
    deliver: (Int, Output) -> Void
) async {
    // One at a time is a plain loop: a child task per input cost two thread hand-offs each.
    guard jobs > 1 else {
        for (index, input) in inputs.enumerated() { deliver(index, transform(input)) }
        return
    }
    await withTaskGroup(of: (Int, Output).self) { group in
        var started = 0
        var delivered = 0
        var running = 0
        var ready: [Int: Output] = [:]
        func startMore() {
            while running < jobs, started < inputs.count, started - delivered < window {
                let index = started
                let input = inputs[index]
                group.addTask { (index, transform(input)) }
                started += 1
                running += 1
            }
        }
        startMore()
        while let (index, output) = await group.next() {
            running -= 1
            ready[index] = output
            while let next = ready.removeValue(forKey: delivered) {
                deliver(delivered, next)
                delivered += 1
            }
            startMore()
        }
    }
}
