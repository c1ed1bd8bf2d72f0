// Stands in for the `server-only` package under vitest: the real one throws
// outside Next.js's server bundles, and tests import server modules directly.
export {};
