// The worker of precompress-pages.js: compresses Kit's prerendered files as they are written,
// until it is told the prerender is over; then a last sweep of everything, and it reports.
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { PrerenderedCompressor } from './precompress-pages.js';

const compressor = new PrerenderedCompressor(workerData.dir);
let prerendered = false;
parentPort?.on('message', (message) => {
	if (message === 'prerendered') prerendered = true;
});
while (!prerendered) {
	// Nothing ready: wait for Kit to write more. Either way, let the message in.
	await sleep(compressor.sweep() === 0 ? 250 : 0);
}
compressor.sweep(true);
parentPort?.postMessage({ compressed: compressor.compressed });
process.exit(0);
