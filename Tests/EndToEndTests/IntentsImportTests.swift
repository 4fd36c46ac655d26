import Foundation
import TestSupport
import Testing

/// `intents import` never destroys work: a folder that holds a catalog is refused without
/// `--force`, and with it files the import did not write stay exactly as they were.
@Suite struct IntentsImportTests {
  private static let csv = """
    text,intent
    where is my parcel,track_parcel
    has my parcel shipped,track_parcel
    i want my money back,refund
    refund my order please,refund
    tell me a joke,oos

    """

  /// The folder's files and their bytes.
  private func contents(_ folder: String) -> [String: String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    var result: [String: String] = [:]
    for name in names {
      result[name] = (try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)) ?? ""
    }
    return result
  }

  private func handWrittenCatalog(_ folder: TemporaryFolder) throws -> String {
    let catalog = folder.file("catalog")
    try FileManager.default.createDirectory(atPath: catalog, withIntermediateDirectories: true)
    let files = [
      "settings.yml": "# Calibrated by hand on last week's data.\nsettings:\n  threshold: 0.42\n",
      "out_of_scope.yml":
        "# Jokes and weather, collected by the desk.\nout_of_scope:\n  - what's the weather\n",
      "faq.yml": """
      # Our own answers.
      intents:
        - name: opening_hours
          examples: [when are you open, what are your opening hours]
          answers: We are open from nine to six.

      """,
    ]
    for (name, text) in files {
      try text.write(toFile: catalog + "/" + name, atomically: true, encoding: .utf8)
    }
    return catalog
  }

  @Test func importIntoAnExistingCatalogWithoutForceExitsTwoAndChangesNothing() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let catalog = try handWrittenCatalog(folder)
    let data = folder.file("data.csv")
    try Self.csv.write(toFile: data, atomically: true, encoding: .utf8)
    let before = contents(catalog)
    let result = try BinaryRunner.run(["intents", "import", data, "--out", catalog])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr == "switchboard: \(catalog) already holds a catalog (faq.yml, "
        + "out_of_scope.yml, settings.yml); nothing was written (--force imports into it "
        + "and keeps the files import did not write)\n")
    #expect(contents(catalog) == before)
  }

  @Test func forceKeepsTheFilesImportDidNotWrite() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let catalog = try handWrittenCatalog(folder)
    let data = folder.file("data.csv")
    try Self.csv.write(toFile: data, atomically: true, encoding: .utf8)
    let before = contents(catalog)
    let result = try BinaryRunner.run(["intents", "import", data, "--out", catalog, "--force"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "wrote \(catalog): 3 intents, 6 examples, 2 out-of-scope examples\n")
    let after = contents(catalog)
    for name in ["settings.yml", "out_of_scope.yml", "faq.yml"] {
      #expect(after[name] == before[name], "\(name) changed")
    }
    #expect(
      Set(after.keys) == Set(before.keys).union(["intents.yml", "imported_out_of_scope.yml"]))
    let classify = try BinaryRunner.run(
      ["classify", "--intents", catalog], stdin: "when are you open\nwhere is my parcel\n")
    #expect(classify.stdout.hasPrefix("opening_hours\t"), "\(classify.stdout)")
    #expect(classify.stdout.contains("\ntrack_parcel\t"), "\(classify.stdout)")

    // A second import replaces what the first one wrote and nothing else.
    let again = try BinaryRunner.run(["intents", "import", data, "--out", catalog, "--force"])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(contents(catalog) == after)
  }

  @Test func anImportThatWouldBreakTheCatalogWritesNothing() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let catalog = try handWrittenCatalog(folder)
    let data = folder.file("data.csv")
    try "text,intent\nwhen do you open,opening_hours\n".write(
      toFile: data, atomically: true, encoding: .utf8)
    let before = contents(catalog)
    let result = try BinaryRunner.run(["intents", "import", data, "--out", catalog, "--force"])
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("\(catalog)/intents.yml:4:"), "\(result.stderr)")
    #expect(result.stderr.contains("error: duplicate intent 'opening_hours'"))
    #expect(contents(catalog) == before)
  }

  @Test func responseColumnsBecomeAnswers() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let data = folder.file("data.csv")
    try """
    text,intent,response,response_ja
    where is my parcel,track_parcel,Parcels arrive within three days.,小包は三日以内に届きます。
    has my parcel shipped,track_parcel,,
    小包はどこ,track_parcel,,
    i want my money back,refund,Refunds take a week.,

    """.write(toFile: data, atomically: true, encoding: .utf8)
    let catalog = folder.file("catalog")
    let result = try BinaryRunner.run(["intents", "import", data, "--out", catalog])
    #expect(result.status == 0, "\(result.stderr)")
    let english = try BinaryRunner.run([
      "ask", "--json", "--intents", catalog, "--db", folder.file("x.sqlite"),
      "where is my parcel",
    ])
    #expect(english.stdout.contains("\"response\":\"Parcels arrive within three days.\""))
    let refund = try BinaryRunner.run([
      "ask", "--json", "--intents", catalog, "--db", folder.file("x.sqlite"),
      "i want my money back",
    ])
    #expect(refund.stdout.contains("\"response\":\"Refunds take a week.\""), "\(refund.stdout)")
  }
}
