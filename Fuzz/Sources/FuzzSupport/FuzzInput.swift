import Foundation

/// The bytes libFuzzer hands a target, as the text the program's readers would see.
public enum FuzzInput {
  /// `size` bytes at `data` as a string, invalid UTF-8 repaired with U+FFFD as the readers of
  /// piped lines do (files that are not UTF-8 are refused before they reach a parser).
  public static func text(_ data: UnsafePointer<UInt8>?, _ size: Int) -> String {
    guard let data, size > 0 else { return "" }
    return String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  }
}
