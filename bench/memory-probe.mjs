// Loaded into the gateway by the start-up phase of bench/run.ts (`node --expose-gc --import`):
// on SIGUSR2 it prints the process's memory as one line, `MEMORY {"rss":…,"heapUsed":…}`, the
// resident size as it is and the heap after a full collection: what is held, not the garbage
// not yet collected. Plain JavaScript: the gateway it measures runs compiled, without tsx.
import { writeSync } from 'node:fs';

process.on('SIGUSR2', () => {
  const rss = process.memoryUsage.rss();
  globalThis.gc();
  writeSync(1, `MEMORY ${JSON.stringify({ rss, heapUsed: process.memoryUsage().heapUsed })}\n`);
});
