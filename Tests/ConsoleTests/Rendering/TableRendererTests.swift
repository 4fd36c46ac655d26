import Console
import Testing

@Suite struct TableRendererTests {
  @Test func alignsColumnsCountingWideCharactersAsTwo() {
    let table = TableRenderer.render(
      header: ["id", "name", "tier"],
      rows: [["C-1001", "Emma Clark", "gold"], ["C-1002", "佐藤 花子", "silver"]])
    #expect(
      table == """
        id      name        tier
        ------  ----------  ------
        C-1001  Emma Clark  gold
        C-1002  佐藤 花子   silver
        """)
  }

  @Test(arguments: [("abc", 3), ("佐藤", 4), ("ｶﾀｶﾅ", 4), ("Ｐ", 2)])
  func measuresDisplayWidth(text: String, width: Int) {
    #expect(TableRenderer.displayWidth(text) == width)
  }
}
