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

  /// Writes `value` over the eight bytes at `offset`, written before by ``int(_:)``.
  mutating func setInt(_ value: Int, at offset: Int) {
    withUnsafeBytes(of: Int64(value).littleEndian) { bytes in
      data.replaceSubrange(offset..<(offset + 8), with: bytes)
    }
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
    pad()
    raw(values)
  }

  /// Zero bytes up to the next multiple of eight.
  mutating func pad() {
    data.append(contentsOf: [UInt8](repeating: 0, count: (8 - data.count % 8) % 8))
  }

  /// The array's bytes as they are in memory, without a count.
  mutating func raw<T>(_ values: [T]) {
    values.withUnsafeBytes { data.append(contentsOf: $0) }
  }
}

/// Reads what ``BinaryWriter`` wrote, throwing instead of reading past the end.
///
/// It reads bytes in place (the caller keeps them alive while it reads): a restored catalog is
/// tens of thousands of small values, and slicing `Data` for each cost more than the rest of
/// the decoding.
struct BinaryReader {
  /// The snapshot is damaged or of another format.
  struct Damaged: Error {}

  private let data: UnsafeRawBufferPointer
  private(set) var offset = 0

  init(_ bytes: UnsafeRawBufferPointer) { data = bytes }

  var isAtEnd: Bool { offset == data.count }

  mutating func bytes(_ count: Int) throws -> UnsafeRawBufferPointer {
    guard count >= 0, count <= data.count - offset else { throw Damaged() }
    defer { offset += count }
    return UnsafeRawBufferPointer(rebasing: data[offset..<(offset + count)])
  }

  mutating func int() throws -> Int {
    guard data.count - offset >= 8 else { throw Damaged() }
    defer { offset += 8 }
    return Int(Int64(littleEndian: data.loadUnaligned(fromByteOffset: offset, as: Int64.self)))
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
    // Invalid UTF-8 (a damaged file, refused by its checksum) is repaired, never trusted.
    String(decoding: try bytes(try count()), as: UTF8.self)
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

  /// Skips the zero bytes ``BinaryWriter/pad()`` wrote.
  mutating func pad() throws {
    _ = try bytes((8 - offset % 8) % 8)
  }

  mutating func array<T>() throws -> [T] {
    let count = try int()
    guard count >= 0, count <= (data.count - offset) / max(1, MemoryLayout<T>.stride) else {
      throw Damaged()
    }
    try pad()
    let bytes = try bytes(count * MemoryLayout<T>.stride)
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      UnsafeMutableRawBufferPointer(buffer).copyMemory(from: bytes)
      initialized = count
    }
  }
}

/// A 64-bit checksum of a snapshot, over eight-byte words (FNV-1a style mixing), appended as its
/// last eight bytes: a snapshot whose bytes changed is refused.
enum BinaryChecksum {
  /// A checksum taken over bytes given in pieces, each but the last a multiple of eight bytes
  /// long, as a file read in parts.
  struct Running {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    private var count = 0

    /// Adds `bytes`, which follow those added before.
    mutating func add(_ bytes: UnsafeRawBufferPointer) {
      precondition(count % 8 == 0, "only the last piece may end inside a word")
      var hash = self.hash
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
      self.hash = hash
      count += bytes.count
    }

    /// The checksum of everything added.
    var value: UInt64 { hash ^ UInt64(count) }
  }

  /// The checksum of `bytes`.
  static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var running = Running()
    running.add(bytes)
    return running.value
  }

  /// `data` with its checksum appended.
  static func sealed(_ data: Data) -> Data {
    var sealed = data
    let sum = data.withUnsafeBytes { of($0) }
    withUnsafeBytes(of: sum.littleEndian) { sealed.append(contentsOf: $0) }
    return sealed
  }
}
