// Cutting registry bytes into lines and decoding them: from a buffer on the calling thread,
// or from the file in pieces on a second core while the loader applies what is decoded.
import Foundation
import SinergiFormats

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One line of registry bytes, cut and decoded but not yet applied: all the loader needs
/// to apply it, without the bytes themselves.
struct ScannedLine: Sendable {
    /// Where the next line starts (after the newline, or the end of the bytes), as an
    /// offset from the start of what is being read.
    var next: Int
    /// True when a newline ends the line.
    var terminated: Bool
    /// True when nothing follows the line.
    var last: Bool
    /// The decoded record or the decoding error; nil for a line of only spaces and tabs.
    var decoded: Result<RegistryRecord, JSONLineError>?
    /// For a line that does not decode: true when it begins as a journal line (`{"tx":`),
    /// whatever follows (a writer's torn last line). False for every other line.
    var journalMark = false
}

/// Registry bytes as lines.
struct RegistryLines: @unchecked Sendable {
    /// The bytes; they outlive every use of this value.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of `bytes[0]` in what is being read (a file read in pieces).
    var offset = 0
    /// True when nothing follows `bytes`.
    var final = true

    /// The line starting at `start` (an index into `bytes`), decoded.
    /// - Complexity: O(length of the line).
    func scan(from start: Int) -> ScannedLine {
        let count = bytes.count
        let base = bytes.baseAddress!
        let nl = memchr(base + start, 0x0A, count - start).map {
            UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base
        }
        let end = nl ?? count
        var lineEnd = end
        if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<lineEnd])
        let next = nl.map { $0 + 1 } ?? count
        var line = ScannedLine(next: offset + next, terminated: nl != nil, last: final && next == count, decoded: nil)
        if !slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
            do throws(JSONLineError) {
                line.decoded = .success(try JSONLineDecoder.decode(slice))
            } catch {
                line.decoded = .failure(error)
                line.journalMark = Self.startsJournalLine(slice)
            }
        }
        return line
    }

    /// Every line of the bytes, which end after a newline or are `final`.
    /// - Complexity: O(size of the bytes).
    func scanAll() -> [ScannedLine] {
        var lines: [ScannedLine] = []
        var start = 0
        while start < bytes.count {
            let line = scan(from: start)
            lines.append(line)
            start = line.next - offset
        }
        return lines
    }

    static let journalMarker = Array(#"{"tx":"#.utf8)

    /// True when `line` is (the start of) a journal record as writers write them: `{"tx":`.
    static func startsJournalLine(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = min(journalMarker.count, line.count)
        for i in 0..<n where line[i] != journalMarker[i] { return false }
        return n > 0
    }
}

/// The first `size` bytes of an open file, read in pieces that each end after a newline (the
/// last one at the end of what was read): one buffer, reused, so a file of any size is read
/// in the memory of its longest line or `pieceBytes`, whichever is more.
struct FileLinePieces {
    let io: RegistryFileIO
    let fd: Int32
    /// The bytes to read: the file's size when it was opened (bytes appended later are not read).
    let size: Int
    private var buffer: UnsafeMutableRawBufferPointer
    /// The file offset of `buffer[0]`.
    private var position = 0
    /// Bytes of `buffer` holding file bytes.
    private var filled = 0
    /// Bytes at the front of `buffer` handed out by the last `next()`.
    private var handed = 0
    private var ended = false

    init(io: RegistryFileIO, fd: Int32, size: Int, pieceBytes: Int) {
        self.io = io
        self.fd = fd
        self.size = size
        buffer = .allocate(byteCount: max(pieceBytes, 64), alignment: 16)
    }

    /// Frees the buffer.
    func free() { buffer.deallocate() }

    /// The bytes read in all, once `next()` returned nil.
    var bytesRead: Int { position + filled }

    /// The next piece, as lines, or nil at the end. Valid until the next call.
    /// - Complexity: O(size of the piece).
    mutating func next() throws(FileSystemError) -> RegistryLines? {
        // What follows the last piece moves to the front.
        if handed > 0 {
            let rest = filled - handed
            if rest > 0 { memmove(buffer.baseAddress!, buffer.baseAddress! + handed, rest) }
            position += handed
            filled = rest
            handed = 0
        }
        while true {
            if !ended, filled < buffer.count, position + filled < size {
                let want = min(buffer.count - filled, size - position - filled)
                let room = UnsafeMutableRawBufferPointer(rebasing: buffer[filled..<(filled + want)])
                let n = try io.readUpTo(fd, room, at: position + filled)
                filled += n
                // Cut while being read: what is there is what there is.
                if n < want { ended = true }
            }
            if position + filled >= size { ended = true }
            let bytes = UnsafeBufferPointer(
                start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: filled)
            if ended {
                guard filled > 0 else { return nil }
                handed = filled
                return RegistryLines(bytes: bytes, offset: position, final: true)
            }
            // Up to the last newline; a line longer than the buffer doubles it.
            if let cut = bytes.lastIndex(of: 0x0A) {
                handed = cut + 1
                return RegistryLines(
                    bytes: UnsafeBufferPointer(rebasing: bytes[0..<handed]), offset: position, final: false)
            }
            let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: buffer.count * 2, alignment: 16)
            larger.copyMemory(from: UnsafeRawBufferPointer(rebasing: buffer[0..<filled]))
            buffer.deallocate()
            buffer = larger
        }
    }
}

/// A registry file's lines decoded ahead on a worker thread, handed to the one consumer
/// piece by piece in file order, with at most `ahead` pieces decoded and not yet taken (so
/// memory stays bounded by the piece size, whatever the file's).
///
/// The consumer calls `take()` until it returns nil, then `finish()` (also when it stops
/// early), which waits for the worker and closes nothing: the descriptor stays the caller's.
final class DecodingPipeline: @unchecked Sendable {
    private var pieces: FileLinePieces
    private let ahead: Int
    private let condition = NSCondition()
    private var decoded: [[ScannedLine]] = []
    /// Pieces the consumer is done with, freed on the worker's side (freeing a piece's
    /// strings and maps would be a tenth of the applying thread's time).
    private var consumed: [[ScannedLine]] = []
    private var failure: FileSystemError?
    private var stopped = false
    private var done = false
    private var finished = false
    /// The bytes read in all, once the worker has ended.
    private(set) var bytesRead = 0

    /// Starts reading and decoding `pieces` on a new thread.
    init(_ pieces: FileLinePieces, ahead: Int = 8) {
        self.pieces = pieces
        self.ahead = max(1, ahead)
        let thread = Thread { [self] in work() }
        // As deep as the main thread's: the decoder nests up to `JSONCursor.maximumDepth`.
        thread.stackSize = 8 << 20
        thread.start()
    }

    private func work() {
        while true {
            condition.lock()
            while decoded.count >= ahead && !stopped { condition.wait() }
            let stop = stopped
            let freed = consumed
            consumed = []
            condition.unlock()
            withExtendedLifetime(freed) {}
            if stop { break }
            let piece: [ScannedLine]
            do throws(FileSystemError) {
                guard let lines = try pieces.next() else { break }
                piece = lines.scanAll()
            } catch {
                condition.lock()
                failure = error
                condition.unlock()
                break
            }
            condition.lock()
            decoded.append(piece)
            condition.broadcast()
            condition.unlock()
        }
        condition.lock()
        bytesRead = pieces.bytesRead
        done = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next piece's lines in file order, waiting for the worker; nil after the last.
    /// - Throws: the file system's error when the file could not be read.
    func take() throws(FileSystemError) -> [ScannedLine]? {
        condition.lock()
        defer { condition.unlock() }
        while decoded.isEmpty && !done { condition.wait() }
        if decoded.isEmpty {
            if let failure { throw failure }
            return nil
        }
        condition.broadcast()
        return decoded.removeFirst()
    }

    /// Hands a taken piece back, to be freed by the worker.
    func recycle(_ piece: consuming [ScannedLine]) {
        condition.lock()
        consumed.append(piece)
        condition.unlock()
    }

    /// Stops the worker and waits for it to end.
    func finish() {
        guard !finished else { return }
        finished = true
        condition.lock()
        stopped = true
        condition.broadcast()
        while !done { condition.wait() }
        decoded = []
        consumed = []
        condition.unlock()
        pieces.free()
    }
}
