import Dialogue
import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct JUnitWriterTests {
  /// Runs `text` as the file `path` on a fresh engine.
  private func suite(_ text: String, path: String) throws -> JUnitWriter.Suite {
    var report = TranscriptRunner.Report()
    TranscriptRunner(engine: try EngineFactory.engine()).run(text: text, path: path, into: &report)
    return JUnitWriter.Suite(path: path, report: report, seconds: 0.25)
  }

  @Test func oneSuitePerFileOneCasePerExpectationAndTheFailureWithItsPlace() throws {
    let passing = try suite("> hello\n= greeting\n", path: "t/one.chat")
    let failing = try suite(
      "> what are your opening hours?\n= business_hours\n< <no & such \"text\">\n",
      path: "t/two.chat")
    let xml = JUnitWriter.xml([passing, failing])
    let document = try XMLDocument(xmlString: xml)
    let root = try #require(document.rootElement())
    #expect(root.name == "testsuites")
    #expect(root.attribute(forName: "tests")?.stringValue == "3")
    #expect(root.attribute(forName: "failures")?.stringValue == "1")
    let suites = root.elements(forName: "testsuite")
    #expect(
      suites.map { $0.attribute(forName: "name")?.stringValue } == ["t/one.chat", "t/two.chat"])
    #expect(suites.map { $0.attribute(forName: "tests")?.stringValue } == ["1", "2"])
    #expect(suites.map { $0.attribute(forName: "failures")?.stringValue } == ["0", "1"])
    let cases = suites[1].elements(forName: "testcase")
    #expect(
      cases.map { $0.attribute(forName: "name")?.stringValue } == [
        "line 2: = business_hours", "line 3: < <no & such \"text\">",
      ])
    #expect(cases[0].attribute(forName: "classname")?.stringValue == "t.two")
    let failures = try document.nodes(forXPath: "//failure")
    #expect(failures.count == 1)
    let failure = try #require(failures.first as? XMLElement)
    #expect(
      failure.stringValue?.hasPrefix(
        "t/two.chat:3: expected the reply to contain '<no & such \"text\">', got '") == true)
    #expect(failure.attribute(forName: "message")?.stringValue?.hasPrefix("expected") == true)
  }

  @Test func aFileThatDoesNotParseIsOneFailingCase() throws {
    let broken = try suite("> hi\nhello\n", path: "bad.chat")
    let document = try XMLDocument(xmlString: JUnitWriter.xml([broken]))
    let cases = try document.nodes(forXPath: "//testcase")
    #expect(cases.count == 1)
    let failure = try #require(try document.nodes(forXPath: "//failure").first)
    #expect(failure.stringValue?.hasPrefix("bad.chat:2:1: error: unexpected line") == true)
  }

  @Test func charactersXMLCannotHoldAreDropped() throws {
    let odd = try suite("> hello\n< a\u{1}b\n", path: "odd.chat")
    let document = try XMLDocument(xmlString: JUnitWriter.xml([odd]))
    let testCase = try #require(try document.nodes(forXPath: "//testcase").first as? XMLElement)
    #expect(testCase.attribute(forName: "name")?.stringValue == "line 2: < ab")
  }
}
