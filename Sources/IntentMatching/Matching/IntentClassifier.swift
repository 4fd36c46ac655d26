/// Anything that turns an utterance into a ranked, explainable intent decision.
///
/// The dialogue layer depends on this protocol only, so a stronger engine can replace the
/// keyword matcher without the dialogue layer changing.
public protocol IntentClassifier: Sendable {
  /// Classifies one utterance: the best intent (or ``Match/outOfScope``), its confidence and slots.
  func classify(_ text: String) -> Match

  /// The top `count` intents for `text` with the features that matched each, for `/why`.
  func explain(_ text: String, count: Int) -> Explanation
}
