import Foundation
import TestSupport
import Testing

/// The README's tour is what the interactive console prints (a real terminal through tmux).
@Suite(.serialized) struct ReadmeTourTests {
  @Test(.enabled(if: TmuxSession.isAvailable)) func theTourIsWhatTheConsolePrints() throws {
    let readme = try String(contentsOfFile: RepositoryPaths.root + "/README.md", encoding: .utf8)
    let section = try #require(readme.range(of: "## A tour\n\n```\n"))
    let end = try #require(readme.range(of: "\n```", range: section.upperBound..<readme.endIndex))
    let tour = readme[section.upperBound..<end.lowerBound].split(separator: "\n").map(String.init)
    #expect(tour.first == "$ switchboard --agent mia")
    let prompt = "mia·agent> "
    let typed = tour.filter { $0.hasPrefix(prompt) }.map { String($0.dropFirst(prompt.count)) }

    let folder = TemporaryFolder()
    defer { folder.remove() }
    let command =
      "env SWITCHBOARD_HISTORY='\(folder.file("history"))' LANG=C.UTF-8 TERM=xterm"
      + " '\(RepositoryPaths.binary)' --db '\(folder.file("x.sqlite"))'"
      + " --intents '\(RepositoryPaths.intents)' --agent mia --no-color; sleep 60"
    let terminal = try TmuxSession(command: command)
    try terminal.waitFor { $0.contains("mia·agent>") }
    for (index, line) in typed.enumerated() {
      try terminal.type(line)
      try terminal.press("Enter")
      // The screen drops the prompt's trailing space.
      try terminal.waitFor { $0.components(separatedBy: "mia·agent>").count == index + 3 }
    }
    let screen = try terminal.joinedScreen().split(separator: "\n").map(String.init)
    let start = try #require(screen.firstIndex { $0.hasPrefix(prompt) })
    let printed = Array(screen[start...]).filter {
      !$0.isEmpty && $0 != prompt.trimmingCharacters(in: .whitespaces)
    }
    #expect(printed == Array(tour.dropFirst()), "\(printed.joined(separator: "\n"))")
  }
}
