// The SinergiRegistry module; see docs/architecture.md.
import SinergiGraph
