// The SinergiFormats module; see docs/architecture.md.
import SinergiGraph
