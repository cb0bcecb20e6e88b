// The root of the command line (temporary skeleton).
import Foundation

public enum SinergiCommand {
    public static func main(arguments: [String]) -> Int32 { 0 }
}
