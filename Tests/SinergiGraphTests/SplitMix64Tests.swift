// The shared seeded generator: its reference sequence (from an independent Python
// implementation) and the range of its doubles.
import SinergiGraph
import Testing

@Suite struct SplitMix64Tests {
    @Test("SplitMix64 matches the reference sequence for seed 0")
    func referenceSequence() {
        var g = SplitMix64(seed: 0)
        #expect(
            [g.next(), g.next(), g.next()] == [
                16_294_208_416_658_607_535, 7_960_286_522_194_355_700, 487_617_019_471_545_679,
            ])
    }

    @Test func doublesLieInTheUnitInterval() {
        var g = SplitMix64(seed: 9)
        var sum = 0.0
        for _ in 0..<10_000 {
            let x = g.nextDouble()
            #expect(x >= 0 && x < 1)
            sum += x
        }
        #expect(abs(sum / 10_000 - 0.5) < 0.02)
    }
}
