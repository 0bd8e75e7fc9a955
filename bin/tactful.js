#!/usr/bin/env node
// The `tactful` command: runs the TypeScript CLI in apps/cli through tsx, so it works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../apps/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
