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
    withUnsafeTemporaryAllocation(of: Int32.self, capacity: width) { total in
      total.initialize(repeating: 0)
      withUnsafeTemporaryAllocation(of: Int16.self, capacity: width) { partial in
        var remaining = indices[...]
        while !remaining.isEmpty {
          // 256 bytes of at most 128 in size each fit in an Int16.
          let chunk = remaining.prefix(256)
          remaining = remaining.dropFirst(256)
          partial.initialize(repeating: 0)
          for index in chunk {
            let row = rows + Int(index) * width
            for lane in 0..<width { partial[lane] &+= Int16(row[lane]) }
          }
          for lane in 0..<width { total[lane] &+= Int32(partial[lane]) }
        }
      }
      for lane in 0..<width { sum[lane] = Float(total[lane]) * scale }
    }
  }
}
