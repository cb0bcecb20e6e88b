// The diagram palette: every stakeholder kind has a colour and a shape of its own, text on
// every fill is readable (WCAG contrast), and the colours stay apart under simulated colour
// vision deficiencies (Machado et al. 2009, severity 1), as DOTStyle's doc comment claims.

import Foundation
import Testing

@testable import SinergiFormats

@Suite struct DiagramPaletteTests {
    static let stakeholderKinds = [
        "Perpusnas", "Bappenas", "Kemendes", "ProvincialLibraryOffice", "RegencyLibraryOffice", "Bappeda", "DPMPD",
        "VillageLibrary", "VillageGovernment", "SynergyTeam", "Facilitator", "MasterTrainer", "Partner", "Patron",
    ]

    static func rgb(_ hex: String) -> [Double] {
        let digits = Array(hex.dropFirst())
        return stride(from: 0, to: 6, by: 2).map { i in Double(Int(String(digits[i...i + 1]), radix: 16) ?? 0) / 255 }
    }

    static func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
    static func gamma(_ c: Double) -> Double {
        let x = min(1, max(0, c))
        return x <= 0.0031308 ? 12.92 * x : 1.055 * pow(x, 1 / 2.4) - 0.055
    }

    /// WCAG relative luminance.
    static func luminance(_ hex: String) -> Double {
        let c = rgb(hex).map(linear)
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    /// Machado et al. (2009) matrices for full protanopia, deuteranopia and tritanopia, on linear RGB.
    static let deficiencies: [[[Double]]] = [
        [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
        [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
        [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
        [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
    ]

    /// CIELAB (D65) of a colour as seen with `m`.
    static func lab(_ hex: String, _ m: [[Double]]) -> [Double] {
        let l = rgb(hex).map(linear)
        let seen = m.map { row in gamma(row[0] * l[0] + row[1] * l[1] + row[2] * l[2]) }.map(linear)
        let x = (0.4124 * seen[0] + 0.3576 * seen[1] + 0.1805 * seen[2]) / 0.95047
        let y = 0.2126 * seen[0] + 0.7152 * seen[1] + 0.0722 * seen[2]
        let z = (0.0193 * seen[0] + 0.1192 * seen[1] + 0.9505 * seen[2]) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116 }
        return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
    }

    @Test func everyStakeholderKindHasItsOwnColourAndShape() {
        let styles = Self.stakeholderKinds.map(DOTStyle.nodeStyle(kind:))
        #expect(Set(styles.map(\.fill)).count == Self.stakeholderKinds.count)
        #expect(Set(styles.map(\.shape)).count == Self.stakeholderKinds.count)
        // Facilitator and Bappeda shared orange before; they must not any more.
        #expect(DOTStyle.nodeStyle(kind: "Facilitator").fill != DOTStyle.nodeStyle(kind: "Bappeda").fill)
        // Every TPBIS kind in the table has a shape no other stakeholder kind has.
        let shapes = Dictionary(grouping: styles, by: \.shape)
        #expect(shapes.values.allSatisfy { $0.count == 1 })
    }

    @Test func textOnEveryFillIsReadable() {
        for style in DOTStyle.nodeStyles {
            let ratio = Self.contrast(style.fill, style.fontColor)
            #expect(ratio >= 4.5, "\(style.kind): contrast \(ratio) of \(style.fontColor) on \(style.fill)")
        }
    }

    @Test func coloursStayApartUnderColourVisionDeficiencies() {
        let fills = Self.stakeholderKinds.map { DOTStyle.nodeStyle(kind: $0).fill }
        var smallest = Double.infinity
        for m in Self.deficiencies {
            let points = fills.map { Self.lab($0, m) }
            for i in points.indices {
                for j in points.indices where j > i {
                    let d = sqrt(zip(points[i], points[j]).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) })
                    smallest = min(smallest, d)
                }
            }
        }
        // The doc comment of DiagramPalette states 11 ΔE*ab.
        #expect(smallest >= 11, "smallest distance \(smallest)")
    }
}
