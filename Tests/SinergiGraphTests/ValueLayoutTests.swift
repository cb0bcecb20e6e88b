// The layout promise of `Value`'s doc comment: payloads inline, so a row of values
// is contiguous and making a value allocates nothing beyond its payload.

import SinergiGraph
import Testing

@Suite struct ValueLayoutTests {
    @Test func aValueFitsInThreeWords() {
        #expect(MemoryLayout<Value>.size <= 17)
        #expect(MemoryLayout<Value>.stride <= 24)
    }

    @Test func theBoxedTemporalCasesKeepTheirPayloads() throws {
        let d = try #require(CypherDuration(parsing: "P1Y2M3DT4H5M6.000000007S"))
        let v = Value.duration(d)
        #expect(v == .duration(d))
        #expect(v.hashValue == Value.duration(d).hashValue)
    }
}
