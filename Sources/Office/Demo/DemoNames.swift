/// Names the demo company is made of: people (English and Japanese), companies, products.
enum DemoNames {
  /// English given names with their katakana reading.
  static let englishGiven: [(String, String)] = [
    ("Emily", "エミリー"), ("James", "ジェームズ"), ("Olivia", "オリビア"), ("Michael", "マイケル"),
    ("Sophia", "ソフィア"), ("William", "ウィリアム"), ("Emma", "エマ"), ("Daniel", "ダニエル"),
    ("Ava", "エイバ"), ("David", "デビッド"), ("Mia", "ミア"), ("Robert", "ロバート"),
    ("Grace", "グレース"), ("Thomas", "トーマス"), ("Chloe", "クロエ"), ("Henry", "ヘンリー"),
    ("Lucy", "ルーシー"), ("Jack", "ジャック"), ("Hannah", "ハンナ"), ("Samuel", "サミュエル"),
  ]

  /// English family names with their katakana reading.
  static let englishFamily: [(String, String)] = [
    ("Carter", "カーター"), ("Johnson", "ジョンソン"), ("Smith", "スミス"), ("Brown", "ブラウン"),
    ("Miller", "ミラー"), ("Davis", "デイビス"), ("Wilson", "ウィルソン"), ("Taylor", "テイラー"),
    ("Anderson", "アンダーソン"), ("Thomas", "トーマス"), ("Moore", "ムーア"), ("Martin", "マーティン"),
    ("Clark", "クラーク"), ("Lewis", "ルイス"), ("Walker", "ウォーカー"), ("Hall", "ホール"),
    ("Young", "ヤング"), ("King", "キング"), ("Wright", "ライト"), ("Scott", "スコット"),
  ]

  /// Japanese family names: kanji and romaji.
  static let japaneseFamily: [(String, String)] = [
    ("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"), ("田中", "Tanaka"),
    ("伊藤", "Ito"), ("渡辺", "Watanabe"), ("山本", "Yamamoto"), ("中村", "Nakamura"),
    ("小林", "Kobayashi"), ("加藤", "Kato"), ("吉田", "Yoshida"), ("山田", "Yamada"),
    ("佐々木", "Sasaki"), ("山口", "Yamaguchi"), ("松本", "Matsumoto"), ("井上", "Inoue"),
    ("木村", "Kimura"), ("林", "Hayashi"), ("清水", "Shimizu"), ("森", "Mori"),
  ]

  /// Japanese given names: kanji and romaji.
  static let japaneseGiven: [(String, String)] = [
    ("健二", "Kenji"), ("花子", "Hanako"), ("太郎", "Taro"), ("美咲", "Misaki"),
    ("翔太", "Shota"), ("陽菜", "Hina"), ("大輔", "Daisuke"), ("由美", "Yumi"),
    ("拓也", "Takuya"), ("さくら", "Sakura"), ("誠", "Makoto"), ("恵子", "Keiko"),
    ("直樹", "Naoki"), ("愛", "Ai"), ("浩", "Hiroshi"), ("真由美", "Mayumi"),
    ("亮", "Ryo"), ("彩", "Aya"), ("隆", "Takashi"), ("優子", "Yuko"),
  ]

  /// Client companies (English names for English speakers, Japanese for Japanese speakers).
  static let englishCompanies = [
    "Northwind Traders", "Contoso Ltd", "Fabrikam Inc", "Blue Harbor Foods", "Acme Logistics",
    "Summit Health", "Riverbend Retail", "Pioneer Labs", "Oakridge Studio", "Evergreen Farms",
  ]
  static let japaneseCompanies = [
    "株式会社さくら商事", "東都物産株式会社", "みらい工業株式会社", "株式会社青葉食品", "大和ロジテック株式会社",
    "株式会社ひかり電機", "北斗システム株式会社", "株式会社つばさ出版", "富士見建設株式会社", "株式会社こだま薬品",
  ]

  /// Products: English name, Japanese name, price in US cents.
  static let products: [(String, String, Int64)] = [
    ("Wireless Mouse", "ワイヤレスマウス", 2_499), ("Mechanical Keyboard", "メカニカルキーボード", 8_999),
    ("USB-C Hub", "USB-Cハブ", 3_999), ("27-inch Monitor", "27インチモニター", 27_999),
    ("Laptop Stand", "ノートパソコンスタンド", 4_599),
    ("Noise-Cancelling Headphones", "ノイズキャンセリングヘッドホン", 19_999),
    ("Webcam HD", "HDウェブカメラ", 5_999), ("Desk Lamp", "デスクライト", 3_499),
    ("Office Chair", "オフィスチェア", 24_999), ("Standing Desk", "スタンディングデスク", 49_999),
    ("External SSD 1TB", "外付けSSD 1TB", 10_999), ("Portable Charger", "モバイルバッテリー", 2_999),
    ("Bluetooth Speaker", "Bluetoothスピーカー", 6_999), ("Smart Watch", "スマートウォッチ", 22_999),
    ("Tablet 10-inch", "10インチタブレット", 32_999), ("Printer Ink Set", "プリンターインクセット", 4_299),
    ("Laser Printer", "レーザープリンター", 18_999), ("Paper Shredder", "シュレッダー", 8_499),
    ("Whiteboard", "ホワイトボード", 7_999), ("Notebook Pack", "ノートセット", 1_299),
    ("Gel Pens", "ゲルインクボールペン", 899), ("Stapler", "ホッチキス", 1_099),
    ("Coffee Maker", "コーヒーメーカー", 8_999), ("Electric Kettle", "電気ケトル", 3_999),
    ("Water Bottle", "水筒", 1_999), ("Backpack", "リュックサック", 6_499),
    ("Travel Adapter", "変換プラグ", 1_899), ("HDMI Cable", "HDMIケーブル", 1_299),
    ("Ethernet Cable", "LANケーブル", 999), ("Wi-Fi Router", "無線LANルーター", 12_999),
    ("Mesh Wi-Fi System", "メッシュWi-Fiシステム", 29_999), ("Network Switch", "ネットワークスイッチ", 4_999),
    ("Surge Protector", "電源タップ", 2_599), ("Cable Organizer", "ケーブル整理ボックス", 1_599),
    ("Mouse Pad", "マウスパッド", 999), ("Ergonomic Keyboard", "エルゴノミクスキーボード", 11_999),
    ("Document Scanner", "ドキュメントスキャナー", 26_999), ("Label Printer", "ラベルプリンター", 9_999),
    ("Conference Speakerphone", "会議用スピーカーフォン", 15_999),
    ("Presentation Clicker", "プレゼンポインター", 2_999),
    ("Green Tea Set", "緑茶セット", 2_499), ("Desk Organizer", "デスクオーガナイザー", 2_199),
    ("Monitor Arm", "モニターアーム", 8_999), ("Footrest", "フットレスト", 3_299),
    ("Air Purifier", "空気清浄機", 17_999), ("Desk Fan", "卓上扇風機", 2_799),
    ("Calculator", "電卓", 1_499), ("Shipping Boxes", "配送用段ボール", 1_999),
    ("Packing Tape", "梱包テープ", 699), ("Gift Card", "ギフトカード", 5_000),
  ]

  /// Warehouses holding stock.
  static let warehouses = ["Osaka", "Seattle", "Tokyo"]

  /// Carriers for English- and Japanese-speaking customers.
  static let englishCarriers = ["UPS", "FedEx", "USPS"]
  static let japaneseCarriers = ["Yamato", "Sagawa", "Japan Post"]

  /// Departments of the company.
  static let departments = [
    "Sales", "Support", "Finance", "HR", "IT", "Legal", "Operations", "Marketing",
  ]

  /// Contract titles and renewal terms.
  static let contractTitles = [
    "Premium Support Plan", "Managed Printing Service", "Office Equipment Lease",
    "Network Maintenance", "Annual Supplies Agreement",
  ]
  static let renewalTerms = [
    "Renews for 12 months unless cancelled 30 days before the end date.",
    "Renews for 12 months at the current price; 60 days' written notice to cancel.",
    "Ends on the end date; a renewal quote is sent 45 days before.",
    "Renews month to month after the end date; cancel any time with 30 days' notice.",
  ]

  /// Ticket subjects of the demo's existing tickets.
  static let ticketSubjects = [
    "Damaged item on delivery", "Wrong size delivered", "Invoice address change",
    "Question about warranty", "Delivery delayed", "Missing item in package", "Refund not received",
  ]
  static let ticketTeams = ["support", "billing", "logistics"]
}
