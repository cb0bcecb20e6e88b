// The Graphviz layout engines Sinergi uses and the rule that picks one for a graph size.

import SinergiText

/// A Graphviz layout engine (the program name and the `layout` attribute).
public enum GraphvizEngine: String, Hashable, Sendable, CaseIterable {
    /// Hierarchical layout; draws clusters. Good up to a few hundred nodes.
    case dot
    /// Scalable force-directed layout; ignores clusters. For large graphs.
    case sfdp
}

/// The engine chosen for a diagram, the options adjusted to it, and a note for the user.
public struct GraphvizEngineChoice: Hashable, Sendable {
    /// The engine to run.
    public var engine: GraphvizEngine
    /// The options to export with (no clusters for `sfdp`; its legend is a compact table).
    public var options: DOTOptions
    /// What to tell the user when something was changed, else nil.
    public var note: Message?
}

extension DOTExporter {
    /// Above this many nodes `chooseEngine` picks `sfdp` instead of `dot`.
    public static let dotEngineMaxNodes = 400

    /// Picks `dot` for graphs up to `dotEngineMaxNodes` nodes and `sfdp` above, dropping
    /// clusters for `sfdp` (it does not draw them) with a note.
    ///
    /// ```swift
    /// let choice = DOTExporter.chooseEngine(nodeCount: 1_200, options: DOTOptions())
    /// choice.engine  // .sfdp
    /// ```
    /// - Complexity: O(1).
    public static func chooseEngine(nodeCount: Int, options: DOTOptions) -> GraphvizEngineChoice {
        var adjusted = options
        guard nodeCount > dotEngineMaxNodes else {
            adjusted.use(.dot)
            return GraphvizEngineChoice(engine: .dot, options: adjusted, note: nil)
        }
        adjusted.use(.sfdp)
        let key: MessageKey = options.clustering == .none ? .diagramSfdpNote : .diagramSfdpNoteBoxes
        let note = Message(key, ["count": .count(nodeCount), "limit": .count(dotEngineMaxNodes)])
        return GraphvizEngineChoice(engine: .sfdp, options: adjusted, note: note)
    }
}

extension DOTOptions {
    /// Lays the diagram out with `engine`. `sfdp` does not draw clusters: the regions are left
    /// out of the DOT and boxed after the layout instead (`boxesAfterLayout`) when they were drawn.
    /// - Complexity: O(1).
    public mutating func use(_ engine: GraphvizEngine) {
        self.engine = engine
        guard engine == .sfdp else { return }
        boxesAfterLayout = clustering != .none
        clustering = .none
    }
}
