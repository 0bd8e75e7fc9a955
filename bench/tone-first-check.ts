/**
 * The first tone check after the model's chunk loads, in a fresh process (cold caches, cold JIT),
 * as the Zendesk sidebar meets it: the word rules were compiled while the agent read the ticket
 * (`prepareToneCheck`, before the chunk arrives), then the chunk loads (`loadMeaning`, timed; under
 * tsx this includes compiling the chunk's TypeScript) and the next check reads the draft with the
 * lexicons and the model. Prints one JSON line; bench/tone.ts runs it in child processes.
 */
import { performance } from 'node:perf_hooks';
import { checkTone, loadMeaning, prepareToneCheck } from '../shared/tone/core';
import { typicalDraft } from './tone-draft';

const draft = typicalDraft();
prepareToneCheck();
const loadStarted = performance.now();
await loadMeaning();
const loadMs = performance.now() - loadStarted;
const cpuBefore = process.cpuUsage();
const started = performance.now();
checkTone(draft);
const firstCheckUs = (performance.now() - started) * 1000;
const cpu = process.cpuUsage(cpuBefore);
console.log(JSON.stringify({ loadMs, firstCheckUs, firstCheckCpuUs: cpu.user + cpu.system }));
