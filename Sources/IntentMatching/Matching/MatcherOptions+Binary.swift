/// The training options in a matcher snapshot, field by field.
extension MatcherOptions {
  func write(to writer: inout BinaryWriter) {
    for value in [
      epochs, maximumEpochs, keywordRepeats, outOfScopeRepeats, Int(bitPattern: UInt(seed)),
      minimumFrequency, characterGramSizes.lowerBound, characterGramSizes.upperBound,
    ] {
      writer.int(value)
    }
    for value in [
      learningRate, restingProbability, characterWeight, stopWordWeight, meaningWeight,
      meaningLearningRate,
    ] {
      writer.double(value)
    }
    writer.bool(correctsTypos)
  }

  static func read(from reader: inout BinaryReader) throws -> MatcherOptions {
    var options = MatcherOptions()
    options.epochs = try reader.int()
    options.maximumEpochs = try reader.int()
    options.keywordRepeats = try reader.int()
    options.outOfScopeRepeats = try reader.int()
    options.seed = UInt64(UInt(bitPattern: try reader.int()))
    options.minimumFrequency = try reader.int()
    let lower = try reader.int()
    let upper = try reader.int()
    guard lower <= upper else { throw BinaryReader.Damaged() }
    options.characterGramSizes = lower...upper
    options.learningRate = try reader.double()
    options.restingProbability = try reader.double()
    options.characterWeight = try reader.double()
    options.stopWordWeight = try reader.double()
    options.meaningWeight = try reader.double()
    options.meaningLearningRate = try reader.double()
    options.correctsTypos = try reader.bool()
    return options
  }
}
