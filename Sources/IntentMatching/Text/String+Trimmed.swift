extension String {
  /// The text without leading and trailing white space (spaces, tabs, newlines, U+3000); a
  /// scan of Unicode properties, several times cheaper than Foundation's trimming.
  public var trimmed: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(Substring(scalars[first...last]))
  }
}
