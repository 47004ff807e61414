#!/usr/bin/env node
// CLI entry: loads the TypeScript sources through tsx (no separate build step).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/adapters/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
