// The SinergiAlgorithms module; see docs/architecture.md.
import SinergiGraph
