import Foundation
import Office
import PostgresNIO
import Testing

@testable import OfficePostgres

/// Cells read a row of the server's answer and an object of a JSON array of rows alike: text,
/// numbers to the last digit, nulls, and a clear error for a value of the wrong type.
@Suite(.serialized) struct CellsTests {
  @Test(.enabled(if: StoreBackend.postgresServer != nil, "SWITCHBOARD_TEST_POSTGRES is not set"))
  func aJSONRowReadsAsTheRowItWasBuiltFrom() throws {
    let (opened, remove) = try StoreBackend.postgres(try #require(StoreBackend.postgresServer))
      .open()
    defer { remove() }
    let store = try #require(opened as? PostgresStore)
    let row = """
      SELECT 'Sato 佐藤' AS name, NULL::text AS note, 9007199254740993::bigint AS big,
        -42::bigint AS small, NULL::bigint AS missing, 0.875::float8 AS confidence,
        1.5::float8 AS fraction
      """
    let plain = Cells(try store.rows(row)[0])
    let found = try store.rows(PostgresStore.jsonArrays([("parts", row, "name")]))
    let objects = try Cells(found[0]).objects("parts")
    #expect(objects.count == 1)
    for cells in [plain, objects[0]] {
      #expect(try cells.text("name") == "Sato 佐藤")
      #expect(try cells.optionalText("note") == nil)
      #expect(try cells.int("big") == 9_007_199_254_740_993)
      #expect(try cells.int("small") == -42)
      #expect(try cells.optionalInt("missing") == nil)
      #expect(try cells.double("confidence") == 0.875)
      #expect(throws: StoreError.self) { try cells.int("missing") }
      #expect(throws: StoreError.self) { try cells.text("missing") }
    }
    #expect(throws: StoreError.self) { try objects[0].int("name") }
    #expect(throws: StoreError.self) { try objects[0].int("fraction") }
    let none = try store.rows(
      PostgresStore.jsonArrays([("parts", "SELECT 1 AS n WHERE false", "n")]))
    #expect(try Cells(none[0]).objects("parts").isEmpty)
  }
}
