import Glibc

/// Buffered writes to standard output (file descriptor 1), flushed at 64 KiB and on demand.
public enum StandardOutput {
  nonisolated(unsafe) private static var buffer: [UInt8] = []

  /// Writes `text` followed by a newline.
  public static func line(_ text: String) {
    write(text)
    write("\n")
  }

  /// Writes `text` as it is.
  public static func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  /// Writes out what is buffered.
  public static func flush() {
    buffer.withUnsafeBytes { bytes in
      guard let base = bytes.baseAddress else { return }
      var offset = 0
      while offset < bytes.count {
        let written = Glibc.write(1, base + offset, bytes.count - offset)
        if written < 0 && errno == EINTR { continue }
        if written <= 0 { break }
        offset += written
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
