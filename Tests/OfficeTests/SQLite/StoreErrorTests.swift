import GRDB
import Testing

@testable import Office

/// How database errors read once they leave Office.
@Suite struct StoreErrorTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var id: String
    var code: ResultCode
    var message: String
    var free: Int?
    var expected: String
    var testDescription: String { id }
  }

  static let cases: [Case] = [
    Case(
      id: "I/O error on a full disk", code: .SQLITE_IOERR, message: "disk I/O error", free: 8192,
      expected:
        "cannot open database /d/x.sqlite: the disk is full (8192 bytes free; disk I/O error)"),
    Case(
      id: "full database on a full disk", code: .SQLITE_FULL, message: "database or disk is full",
      free: 0,
      expected:
        "cannot open database /d/x.sqlite: the disk is full (0 bytes free; database or disk is full)"
    ),
    Case(
      id: "I/O error with room left", code: .SQLITE_IOERR, message: "disk I/O error",
      free: 1 << 30, expected: "cannot open database /d/x.sqlite: disk I/O error"),
    Case(
      id: "no file system information", code: .SQLITE_IOERR, message: "disk I/O error", free: nil,
      expected: "cannot open database /d/x.sqlite: disk I/O error"),
  ]

  @Test(arguments: cases)
  func saysTheDiskIsFullWhenItIs(_ test: Case) {
    let error = StoreError(
      wrapping: DatabaseError(resultCode: test.code, message: test.message), path: "/d/x.sqlite",
      opening: true, freeBytes: { _ in test.free })
    #expect(error.message == test.expected)
  }

  @Test func freeBytesAreFoundForAFileNotYetCreated() {
    #expect(StoreError.freeBytes(near: "/tmp/not-yet-created.sqlite") != nil)
  }
}
