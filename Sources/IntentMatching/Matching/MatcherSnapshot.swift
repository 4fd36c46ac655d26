import Foundation

/// A trained ``KeywordMatcher`` and its catalog, as bytes: restoring it skips parsing the YAML
/// files and training, which is most of the console's start-up.
///
/// Layout (little-endian): the magic `SBMATCH1`; the length of a JSON header and the header
/// (catalog, options, labels, vocabulary, keyword features, array sizes); then, each padded to
/// eight bytes, the feature hashes (`UInt64`), their idf, the weights and the biases (`Float`).
/// A snapshot that does not parse in full is refused, never half used.
struct MatcherSnapshot: Equatable {
  var catalog: IntentCatalog
  var options: MatcherOptions
  var labels: [String]
  var outOfScopeClass: Int?
  var vocabulary: [String: Int]
  var keywordFeatures: [[Int32]]
  var featureKeys: [UInt64]
  var idf: [Float]
  var weights: [Float]
  var bias: [Float]

  private static let magic = Array("SBMATCH1".utf8)

  /// The JSON part: everything but the numeric arrays, with their sizes.
  private struct Header: Codable {
    var catalog: IntentCatalog
    var options: MatcherOptions
    var labels: [String]
    var outOfScopeClass: Int?
    var vocabulary: [String: Int]
    var keywordFeatures: [[Int32]]
    var featureCount: Int
    var weightCount: Int
    var biasCount: Int
  }

  /// The snapshot as bytes.
  func encoded() -> Data {
    var data = Data(Self.magic)
    let header = Header(
      catalog: catalog, options: options, labels: labels, outOfScopeClass: outOfScopeClass,
      vocabulary: vocabulary, keywordFeatures: keywordFeatures, featureCount: featureKeys.count,
      weightCount: weights.count, biasCount: bias.count)
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    // swift-format-ignore: NeverUseForceTry
    let json = try! encoder.encode(header)  // plain values: encoding cannot fail
    Self.append(UInt64(json.count), to: &data)
    data.append(json)
    Self.append(array: featureKeys, to: &data)
    Self.append(array: idf, to: &data)
    Self.append(array: weights, to: &data)
    Self.append(array: bias, to: &data)
    return data
  }

  /// The snapshot in `data`, or nil when it is not a complete snapshot of this format.
  static func decode(_ data: Data) -> MatcherSnapshot? {
    var reader = Reader(data: data)
    guard reader.bytes(magic.count).map(Array.init) == magic,
      let length: UInt64 = reader.value(), length <= UInt64(data.count),
      let json = reader.bytes(Int(length)),
      let header = try? JSONDecoder().decode(Header.self, from: json)
    else { return nil }
    reader.align()
    guard let keys: [UInt64] = reader.array(header.featureCount),
      let idf: [Float] = reader.array(header.featureCount),
      let weights: [Float] = reader.array(header.weightCount),
      let bias: [Float] = reader.array(header.biasCount),
      reader.isAtEnd,
      bias.count == max(1, (header.labels.count + 7) / 8) * 8,
      weights.count == max(8, keys.count * bias.count)
    else { return nil }
    return MatcherSnapshot(
      catalog: header.catalog, options: header.options, labels: header.labels,
      outOfScopeClass: header.outOfScopeClass, vocabulary: header.vocabulary,
      keywordFeatures: header.keywordFeatures, featureKeys: keys, idf: idf, weights: weights,
      bias: bias)
  }

  private static func append<T: FixedWidthInteger>(_ value: T, to data: inout Data) {
    withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
  }

  /// Pads to eight bytes, then appends the array's bytes (this machine's order; the reader
  /// checks the magic, and caches do not travel between machines).
  private static func append<T>(array: [T], to data: inout Data) {
    let padding = (8 - data.count % 8) % 8
    data.append(contentsOf: [UInt8](repeating: 0, count: padding))
    array.withUnsafeBytes { data.append(contentsOf: $0) }
  }

  /// Reads a snapshot front to back, failing (nil) instead of reading past the end.
  private struct Reader {
    let data: Data
    var offset = 0

    var isAtEnd: Bool { offset == data.count }

    mutating func bytes(_ count: Int) -> Data? {
      guard count >= 0, offset + count <= data.count else { return nil }
      defer { offset += count }
      let start = data.startIndex + offset
      return data[start..<start + count]
    }

    mutating func value<T: FixedWidthInteger>() -> T? {
      guard let bytes = bytes(MemoryLayout<T>.size) else { return nil }
      var value = T.zero
      withUnsafeMutableBytes(of: &value) { $0.copyBytes(from: bytes) }
      return T(littleEndian: value)
    }

    mutating func align() {
      offset += (8 - offset % 8) % 8
    }

    mutating func array<T>(_ count: Int) -> [T]? {
      align()
      let size = count * MemoryLayout<T>.stride
      guard count >= 0, let bytes = bytes(size) else { return nil }
      return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
        _ = bytes.copyBytes(to: buffer)
        initialized = count
      }
    }
  }
}
