// Arithmetic operators: types, overflow, division semantics and concatenation.

import SinergiGraph
import Testing

@testable import SinergiQuery

@Suite("Arithmetic")
struct ArithmeticTests {
    @Test("INTEGER stays INTEGER, mixing gives FLOAT (Mathematical2, Mathematical8)")
    func types() throws {
        #expect(try Arithmetic.add(99, 5) == 104)
        #expect(try Arithmetic.add(1, 2.5) == 3.5)
        #expect(try Arithmetic.subtract(1.5, 1) == 0.5)
        #expect(try Arithmetic.multiply(3, 4) == 12)
        // 12 / 4 * 3 - 2 * 4 = 1 and 12 / 4 * (3 - 2 * 4) = -15
        let a = try Arithmetic.subtract(
            try Arithmetic.multiply(try Arithmetic.divide(12, 4), 3), try Arithmetic.multiply(2, 4))
        #expect(a == 1)
        let b = try Arithmetic.multiply(
            try Arithmetic.divide(12, 4), try Arithmetic.subtract(3, try Arithmetic.multiply(2, 4)))
        #expect(b == -15)
    }

    @Test("integer division and modulo truncate toward zero")
    func division() throws {
        #expect(try Arithmetic.divide(7, 2) == 3)
        #expect(try Arithmetic.divide(-7, 2) == -3)
        #expect(try Arithmetic.divide(7, -2) == -3)
        #expect(try Arithmetic.modulo(7, 3) == 1)
        #expect(try Arithmetic.modulo(-7, 3) == -1)
        #expect(try Arithmetic.modulo(.int(.min), -1) == 0)
        #expect(try Arithmetic.modulo(7.5, 2) == 1.5)
        #expect(try Arithmetic.divide(1, 2.0) == 0.5)
    }

    @Test("integer division by zero throws; FLOAT division gives Infinity or NaN")
    func divisionByZero() throws {
        #expect(throws: QueryError.self) { try Arithmetic.divide(1, 0) }
        do {
            _ = try Arithmetic.modulo(1, 0)
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .arithmeticError)
            #expect(error.code == .divisionByZero)
        }
        #expect(try Arithmetic.divide(1.0, 0) == .double(.infinity))
        #expect(try Arithmetic.divide(-1, 0.0) == .double(-.infinity))
        let nan = try Arithmetic.divide(0.0, 0.0)
        #expect(nan.doubleValue?.isNaN == true)
    }

    func expectOverflow(_ body: () throws -> Value) {
        do {
            _ = try body()
            Issue.record("expected an overflow")
        } catch let error as QueryError {
            #expect(error.kind == .arithmeticError)
            #expect(error.code == .integerOverflow)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("overflow is an ArithmeticError, never a wrap")
    func overflow() {
        expectOverflow { try Arithmetic.add(.int(.max), 1) }
        expectOverflow { try Arithmetic.subtract(.int(.min), 1) }
        expectOverflow { try Arithmetic.multiply(.int(.max), 2) }
        expectOverflow { try Arithmetic.divide(.int(.min), -1) }
        expectOverflow { try Arithmetic.negate(.int(.min)) }
    }

    @Test("power is always FLOAT")
    func power() throws {
        #expect(try Arithmetic.power(2, 3) == 8.0)
        #expect(try Arithmetic.power(4, 0.5) == 2.0)
        #expect(try Arithmetic.power(2, -1) == 0.5)
    }

    @Test("+ concatenates strings and lists (List4)")
    func concatenation() throws {
        #expect(try Arithmetic.add("nam", "e") == "name")
        #expect(try Arithmetic.add("a", 1) == "a1")
        #expect(try Arithmetic.add(1.5, "a") == "1.5a")
        #expect(try Arithmetic.add([1, 10, 100], [4, 5]) == [1, 10, 100, 4, 5])
        #expect(try Arithmetic.add([false, true], false) == [false, true, false])
        #expect(try Arithmetic.add(0, [1]) == [0, 1])
        #expect(try Arithmetic.add([[]], [[]]) == [[], []])
    }

    @Test("null in, null out")
    func null() throws {
        #expect(try Arithmetic.add(nil, 1) == nil)
        #expect(try Arithmetic.add([1], nil) == nil)
        #expect(try Arithmetic.divide(1, nil) == nil)
        #expect(try Arithmetic.power(nil, nil) == nil)
        #expect(try Arithmetic.negate(0.0).doubleValue?.sign == .plus)
        #expect(try Arithmetic.negate(1.5) == -1.5)
        #expect(try Arithmetic.negate(nil) == nil)
    }

    @Test("wrong types are a TypeError naming the operation and the types")
    func typeErrors() {
        do {
            _ = try Arithmetic.add(1, true)
            Issue.record("expected a type error")
        } catch {
            #expect(error.kind == .typeError)
            #expect(error.code == .invalidArgumentType)
            #expect(error.message == "Cannot add INTEGER and BOOLEAN")
        }
        #expect(throws: QueryError.self) { try Arithmetic.subtract("a", 1) }
        #expect(throws: QueryError.self) { try Arithmetic.multiply([1], 2) }
        #expect(throws: QueryError.self) { try Arithmetic.negate("a") }
        #expect(throws: QueryError.self) { try Arithmetic.add(["a": 1], 1) }
    }
}
