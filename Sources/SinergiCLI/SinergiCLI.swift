// The SinergiCLI module; see docs/architecture.md.
import SinergiGraph
