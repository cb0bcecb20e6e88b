// Result slots for work split over the cores: each parallel worker writes its own slot, and
// the caller reads them in chunk order once all have finished, so results never depend on
// scheduling. Used by the cascade simulations and the reverse-reachable sampling.

/// Per-chunk result slots written by parallel workers: each worker writes only its own slot,
/// and the caller reads them after all workers have finished.
struct ChunkResults<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T?>
    let count: Int

    init(count: Int) {
        self.count = count
        base = UnsafeMutablePointer<T?>.allocate(capacity: count)
        base.initialize(repeating: nil, count: count)
    }

    func store(_ value: T, at i: Int) { base.advanced(by: i).pointee = value }

    func load(_ i: Int) -> T? { base.advanced(by: i).pointee }

    func free() {
        base.deinitialize(count: count)
        base.deallocate()
    }
}
