// The build's step after Vite: .br and .gz copies of the files Kit's prerender did not already
// compress (the app's scripts and styles, the search index), through a few files at a time.
//   node scripts/steps/precompress.js [build]
import { precompress } from '../plugins/precompress.js';

const dir = process.argv[2] ?? process.env.FOLIO_BUILD_DIR ?? 'build';
const { compressed, upToDate } = await precompress(dir);
console.log(`precompress: ${compressed} files in ${dir} (${upToDate} compressed already)`);
