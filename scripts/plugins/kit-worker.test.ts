// Kit runs its prerender in a worker and, in Kit 2, only unrefs it when the result is back: the
// worker and its heap (half a gigabyte after 20,000 pages) live until the whole build exits,
// beside the search indexer. patches/@sveltejs+kit+*.patch ends the worker once it has sent its
// result, as Kit 3 does; this fails if the patch is not applied (`npm ci --ignore-scripts`).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from './fixtures/forked-task.js';

const dir = mkdtempSync(join(tmpdir(), 'folio-kit-worker-'));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("Kit's build worker", () => {
	it('ends once its result is sent', async () => {
		const exitFile = join(dir, 'exited');
		await expect(run({ exitFile })).resolves.toBe('done');
		await expect.poll(() => existsSync(exitFile), { timeout: 5000 }).toBe(true);
	});
});
