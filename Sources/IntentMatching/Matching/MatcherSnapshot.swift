import Foundation

/// A trained ``KeywordMatcher`` and its catalog, as bytes: restoring it skips parsing the YAML
/// files and training, which is most of the console's start-up.
///
/// Layout (see ``BinaryWriter``): the magic `SBMATCH4`; the options; the catalog;
/// labels, vocabulary and stems, keyword features; then, padded to eight bytes, the feature
/// hashes (`UInt64`), their idf, the weights and the biases (`Float`); last, a checksum of all
/// that (``BinaryChecksum``). A snapshot whose checksum differs, or that does not parse in full
/// to its last byte, is refused, never half used.
struct MatcherSnapshot: Equatable {
  var catalog: IntentCatalog
  var options: MatcherOptions
  var labels: [String]
  var outOfScopeClass: Int?
  var vocabulary: [String: Int]
  var stems: [String: String]
  var keywordFeatures: [[Int32]]
  var featureKeys: [UInt64]
  var idf: [Float]
  var weights: [Float]
  var bias: [Float]

  private static let magic = Array("SBMATCH4".utf8)

  /// The snapshot as bytes.
  func encoded() -> Data {
    var writer = BinaryWriter()
    writer.bytes(Self.magic)
    options.write(to: &writer)
    catalog.write(to: &writer)
    writer.strings(labels)
    writer.int(outOfScopeClass ?? -1)
    let words = vocabulary.keys.sorted()
    writer.strings(words)
    writer.array(words.map { Int64(vocabulary[$0] ?? 0) })
    let stemmed = stems.keys.sorted()
    writer.strings(stemmed)
    writer.strings(stemmed.map { stems[$0] ?? $0 })
    writer.int(keywordFeatures.count)
    for features in keywordFeatures { writer.array(features) }
    writer.array(featureKeys)
    writer.array(idf)
    writer.array(weights)
    writer.array(bias)
    return BinaryChecksum.sealed(writer.data)
  }

  /// The snapshot in `data`, or nil when it is not a complete snapshot of this format.
  static func decode(_ data: Data) -> MatcherSnapshot? {
    try? read(data)
  }

  private static func read(_ data: Data) throws -> MatcherSnapshot {
    guard let body = BinaryChecksum.opened(data) else { throw BinaryReader.Damaged() }
    var reader = BinaryReader(body)
    guard Array(try reader.bytes(magic.count)) == magic else { throw BinaryReader.Damaged() }
    let options = try MatcherOptions.read(from: &reader)
    let catalog = try IntentCatalog.read(from: &reader)
    let labels = try reader.strings()
    let outOfScope = try reader.int()
    let words = try reader.strings()
    let counts: [Int64] = try reader.array()
    let stemmed = try reader.strings()
    let stemValues = try reader.strings()
    guard counts.count == words.count, stemValues.count == stemmed.count,
      (-1..<labels.count).contains(outOfScope)
    else { throw BinaryReader.Damaged() }
    var keywordFeatures: [[Int32]] = []
    for _ in 0..<(try reader.count()) { keywordFeatures.append(try reader.array()) }
    let keys: [UInt64] = try reader.array()
    let idf: [Float] = try reader.array()
    let weights: [Float] = try reader.array()
    let bias: [Float] = try reader.array()
    let blocks = max(1, (labels.count + 7) / 8) * 8
    guard reader.isAtEnd, idf.count == keys.count, bias.count == blocks,
      weights.count == max(8, keys.count * blocks), keywordFeatures.count == labels.count,
      keywordFeatures.allSatisfy({ $0.allSatisfy { $0 >= 0 && Int($0) < keys.count } })
    else { throw BinaryReader.Damaged() }
    return MatcherSnapshot(
      catalog: catalog, options: options, labels: labels,
      outOfScopeClass: outOfScope < 0 ? nil : outOfScope,
      vocabulary: Dictionary(
        zip(words, counts.map { Int($0) }), uniquingKeysWith: { first, _ in first }),
      stems: Dictionary(zip(stemmed, stemValues), uniquingKeysWith: { first, _ in first }),
      keywordFeatures: keywordFeatures, featureKeys: keys, idf: idf, weights: weights, bias: bias)
  }
}
