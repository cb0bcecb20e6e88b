// One named piece of work to time: its group and a closure that does the work
// once and describes its answer in a few words (to check against the peers).

/// A benchmark: a name, a group and the work.
struct Benchmark {
    /// The name `--only` selects, e.g. `q1-reach-count` or `components`.
    var name: String
    /// `query` or `algorithm`.
    var group: String
    /// Does the work once; returns a short description of the answer.
    var run: () throws -> String
}
