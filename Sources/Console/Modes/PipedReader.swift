import Foundation
import Glibc

/// Splits a byte stream into lines; invalid UTF-8 is replaced, never fatal.
public struct PipedReader {
  /// One line read, or a line refused for its length.
  public enum Item: Equatable {
    /// A line (without `\n` or a trailing `\r`) and its 1-based number.
    case line(String, number: Int)
    /// A line longer than the limit, skipped unread.
    case tooLong(bytes: Int, number: Int)
  }

  private let handle: FileHandle
  private let limit: Int

  /// Reads from `handle`; lines over `limit` bytes are refused.
  public init(handle: FileHandle = .standardInput, limit: Int) {
    self.handle = handle
    self.limit = limit
  }

  /// Calls `body` for every line until the end of input, and `waiting` whenever every line
  /// read so far has been handed out and the next read may block.
  public func forEachLine(waiting: () -> Void = {}, _ body: (Item) -> Void) {
    var pending: [UInt8] = []
    var overflow = 0
    var number = 0
    func emit(_ bytes: ArraySlice<UInt8>) {
      number += 1
      if overflow > 0 || bytes.count > limit {
        body(.tooLong(bytes: overflow + bytes.count, number: number))
      } else {
        // Through a buffer pointer: the contiguous fast path, not the generic repairing one.
        var text = bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
        if text.hasSuffix("\r") { text.removeLast() }
        body(.line(text, number: number))
      }
      overflow = 0
    }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      waiting()
      let count = Self.read(handle.fileDescriptor, into: &chunk)
      if count <= 0 { break }
      var start = pending.count
      pending.append(contentsOf: chunk[..<count])
      var lineStart = 0
      while let newline = pending[start...].firstIndex(of: 0x0A) {
        emit(pending[lineStart..<newline])
        lineStart = newline + 1
        start = lineStart
      }
      pending.removeFirst(lineStart)
      if pending.count > limit {
        overflow += pending.count
        pending.removeAll(keepingCapacity: true)
      }
    }
    if !pending.isEmpty || overflow > 0 { emit(pending[...]) }
  }

  /// One `read(2)`: whatever is available now, up to the buffer's size (0 at the end of input,
  /// -1 on an error other than an interruption).
  private static func read(_ descriptor: Int32, into buffer: inout [UInt8]) -> Int {
    buffer.withUnsafeMutableBytes { bytes in
      while true {
        let count = Glibc.read(descriptor, bytes.baseAddress, bytes.count)
        if count < 0 && errno == EINTR { continue }
        return count
      }
    }
  }
}
