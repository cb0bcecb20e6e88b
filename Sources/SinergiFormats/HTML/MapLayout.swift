// Where Graphviz put every node of a diagram: read from its plain output (`-Tplain`), in
// points with the origin at the top left, as the HTML map draws them. The map is laid out
// once, before it is written, so even a large network opens at once in the browser.

/// Node positions and sizes from Graphviz's plain output.
public struct MapLayout: Hashable, Sendable {
    /// The centre and size of one node, in points (1/72 inch), y growing downwards.
    public struct Box: Hashable, Sendable {
        public var x: Double
        public var y: Double
        public var width: Double
        public var height: Double
    }

    /// The drawing's width and height in points.
    public var width: Double
    public var height: Double
    /// Each node's box, by its DOT id (`n0`, `n1`, …).
    public var boxes: [String: Box]

    /// Reads `graph` and `node` lines of `-Tplain` text (other lines are skipped). The
    /// drawing is taken as Graphviz laid it out, before any scaling to a `size`.
    /// - Returns: nil when the text has no `graph` line or a line's numbers do not read.
    /// - Complexity: O(length of the text).
    public init?(plain: String) {
        var width: Double?
        var height = 0.0
        var boxes: [String: Box] = [:]
        for line in plain.split(separator: "\n") {
            let fields = line.split(separator: " ", maxSplits: 6, omittingEmptySubsequences: true)
            guard let kind = fields.first else { continue }
            if kind == "graph" {
                guard fields.count >= 4, let w = Double(fields[2]), let h = Double(fields[3]) else { return nil }
                width = w * 72
                height = h * 72
            } else if kind == "node" {
                guard fields.count >= 6, let x = Double(fields[2]), let y = Double(fields[3]),
                    let w = Double(fields[4]), let h = Double(fields[5])
                else { return nil }
                boxes[String(fields[1])] = Box(x: x * 72, y: height - y * 72, width: w * 72, height: h * 72)
            }
        }
        guard let width else { return nil }
        self.width = width
        self.height = height
        self.boxes = boxes
    }
}
