// The .vsix size budget, held by the unit test (test/unit/package.test.ts, production bundles
// built in memory) and by the installed-copy run (scripts/test-installed.ts, the real package).
// Raised from 500 KB when rehearsal's due count moved out of dist/panel.js into dist/due.js, which
// carries its own copy of zod (~10 KB compressed): each lazy chunk is self-contained.
export const VSIX_LIMIT_BYTES = 520 * 1024;
