// Test support: seeded generator and fixtures.
import SinergiGraph
