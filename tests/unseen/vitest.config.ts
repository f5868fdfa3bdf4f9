import { defineConfig } from 'vitest/config';

// Only for the known-limitation tests next to this file; the unit suite never includes tests/.
export default defineConfig({ test: { include: ['tests/unseen/*.test.ts'] } });
