extension Array where Element: Comparable {
  /// The first index whose element is not below `key`, in an array sorted ascending (its
  /// `count` when every element is below): a binary search.
  func firstIndex(notBelow key: Element) -> Int {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if self[middle] < key {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low
  }
}
