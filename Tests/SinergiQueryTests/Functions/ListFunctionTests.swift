// size, head, last, tail, reverse, coalesce, isEmpty, range (List6–List11, String3).

import SinergiGraph
import Testing

@testable import SinergiQuery

@Suite("List functions")
struct ListFunctionTests {
    @Test("size, head, last, tail, reverse")
    func basics() throws {
        #expect(try callFunction("size", [[1, 2, 3]]) == 3)
        #expect(try callFunction("size", ["🧐ab"]) == 3)
        #expect(try callFunction("size", [nil]) == nil)
        #expect(try callFunction("head", [[1, 2]]) == 1)
        #expect(try callFunction("head", [[]]) == nil)
        #expect(try callFunction("last", [[1, 2]]) == 2)
        #expect(try callFunction("tail", [[1, 2, 3, 4, 5]]) == [2, 3, 4, 5])
        #expect(try callFunction("tail", [[]]) == [])
        #expect(try callFunction("reverse", ["raksO"]) == "Oskar")
        #expect(try callFunction("reverse", [[1, nil, "a"]]) == ["a", nil, 1])
        #expect(try callFunction("isEmpty", [[]]) == true)
        #expect(try callFunction("isEmpty", ["a"]) == false)
        #expect(functionError("size", [.path(PathValue(start: NodeID(0)))])?.code == .invalidArgumentType)
    }

    @Test("coalesce returns the first non-null argument")
    func coalesce() throws {
        #expect(try callFunction("coalesce", [nil, nil, 2, 3]) == 2)
        #expect(try callFunction("coalesce", [nil]) == nil)
        #expect(try callFunction("coalesce", ["x"]) == "x")
    }

    struct RangeCase: Sendable {
        let args: [Value]
        let expected: Value

        init(_ args: [Value], _ expected: Value) {
            self.args = args
            self.expected = expected
        }
    }

    static let rangeCases: [RangeCase] = [
        RangeCase([-1236, -1234], [-1236, -1235, -1234]),
        RangeCase([-1234, -1234], [-1234]),
        RangeCase([0, -123], []),
        RangeCase([0, 10], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        RangeCase([1381, -3412, -1298], [1381, 83, -1215, -2513]),
        RangeCase([0, -2000, -1298], [0, -1298]),
        RangeCase([10, -10, -3], [10, 7, 4, 1, -2, -5, -8]),
        RangeCase([0, 1, -123], []),
        RangeCase([0, 0, -1], [0]),
        RangeCase([0, 1, 2], [0]),
        RangeCase([-10, 10, 3], [-10, -7, -4, -1, 2, 5, 8]),
        RangeCase([-3412, 1381, 1298], [-3412, -2114, -816, 482]),
    ]

    @Test("range with default and explicit step (List11 [1], [2])", arguments: rangeCases)
    func range(c: RangeCase) throws {
        #expect(try callFunction("range", c.args) == c.expected)
    }

    @Test("range is empty exactly when direction and step disagree (List11 [3])")
    func rangeDirection() throws {
        for stop: Int64 in [1, 2, 500, 1000, 1500] {
            for step: Int64 in [-1000, -3, -2, -1, 1, 2, 3, 1000] {
                let list = try callFunction("range", [0, .int(stop), .int(step)])
                let empty = stop.signum() != step.signum()
                #expect((list == []) == empty)
            }
        }
    }

    @Test("range at the INTEGER limits does not overflow")
    func rangeLimits() throws {
        #expect(try callFunction("range", [.int(.max - 1), .int(.max)]) == [.int(.max - 1), .int(.max)])
        #expect(try callFunction("range", [.int(.min), .int(.max), .int(.max)]) == [.int(.min), -1, .int(.max - 1)])
        #expect(functionError("range", [0, .int(.max)])?.code == .numberOutOfRange)
    }

    static let zeroSteps: [[Value]] = [[0, 0, 0], [2, 8, 0], [-2, 8, 0], [2, -8, 0]]

    @Test("range step 0 is NumberOutOfRange (List11 [4])", arguments: zeroSteps)
    func rangeStepZero(args: [Value]) {
        let error = functionError("range", args)
        #expect(error?.kind == .argumentError)
        #expect(error?.code == .numberOutOfRange)
    }

    static let badRangeArguments: [[Value]] = [
        [true, 1, 1], [0, true, 1], [0, 1, true], [-1.1, 1, 1], [-0.0, 1, 1], [0.0, 1, 1], [0, 1.1, 1],
        [0, 1, 1.1], ["xyz", 1, 1], [0, "xyz", 1], [[0], 1, 1], [0, [1], 1], [["start": 0], 1, 1], [0, 1, ["step": 1]],
    ]

    @Test("range takes INTEGERs only (List11 [5])", arguments: badRangeArguments)
    func rangeTypes(args: [Value]) {
        let error = functionError("range", args)
        #expect(error?.kind == .argumentError)
        #expect(error?.code == .invalidArgumentType)
    }
}
