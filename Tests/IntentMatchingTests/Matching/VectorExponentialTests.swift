import Foundation
import Testing

@testable import IntentMatching

/// The softmax's eight-lane `e^x` against the C library's, over every input a softmax gives it
/// (scores minus their maximum, so at most 0) and a little past.
@Suite struct VectorExponentialTests {
  @Test func staysWithinTwoTenMillionthsOfTheLibrary() {
    var worst: Double = 0
    var worstInput: Float = 0
    var x: Float = -87
    while x < 10 {
      var lanes = SIMD8<Float>()
      for lane in 0..<8 { lanes[lane] = x + Float(lane) * 1.3e-4 }
      let fast = VectorExponential.exp(lanes)
      for lane in 0..<8 {
        let exact = Foundation.exp(Double(lanes[lane]))
        let error = abs(Double(fast[lane]) - exact) / exact
        if error > worst { (worst, worstInput) = (error, lanes[lane]) }
      }
      x += 8 * 1.3e-4
    }
    #expect(worst <= 2e-7, "relative error \(worst) at \(worstInput)")
  }

  @Test func zeroGivesExactlyOneAndFarBelowGivesZero() {
    let lanes = SIMD8<Float>(0, -87.5, -100, -1e30, -.infinity, 1, -1, -30)
    let result = VectorExponential.exp(lanes)
    #expect(result[0] == 1)
    for lane in 1...4 { #expect(result[lane] == 0, "lane \(lane)") }
    #expect(abs(result[5] - Float(M_E)) <= Float(M_E) * 2e-7)
    #expect(abs(result[6] - Float(1 / M_E)) <= Float(1 / M_E) * 2e-7)
    #expect(result[7] > 0)
  }
}
