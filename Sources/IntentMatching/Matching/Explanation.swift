/// Why the matcher decided as it did: the leading intents and the features behind each.
public struct Explanation: Sendable, Equatable {
  /// One candidate intent with its score and the features that contributed to it.
  public struct Candidate: Sendable, Equatable {
    /// The intent name.
    public var intent: String
    /// Its score, comparable with ``Explanation/threshold``.
    public var score: Double
    /// The features that matched, largest contribution first.
    public var features: [Feature]

    /// Creates a candidate.
    public init(intent: String, score: Double, features: [Feature]) {
      self.intent = intent
      self.score = score
      self.features = features
    }
  }

  /// One matched feature and how it was reached.
  public struct Feature: Sendable, Equatable {
    /// How a feature of the utterance was found in the catalog's vocabulary.
    public enum Origin: Sendable, Equatable {
      /// The word or n-gram appears as written (after normalisation).
      case exact
      /// A misspelling corrected to the vocabulary word (`typed` → the feature).
      case typo(typed: String)
      /// A synonym mapped to its canonical word (`typed` → the feature).
      case synonym(typed: String)
      /// A hand-written keyword of the intent.
      case keyword
      /// The meaning of the line's words taken together (their vectors in the catalog's
      /// word-vector table); the feature's text lists the words.
      case meaning
    }

    /// The feature as the matcher sees it (`refund`, `返金`, `order status`, ...).
    public var text: String
    /// Its weight for this intent.
    public var weight: Double
    /// How it was reached.
    public var origin: Origin

    /// Creates a feature.
    public init(text: String, weight: Double, origin: Origin) {
      self.text = text
      self.weight = weight
      self.origin = origin
    }
  }

  /// The decision itself.
  public var match: Match
  /// The top candidates, best first.
  public var candidates: [Candidate]
  /// The out-of-scope threshold in force.
  public var threshold: Double

  /// Creates an explanation.
  public init(match: Match, candidates: [Candidate], threshold: Double) {
    self.match = match
    self.candidates = candidates
    self.threshold = threshold
  }
}
