import Testing

@testable import Office

struct ProductMentionTests {
  static func product(_ id: String, _ english: String, _ japanese: String) -> Product {
    Product(
      id: id, nameEN: english, nameJA: japanese, price: Money(cents: 1_000, currency: "USD"))
  }

  static let products = [
    product("P-1001", "Wireless Mouse", "ワイヤレスマウス"),
    product("P-1003", "USB-C Hub", "USB-Cハブ"),
    product("P-1006", "Noise-Cancelling Headphones", "ノイズキャンセリングヘッドホン"),
    product("P-1035", "Mouse Pad", "マウスパッド"),
    product("P-1048", "Shipping Boxes", "配送用段ボール"),
    product("P-1050", "Gift Card", "ギフトカード"),
  ]

  @Test(
    arguments: [
      ("quote for 10 wireless mice", "P-1001", 10),
      ("do you have a Wireless Mouse in stock?", "P-1001", nil),
      ("ワイヤレスマウスを10個", "P-1001", nil),
      ("how much are 3 usb-c hubs", "P-1003", 3),
      ("ＵＳＢ－Ｃハブの在庫", "P-1003", nil),
      ("price of noise-cancelling headphones", "P-1006", nil),
      ("2 wireless mouse pads please", "P-1001", 2),
      ("5 mouse pads", "P-1035", 5),
      ("50 shipping boxes", "P-1048", 50),
    ] as [(String, String, Int?)])
  func findsTheProductNamedInWords(line: String, id: String, quantity: Int?) {
    let mention = ProductMention.find(in: line, among: Self.products)
    #expect(mention?.product.id == id)
    #expect(mention?.quantity == quantity)
  }

  @Test(arguments: [
    "how long does shipping take", "do you take credit cards", "where is my mouse order",
    "hub", "",
  ])
  func aLineNamingNoProductFindsNone(line: String) {
    #expect(ProductMention.find(in: line, among: Self.products) == nil)
  }

  @Test(arguments: [
    ("mice", "mouse"), ("batteries", "battery"), ("boxes", "box"), ("stands", "stand"),
    ("glass", "glass"), ("bus", "bus"), ("hd", "hd"), ("switches", "switch"),
  ])
  func pluralsBecomeSingular(plural: String, singular: String) {
    #expect(ProductMention.singular(plural) == singular)
  }
}
