// The table itself: case-insensitive lookup, arity checks, unknown names.

import SinergiGraph
import Testing

@testable import SinergiQuery

@Suite("FunctionTable")
struct FunctionTableTests {
    @Test("names are case-insensitive")
    func caseInsensitive() throws {
        #expect(FunctionTable.isKnown("toUpper"))
        #expect(FunctionTable.isKnown("TOUPPER"))
        #expect(try callFunction("ToUpPeR", ["abc"]) == "ABC")
        #expect(FunctionTable.lookup("rAnGe")?.name == "range")
        #expect(!FunctionTable.isKnown("foo"))
        #expect(!FunctionTable.isKnown("count"))
    }

    @Test("unknown functions and wrong arity are compile-time syntax errors")
    func validation() {
        do {
            try FunctionTable.validate("foo", argumentCount: 1)
            Issue.record("expected UnknownFunction")
        } catch {
            #expect(error.code == .unknownFunction)
            #expect(error.phase == .compileTime)
        }
        do {
            try FunctionTable.validate("toUpper", argumentCount: 2)
            Issue.record("expected InvalidNumberOfArguments")
        } catch {
            #expect(error.kind == .syntaxError)
            #expect(error.code == .invalidNumberOfArguments)
            #expect(error.message == "toUpper() takes 1 argument, got 2")
        }
        #expect(throws: QueryError.self) { try FunctionTable.validate("coalesce", argumentCount: 0) }
        #expect(throws: Never.self) { try FunctionTable.validate("coalesce", argumentCount: 5) }
        #expect(FunctionTable.arity(of: "range") == 2...3)
        #expect(functionError("substring", ["a"])?.code == .invalidNumberOfArguments)
    }

    @Test("the deterministic flag marks rand, date and timestamp")
    func determinism() {
        #expect(FunctionTable.lookup("rand")?.isDeterministic == false)
        #expect(FunctionTable.lookup("timestamp")?.isDeterministic == false)
        #expect(FunctionTable.lookup("abs")?.isDeterministic == true)
        #expect(FunctionTable.names.contains("toInteger"))
    }
}
