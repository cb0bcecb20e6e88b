// Every message text raised by the value layer (operators, scalar functions,
// aggregates), in one place, each wrapped in the `QueryError` that carries it.
// Kinds and codes follow the openCypher TCK: type mistakes are
// `TypeError.InvalidArgumentType`, bad argument values are
// `…InvalidArgumentValue` / `ArgumentError.NumberOutOfRange`, and integer
// trouble is `ArithmeticError.IntegerOverflow` / `DivisionByZero`.

import SinergiGraph

/// Message texts and the runtime errors that carry them.
public enum ValueMessages {
    // MARK: Operators

    /// A binary operator applied to operand types it does not accept,
    /// e.g. "Cannot add INTEGER and BOOLEAN".
    ///
    /// - Complexity: O(1).
    public static func operandTypes(_ verb: String, _ lhs: Value, _ rhs: Value) -> QueryError {
        runtime(
            .typeError, .invalidArgumentType,
            "Cannot \(verb) \(lhs.typeName) and \(rhs.typeName)")
    }

    /// A unary operator applied to an operand type it does not accept, e.g. "Cannot negate STRING".
    ///
    /// - Complexity: O(1).
    public static func operandType(_ verb: String, _ operand: Value) -> QueryError {
        runtime(.typeError, .invalidArgumentType, "Cannot \(verb) \(operand.typeName)")
    }

    /// A boolean operator (`AND`, `OR`, `XOR`, `NOT`) given a non-boolean.
    ///
    /// - Complexity: O(1).
    public static func booleanExpected(_ operatorName: String, _ operand: Value) -> QueryError {
        runtime(
            .typeError, .invalidArgumentType,
            "\(operatorName) expects BOOLEAN operands, got \(operand.typeName)")
    }

    /// `IN` with a right-hand side that is not a list.
    ///
    /// - Complexity: O(1).
    public static func listExpected(_ operatorName: String, _ operand: Value) -> QueryError {
        runtime(
            .typeError, .invalidArgumentType,
            "\(operatorName) expects a LIST on the right, got \(operand.typeName)")
    }

    /// 64-bit integer overflow, e.g. "integer overflow: 9223372036854775807 + 1".
    ///
    /// - Complexity: O(1).
    public static func integerOverflow(_ expression: String) -> QueryError {
        runtime(.arithmeticError, .integerOverflow, "integer overflow: \(expression)")
    }

    /// Integer division or modulo by zero.
    ///
    /// - Complexity: O(1).
    public static func divisionByZero(_ expression: String) -> QueryError {
        runtime(.arithmeticError, .divisionByZero, "division by zero: \(expression)")
    }

    /// An invalid regular expression on the right of `=~`.
    ///
    /// - Complexity: O(1).
    public static func invalidRegex(_ pattern: String) -> QueryError {
        runtime(.argumentError, .invalidArgumentValue, "invalid regular expression '\(pattern)'")
    }

    // MARK: Functions

    /// A function name the table does not know (compile time).
    ///
    /// - Complexity: O(1).
    public static func unknownFunction(_ name: String) -> QueryError {
        QueryError(
            kind: .syntaxError, phase: .compileTime, code: .unknownFunction,
            message: "unknown function '\(name)'")
    }

    /// A function called with the wrong number of arguments (compile time).
    ///
    /// - Complexity: O(1).
    public static func wrongArity(_ name: String, expected: ClosedRange<Int>, got: Int) -> QueryError {
        let wanted: String
        if expected.lowerBound == expected.upperBound {
            wanted = "\(expected.lowerBound)"
        } else if expected.upperBound == Int.max {
            wanted = "at least \(expected.lowerBound)"
        } else {
            wanted = "\(expected.lowerBound) to \(expected.upperBound)"
        }
        let noun = wanted == "1" || wanted == "at least 1" ? "argument" : "arguments"
        return QueryError(
            kind: .syntaxError, phase: .compileTime, code: .invalidNumberOfArguments,
            message: "\(name)() takes \(wanted) \(noun), got \(got)")
    }

    /// A function argument of the wrong type, e.g. "toLower() expects STRING, got INTEGER".
    ///
    /// - Complexity: O(1).
    public static func argumentType(
        _ function: String, expected: String, got: Value, kind: QueryErrorKind = .typeError
    ) -> QueryError {
        runtime(kind, .invalidArgumentType, "\(function)() expects \(expected), got \(got.typeName)")
    }

    /// A function argument of a type the conversion cannot take,
    /// e.g. "toInteger() cannot convert LIST".
    ///
    /// - Complexity: O(1).
    public static func cannotConvert(_ function: String, _ value: Value) -> QueryError {
        runtime(.typeError, .invalidArgumentValue, "\(function)() cannot convert \(value.typeName)")
    }

    /// A function argument value outside the function's domain.
    ///
    /// - Complexity: O(1).
    public static func argumentValue(_ function: String, _ detail: String) -> QueryError {
        runtime(.argumentError, .invalidArgumentValue, "\(function)(): \(detail)")
    }

    /// A number outside the accepted range, e.g. a percentile above 1 or a range step of 0.
    ///
    /// - Complexity: O(1).
    public static func numberOutOfRange(_ function: String, _ detail: String) -> QueryError {
        runtime(.argumentError, .numberOutOfRange, "\(function)(): \(detail)")
    }

    // MARK: Helpers

    /// A runtime error of the given kind and code.
    ///
    /// - Complexity: O(1).
    static func runtime(_ kind: QueryErrorKind, _ code: QueryErrorCode, _ message: String) -> QueryError {
        QueryError(kind: kind, phase: .runtime, code: code, message: message)
    }
}
