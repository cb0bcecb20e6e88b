// The `sinergi` executable: hands the arguments to the CLI and exits with its code.
import Foundation
import SinergiCLI

exit(SinergiCommand.main(arguments: Array(CommandLine.arguments.dropFirst())))
