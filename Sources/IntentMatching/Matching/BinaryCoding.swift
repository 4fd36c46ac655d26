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
    // The whole snapshot's checksum was verified before anything is read (see
    // ``BinaryChecksum``), so the bytes are the ones written: valid UTF-8.
    try bytes(try count()).withUnsafeBytes { raw in
      String(decoding: raw.bindMemory(to: UInt8.self), as: UTF8.self)
    }
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

/// A 64-bit checksum of a snapshot, over eight-byte words (FNV-1a style mixing), appended as its
/// last eight bytes: a snapshot whose bytes changed is refused before any of it is read.
enum BinaryChecksum {
  /// The checksum of `bytes`.
  static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    let words = bytes.count / 8
    for index in 0..<words {
      hash =
        (hash ^ bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
        &* 0x0000_0100_0000_01b3
      hash ^= hash >> 29
    }
    for index in (words * 8)..<bytes.count {
      hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01b3
    }
    return hash ^ UInt64(bytes.count)
  }

  /// `data` with its checksum appended.
  static func sealed(_ data: Data) -> Data {
    var sealed = data
    let sum = data.withUnsafeBytes { of($0) }
    withUnsafeBytes(of: sum.littleEndian) { sealed.append(contentsOf: $0) }
    return sealed
  }

  /// The bytes before the checksum, when the checksum matches; nil otherwise.
  static func opened(_ data: Data) -> Data? {
    guard data.count >= 8 else { return nil }
    let body = data.prefix(data.count - 8)
    var stored: UInt64 = 0
    withUnsafeMutableBytes(of: &stored) { $0.copyBytes(from: data.suffix(8)) }
    let sum = body.withUnsafeBytes { of($0) }
    return sum == UInt64(littleEndian: stored) ? body : nil
  }
}
