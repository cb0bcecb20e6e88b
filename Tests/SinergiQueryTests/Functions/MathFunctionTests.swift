// abs, sign, round, floor, ceil, sqrt, exp, log, trigonometry, e, pi, rand (Mathematical9–17).

import Foundation
import SinergiGraph
import Testing

@testable import SinergiQuery

@Suite("Math functions")
struct MathFunctionTests {
    @Test("abs and sign keep INTEGER (Mathematical11)")
    func signs() throws {
        #expect(try callFunction("abs", [-1]) == 1)
        #expect(try callFunction("abs", [-1.5]) == 1.5)
        #expect(functionError("abs", [.int(.min)])?.code == .integerOverflow)
        #expect(try callFunction("sign", [-3]) == -1)
        #expect(try callFunction("sign", [0.5]) == 1)
        #expect(try callFunction("sign", [0]) == 0)
        #expect(try callFunction("abs", [nil]) == nil)
        #expect(functionError("abs", ["a"])?.code == .invalidArgumentType)
    }

    @Test("round: ties toward +∞ without precision, away from zero with it")
    func round() throws {
        #expect(try callFunction("round", [3.141592]) == 3.0)
        #expect(try callFunction("round", [-1.5]) == -1.0)
        #expect(try callFunction("round", [2.5]) == 3.0)
        #expect(try callFunction("round", [3]) == 3.0)
        #expect(try callFunction("round", [3.141592, 3]) == 3.142)
        #expect(try callFunction("round", [-1.55, 1]) == -1.6)
        #expect(try callFunction("round", [2.675, 2]) == 2.68)
        #expect(try callFunction("round", [-1.5, 0]) == -1.0)
        #expect(try callFunction("round", [1250, -2]) == 1300.0)
        #expect(try callFunction("round", [1.249, 1, "CEILING"]) == 1.3)
        #expect(try callFunction("round", [-1.25, 1, "FLOOR"]) == -1.3)
        #expect(try callFunction("round", [1.25, 1, "HALF_EVEN"]) == 1.2)
        #expect(try callFunction("round", [1.25, 1, "HALF_DOWN"]) == 1.2)
        #expect(try callFunction("round", [-1.25, 1, "HALF_DOWN"]) == -1.2)
        #expect(try callFunction("round", [1.21, 1, "UP"]) == 1.3)
        #expect(try callFunction("round", [-1.29, 1, "DOWN"]) == -1.2)
        #expect(try callFunction("round", [nil]) == nil)
        #expect(functionError("round", [1.5, 1, "SIDEWAYS"])?.code == .invalidArgumentValue)
    }

    @Test("FLOAT functions (Mathematical13–17)")
    func floats() throws {
        #expect(try callFunction("sqrt", [12.96]) == 3.6)
        #expect(try callFunction("floor", [1.7]) == 1.0)
        #expect(try callFunction("ceil", [1.2]) == 2.0)
        #expect(try callFunction("ceil", [1]) == 1.0)
        #expect(try callFunction("exp", [0]) == 1.0)
        #expect(try callFunction("log", [1]) == 0.0)
        #expect(try callFunction("log10", [1000]) == 3.0)
        #expect(try callFunction("log", [0]) == .double(-.infinity))
        #expect(try callFunction("e", []) == .double(M_E))
        #expect(try callFunction("pi", []) == .double(Double.pi))
        #expect(try callFunction("sin", [0]) == 0.0)
        #expect(try callFunction("cos", [0]) == 1.0)
        #expect(try callFunction("atan2", [0, 1]) == 0.0)
        #expect(try callFunction("degrees", [.double(Double.pi)]) == 180.0)
        #expect(try callFunction("radians", [180]) == .double(Double.pi))
        #expect(try callFunction("haversin", [0]) == 0.0)
        #expect(try callFunction("isNaN", [.double(.nan)]) == true)
        #expect(try callFunction("sqrt", [nil]) == nil)
    }

    @Test("rand is seeded and in [0, 1)")
    func rand() throws {
        var a = FunctionContext(graph: PropertyGraph(), seed: 7)
        var b = FunctionContext(graph: PropertyGraph(), seed: 7)
        for _ in 0..<100 {
            let x = try FunctionTable.call("rand", [], context: &a)
            #expect(x == (try FunctionTable.call("rand", [], context: &b)))
            let d = x.doubleValue ?? -1
            #expect(d >= 0 && d < 1)
        }
        var g = SplitMix64(seed: 0)
        #expect(g.next() == 0xE220_A839_7B1D_CDAF)
    }
}
