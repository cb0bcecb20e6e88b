// Tests for expression parsing: openCypher precedence and associativity,
// chained comparisons, folded negative literals, postfix forms and every
// compound expression form, checked through an S-expression rendering.

import Testing

@testable import SinergiQuery

@Suite("Parser: expressions")
struct ParserExpressionTests {
    @Test(
        "precedence and associativity",
        arguments: [
            ("1 + 2 * 3", "(+ 1 (* 2 3))"),
            ("(1 + 2) * 3", "(* (+ 1 2) 3)"),
            ("1 - 2 - 3", "(- (- 1 2) 3)"),
            ("2 ^ 3 ^ 2", "(^ (^ 2 3) 2)"),
            ("-2 ^ 2", "(^ -2 2)"),
            ("-a ^ 2", "(^ (- a) 2)"),
            ("2 * 3 ^ 2", "(* 2 (^ 3 2))"),
            ("6 % 4 / 2", "(/ (% 6 4) 2)"),
            ("a OR b XOR c AND NOT d", "(OR a (XOR b (AND c (NOT d))))"),
            ("NOT a = b", "(NOT (= a b))"),
            ("NOT NOT a", "(NOT (NOT a))"),
            ("a = b AND c", "(AND (= a b) c)"),
            ("a < b < c", "(AND (< a b) (< b c))"),
            ("a <= b > c = d", "(AND (AND (<= a b) (> b c)) (= c d))"),
            ("a <> b", "(<> a b)"),
            ("a != b", "(<> a b)"),
            ("a + 1 IN l", "(IN (+ a 1) l)"),
            ("a IN l = true", "(= (IN a l) true)"),
            ("x STARTS WITH 'a' + 'b'", "(STARTS WITH x (+ 'a' 'b'))"),
            ("x ENDS WITH y", "(ENDS WITH x y)"),
            ("x CONTAINS y OR z", "(OR (CONTAINS x y) z)"),
            ("x =~ 'a.*'", "(=~ x 'a.*')"),
            ("a + b IS NULL", "(isnull (+ a b))"),
            ("a IS NOT NULL = true", "(= (notnull a) true)"),
            ("- - 1", "(- -1)"),
            ("+1", "(+ 1)"),
            ("1 - -1", "(- 1 -1)"),
        ])
    func precedence(source: String, expected: String) {
        #expect(syntaxRender(source) == expected)
    }

    @Test(
        "literals",
        arguments: [
            ("-9223372036854775808", "-9223372036854775808"),
            ("9223372036854775807", "9223372036854775807"),
            ("-0x8000000000000000", "-9223372036854775808"),
            ("0o777", "511"),
            ("1e3", "1000.0"),
            ("-.5", "-0.5"),
            ("'it''s'", "error: UnexpectedSyntax"),
            ("\"a\"", "'a'"),
            ("TRUE", "true"),
            ("null", "null"),
            ("[1, [2], {}]", "[1 [2] {}]"),
            ("{a: 1, `b c`: 'x', match: 2}", "{a: 1, b c: 'x', match: 2}"),
            ("$p", "$p"),
            ("$0", "$0"),
            ("9223372036854775808", "error: IntegerOverflow"),
            ("-9223372036854775809", "error: IntegerOverflow"),
            ("1e999", "error: FloatingPointOverflow"),
        ])
    func literals(source: String, expected: String) {
        #expect(syntaxRender(source) == expected)
    }

    @Test(
        "postfix forms",
        arguments: [
            ("n.name", "(. n name)"),
            ("n.`a b`.c", "(. (. n a b) c)"),
            ("l[0]", "(idx l 0)"),
            ("l[1..3]", "(slice l 1 3)"),
            ("l[..2]", "(slice l _ 2)"),
            ("l[1..]", "(slice l 1 _)"),
            ("m['k'][0].x", "(. (idx (idx m 'k') 0) x)"),
            ("n:A", "(: n A)"),
            ("n:A:B AND m:C", "(AND (: n A B) (: m C))"),
            ("(n).name", "(. n name)"),
            ("n {.name, .*, k: 1 + 1, v}", "(proj n .name, .*, k: (+ 1 1), v)"),
        ])
    func postfix(source: String, expected: String) {
        #expect(syntaxRender(source) == expected)
    }

    @Test(
        "calls and compound forms",
        arguments: [
            ("count(*)", "(count *)"),
            ("COUNT(DISTINCT n.x)", "(COUNT distinct (. n x))"),
            ("date('2020-01-01')", "(date '2020-01-01')"),
            ("sinergi.reach(a, 2)", "(sinergi.reach a 2)"),
            ("rand()", "(rand )"),
            ("CASE x WHEN 1 THEN 'a' WHEN 2 THEN 'b' ELSE 'c' END", "(case x (1 'a') (2 'b') 'c')"),
            ("CASE WHEN a > 1 THEN 1 END", "(case _ ((> a 1) 1) _)"),
            ("[x IN l WHERE x > 1 | x * 2]", "(listcomp x l (> x 1) (* x 2))"),
            ("[x IN l]", "(listcomp x l _ _)"),
            ("[x IN l | x.a]", "(listcomp x l _ (. x a))"),
            ("[p = (a)-->(b) WHERE b.x | b]", "(patcomp p 1 (. b x) b)"),
            ("[(a)-[:T]->()<--(c) | c]", "(patcomp _ 2 _ c)"),
            ("[(1), (2)]", "[1 2]"),
            ("(a)-[:T*1..3]->(b)", "(pattern 1)"),
            ("NOT (a)--()", "(NOT (pattern 1))"),
            ("(a) < -(b)", "(< a (- b))"),
            ("exists((a)-->())", "(exists (pattern 1))"),
            ("exists(n.prop)", "(exists (. n prop))"),
            ("EXISTS { MATCH (n)-->(m) RETURN m }", "(exists-query 2)"),
            ("EXISTS { (n)-->(m) WHERE m.x = 1 }", "(exists-pattern 1 (= (. m x) 1))"),
            ("all(x IN l WHERE x > 0)", "(all x l (> x 0))"),
            ("none(x IN l WHERE x)", "(none x l x)"),
            ("single(x IN [1] WHERE true)", "(single x [1] true)"),
            ("any(x IN l WHERE x)", "(any x l x)"),
            ("reduce(acc = 0, x IN l | acc + x)", "(reduce acc 0 x l (+ acc x))"),
        ])
    func compound(source: String, expected: String) {
        #expect(syntaxRender(source) == expected)
    }

    @Test("spans cover the whole expression")
    func spans() throws {
        let (source, at) = syntaxMarkers("⟨a⟩n.name ⟨b⟩+ ⟨c⟩f(1)⟨d⟩")
        let e = try Parser.parseExpression(source)
        #expect(e.span.start == at["a"])
        #expect(e.span.end == at["d"])
        guard case .binary(.add, let lhs, let rhs) = e.kind else {
            Issue.record("expected an addition")
            return
        }
        #expect(lhs.span.start == at["a"])
        #expect(rhs.span.start == at["c"])
        #expect(at["b"] != nil)
    }

    @Test("nesting beyond the limit is an error, not a crash")
    func deepNesting() {
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        #expect(syntaxRender(deep) == "error: UnexpectedSyntax")
        let ok = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        #expect(!syntaxRender(ok).hasPrefix("error"))
        let chain = (0..<5000).map { _ in "1" }.joined(separator: " + ")
        #expect(syntaxRender(chain) == "error: UnexpectedSyntax")
        let shortChain = (0..<100).map { _ in "a.b" }.joined(separator: " OR ")
        #expect(!syntaxRender(shortChain).hasPrefix("error"))
        let properties = "n" + String(repeating: ".p", count: 5000)
        #expect(syntaxRender(properties) == "error: UnexpectedSyntax")
        let minus = String(repeating: "- ", count: 5000) + "1"
        #expect(syntaxRender(minus) == "error: UnexpectedSyntax")
    }
}
