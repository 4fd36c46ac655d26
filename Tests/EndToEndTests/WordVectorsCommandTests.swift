import Foundation
import TestSupport
import Testing

/// `intents import --word-vectors` names the repository's word-vector table in the catalog's
/// settings; every command that loads the catalog then weighs the meaning of words its examples
/// never use, `/why` shows that evidence, and a table that cannot be read is a one-line error.
@Suite struct WordVectorsCommandTests {
  private static let csv = """
    text,intent
    my laptop is broken,broken_laptop
    the computer does not work,broken_laptop
    screen cracked,broken_laptop
    pay my invoice,pay_invoice
    settle the bill,pay_invoice
    i want to pay what i owe,pay_invoice
    how many leave days do i have,leave_days
    my vacation balance,leave_days
    days off left,leave_days
    tell me a joke,oos

    """

  private static var table: String { RepositoryPaths.root + "/lexicon/english.vectors" }

  private func imported(_ folder: TemporaryFolder, wordVectors: Bool) throws -> String {
    let data = folder.file("data.csv")
    try Self.csv.write(toFile: data, atomically: true, encoding: .utf8)
    let catalog = folder.file(wordVectors ? "with" : "without")
    let result = try BinaryRunner.run(
      ["intents", "import", data, "--out", catalog]
        + (wordVectors ? ["--word-vectors", Self.table] : []))
    #expect(result.status == 0, "\(result.stderr)")
    return catalog
  }

  @Test func theImportedCatalogUnderstandsOtherWordsInEveryCommand() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let catalog = try imported(folder, wordVectors: true)
    let settings = try String(contentsOfFile: catalog + "/settings.yml", encoding: .utf8)
    #expect(settings.contains("  word_vectors: \"\(Self.table)\"\n"), "\(settings)")

    let line = "my notebook crashed"
    let classify = try BinaryRunner.run(["classify", "--intents", catalog], stdin: line + "\n")
    #expect(classify.stdout.hasPrefix("broken_laptop\t"), "\(classify.stdout)")
    let plain = try BinaryRunner.run(
      ["classify", "--intents", try imported(folder, wordVectors: false)], stdin: line + "\n")
    #expect(!plain.stdout.hasPrefix("broken_laptop\t"), "\(plain.stdout)")

    let ask = try BinaryRunner.run([
      "ask", "--json", "--intents", catalog, "--db", folder.file("x.sqlite"), line,
    ])
    #expect(ask.stdout.contains("\"intent\":\"broken_laptop\""), "\(ask.stdout)")

    let console = try BinaryRunner.run(
      ["--db", folder.file("y.sqlite"), "--intents", catalog], stdin: line + "\n/why\n")
    #expect(console.status == 0, "\(console.stderr)")
    #expect(console.stdout.contains("meaning of \"my notebook crashed\""), "\(console.stdout)")
  }

  @Test func aTableThatCannotBeReadExitsTwoAndWritesNothing() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let data = folder.file("data.csv")
    try Self.csv.write(toFile: data, atomically: true, encoding: .utf8)
    let missing = folder.file("missing.vectors")
    let catalog = folder.file("catalog")
    let result = try BinaryRunner.run(
      ["intents", "import", data, "--out", catalog, "--word-vectors", missing])
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "switchboard: --word-vectors: cannot read word vectors '\(missing)': "
        + "No such file or directory\n")
    #expect(!FileManager.default.fileExists(atPath: catalog))

    try "text,intent\n".write(toFile: missing, atomically: true, encoding: .utf8)
    let notATable = try BinaryRunner.run(
      ["intents", "import", data, "--out", catalog, "--word-vectors", missing])
    #expect(notATable.status == 2)
    #expect(notATable.stderr.contains("is not a word-vector table"), "\(notATable.stderr)")
    #expect(!FileManager.default.fileExists(atPath: catalog))
  }
}
