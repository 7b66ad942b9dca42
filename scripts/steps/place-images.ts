// Puts the articles' image files into the site (images/ in the build folder), hard-linked from
// the cache the image step made them in (src/lib/server/images/cache.ts): nothing is copied or
// made again. After `vite build`, so the service worker does not precache them: a device keeps
// the images its reader sees and saves (docs/images.md).
//   tsx scripts/steps/place-images.ts [build]
import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { articlesDir } from '../../src/lib/server/content/index.ts';
import { preparedDir } from '../../src/lib/server/content/prepared.ts';
import { readPictureRecord } from '../../src/lib/server/images/pictures.ts';

const site = process.argv[2] ?? process.env.FOLIO_BUILD_DIR ?? 'build';
const record = readPictureRecord(preparedDir(articlesDir));
if (!record) {
	console.error('place-images: no image record; run the whole `npm run build`');
	process.exit(1);
}
const folder = join(site, 'images');
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
let linked = 0;
for (const [name, kept] of Object.entries(record.files)) {
	try {
		linkSync(kept, join(folder, name));
		linked++;
	} catch {
		copyFileSync(kept, join(folder, name));
	}
}
const count = Object.keys(record.files).length;
console.log(`place-images: ${count} files in ${folder} (${count - linked} copied)`);
