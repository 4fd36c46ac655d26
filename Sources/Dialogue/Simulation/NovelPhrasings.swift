import IntentMatching
import Office

/// Ways customers put questions that the built-in catalog has no example of (`is anyone there
/// at lunchtime`, 「ペイペイは使えますか」): `simulate --novel RATE` opens that share of the
/// conversations about these intents with one of them, so that the fallback backlog fills with
/// what a real catalog would miss and the teaching loop can be run end to end.
public enum NovelPhrasings {
  /// Phrasings per intent and language. None is an example of the built-in catalog; the
  /// matcher answers some of them right already, as it would with real customers.
  public static let byIntent: [String: [Language: [String]]] = [
    "business_hours": [
      .english: [
        "is anyone there at lunchtime", "lunchtime staffing today?",
        "can I reach someone over lunchtime",
      ],
      .japanese: ["昼休みでも対応してもらえますか", "昼休みは電話つながりますか", "昼休みに問い合わせできますか"],
    ],
    "return_policy": [
      .english: [
        "can I hand the blender back", "i'd like to hand back the kettle",
        "is it ok to hand back a gadget I opened",
      ],
      .japanese: ["このケトルを突き返せますか", "突き返す手続きを教えて", "開けた商品でも突き返せますか"],
    ],
    "shipping_policy": [
      .english: [
        "how many days until a parcel reaches a doorstep in osaka",
        "doorstep arrival times for parcels abroad",
      ],
      .japanese: ["玄関先まで何日かかりますか", "玄関先への到着はいつ", "地方の玄関先まで何日"],
    ],
    "payment_methods": [
      .english: [
        "settle up by bank wire possible?", "may I settle up with a wire", "settle up options",
      ],
      .japanese: ["ペイペイ決済に対応していますか", "ペイペイは使えますか", "ペイペイで支払いたい"],
    ],
    "warranty": [
      .english: [
        "my screen hinge snapped, will you fix it free", "hinge snapped what now",
        "a hinge snapped on the stand I bought",
      ],
      .japanese: ["ちょうつがいが一ヶ月で折れました", "ちょうつがい折れた", "買ったスタンドのちょうつがいが折れた"],
    ],
  ]

  /// A novel phrasing of `intent` in `language`, or nil when there is none.
  static func draw(
    _ intent: String, _ language: Language, random: inout SplitMix64
  ) -> String? {
    guard let phrasings = byIntent[intent]?[language], !phrasings.isEmpty else { return nil }
    return random.pick(phrasings)
  }
}
