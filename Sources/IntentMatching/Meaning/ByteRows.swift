/// Sums of rows of signed bytes that share one scale (a word-vector table's vectors, a meaning
/// block's per-class rows): the bytes are added as integers, sixteen bits wide for up to 256 rows
/// at a time, then widened and scaled once. A line adds one row per word, and adding bytes as
/// integers takes a fraction of the instructions of widening each to a float; the sum is exact
/// whatever the order of the rows.
enum ByteRows {
  /// Writes `scale` times the sum of the rows at `indices` (each `width` bytes from `rows`) into
  /// `sum` (`width` floats).
  static func sum(
    _ indices: some Collection<Int32>, rows: UnsafePointer<Int8>, width: Int, scale: Float,
    into sum: UnsafeMutableBufferPointer<Float>
  ) {
    withUnsafeTemporaryAllocation(of: Int16.self, capacity: width) { partial in
      // A line's words fit in one chunk: its sums go straight to floats.
      guard indices.count > chunkSize else {
        add(indices[...], rows: rows, width: width, into: partial)
        for lane in 0..<width { sum[lane] = Float(partial[lane]) * scale }
        return
      }
      withUnsafeTemporaryAllocation(of: Int32.self, capacity: width) { total in
        total.initialize(repeating: 0)
        var remaining = indices[...]
        while !remaining.isEmpty {
          add(remaining.prefix(chunkSize), rows: rows, width: width, into: partial)
          remaining = remaining.dropFirst(chunkSize)
          for lane in 0..<width { total[lane] &+= Int32(partial[lane]) }
        }
        for lane in 0..<width { sum[lane] = Float(total[lane]) * scale }
      }
    }
  }

  /// Rows summed at a time: 256 bytes of at most 128 in size each fit in an `Int16`.
  private static let chunkSize = 256

  /// Writes the sum of the rows at `indices` (at most ``chunkSize``) into `partial`.
  private static func add(
    _ indices: some Collection<Int32>, rows: UnsafePointer<Int8>, width: Int,
    into partial: UnsafeMutableBufferPointer<Int16>
  ) {
    partial.initialize(repeating: 0)
    for index in indices {
      let row = rows + Int(index) * width
      for lane in 0..<width { partial[lane] &+= Int16(row[lane]) }
    }
  }
}
