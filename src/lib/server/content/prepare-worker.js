// One slice of the library, parsed in a worker thread (./prepare.ts). Plain JavaScript: a
// worker does not inherit the tsx loader the build script runs under, so it loads the
// TypeScript through tsx's API.
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { prepareSlice } = await tsImport('./prepare.ts', import.meta.url);
const [paths, first, dir, out, file, today] = workerData;
parentPort?.postMessage(prepareSlice(paths, first, dir, out, file, today));
