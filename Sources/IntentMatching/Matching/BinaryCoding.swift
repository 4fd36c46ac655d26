import Foundation

/// Writes the little-endian, length-prefixed values of a matcher snapshot.
struct BinaryWriter {
  private(set) var data = Data()

  mutating func bytes<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
    data.append(contentsOf: bytes)
  }

  mutating func int(_ value: Int) {
    withUnsafeBytes(of: Int64(value).littleEndian) { data.append(contentsOf: $0) }
  }

  mutating func bool(_ value: Bool) { data.append(value ? 1 : 0) }

  mutating func double(_ value: Double) { int(Int(bitPattern: UInt(value.bitPattern))) }

  mutating func string(_ value: String) {
    int(value.utf8.count)
    data.append(contentsOf: value.utf8)
  }

  mutating func optional(_ value: String?) {
    bool(value != nil)
    if let value { string(value) }
  }

  mutating func strings(_ values: [String]) {
    int(values.count)
    for value in values { string(value) }
  }

  /// Pads to eight bytes, then appends the array's bytes in this machine's order (the reader
  /// checks the magic, and caches do not travel between machines).
  mutating func array<T>(_ values: [T]) {
    int(values.count)
    data.append(contentsOf: [UInt8](repeating: 0, count: (8 - data.count % 8) % 8))
    values.withUnsafeBytes { data.append(contentsOf: $0) }
  }
}

/// Reads what ``BinaryWriter`` wrote, throwing instead of reading past the end.
struct BinaryReader {
  /// The snapshot is damaged or of another format.
  struct Damaged: Error {}

  private let data: Data
  private var offset = 0

  init(_ data: Data) { self.data = data }

  var isAtEnd: Bool { offset == data.count }

  mutating func bytes(_ count: Int) throws -> Data {
    guard count >= 0, count <= data.count - offset else { throw Damaged() }
    defer { offset += count }
    let start = data.startIndex + offset
    return data[start..<start + count]
  }

  mutating func int() throws -> Int {
    let bytes = try bytes(8)
    var value: Int64 = 0
    withUnsafeMutableBytes(of: &value) { $0.copyBytes(from: bytes) }
    return Int(Int64(littleEndian: value))
  }

  /// A count: not negative, and not more items than bytes left.
  mutating func count() throws -> Int {
    let value = try int()
    guard value >= 0, value <= data.count - offset else { throw Damaged() }
    return value
  }

  mutating func bool() throws -> Bool {
    switch try bytes(1).first {
    case 0: return false
    case 1: return true
    default: throw Damaged()
    }
  }

  mutating func double() throws -> Double {
    Double(bitPattern: UInt64(UInt(bitPattern: try int())))
  }

  mutating func string() throws -> String {
    let bytes = try bytes(try count())
    // Validated over the contiguous bytes (the standard library's fast path).
    let text = bytes.withUnsafeBytes { raw in
      String(validating: raw.bindMemory(to: UInt8.self), as: UTF8.self)
    }
    guard let text else { throw Damaged() }
    return text
  }

  mutating func optional() throws -> String? {
    try bool() ? try string() : nil
  }

  mutating func strings() throws -> [String] {
    let count = try count()
    var values: [String] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try string()) }
    return values
  }

  mutating func array<T>() throws -> [T] {
    let count = try int()
    guard count >= 0, count <= (data.count - offset) / max(1, MemoryLayout<T>.stride) else {
      throw Damaged()
    }
    _ = try bytes((8 - offset % 8) % 8)
    let bytes = try bytes(count * MemoryLayout<T>.stride)
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      _ = bytes.copyBytes(to: buffer)
      initialized = count
    }
  }
}
