// The SinergiQuery module; see docs/architecture.md.
