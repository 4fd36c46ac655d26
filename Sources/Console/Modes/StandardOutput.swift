@preconcurrency import Glibc

/// Buffered writes to standard output (through libc's stdio buffer).
public enum StandardOutput {
  /// Writes `text` followed by a newline.
  public static func line(_ text: String) {
    fputs(text, stdout)
    fputs("\n", stdout)
  }

  /// Writes `text` as it is.
  public static func write(_ text: String) {
    fputs(text, stdout)
  }

  /// Flushes the buffer.
  public static func flush() {
    fflush(stdout)
  }
}
