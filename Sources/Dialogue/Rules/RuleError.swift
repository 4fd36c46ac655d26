import IntentMatching

/// A problem that stops `rules.yml` from loading: located, and printed, exactly like an
/// intent-file error (`path:line:column: error: message`, the line and a caret).
public typealias RuleError = CatalogError
