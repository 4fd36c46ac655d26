/// Shows how far a long run is: a redrawn bar on a terminal, a plain line every tenth otherwise.
public struct ProgressReporter {
  private let total: Int
  private let label: String
  private let terminal: Bool
  private let write: (String) -> Void
  private var lastShown = -1

  /// Creates a reporter for `total` steps, writing through `write` (standard error, usually).
  public init(total: Int, label: String, terminal: Bool, write: @escaping (String) -> Void) {
    self.total = max(total, 1)
    self.label = label
    self.terminal = terminal
    self.write = write
  }

  /// Reports that `done` steps are finished.
  public mutating func update(_ done: Int) {
    let percent = done * 100 / total
    if terminal {
      guard percent != lastShown || done == total else { return }
      lastShown = percent
      let width = 30
      let filled = done * width / total
      let bar =
        String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
      write("\r\(bar) \(percent)% \(done)/\(total) \(label)" + (done == total ? "\n" : ""))
    } else {
      let tenth = percent / 10
      guard tenth != lastShown, done > 0 else { return }
      lastShown = tenth
      write("\(done)/\(total) \(label) (\(tenth * 10)%)\n")
    }
  }
}
