import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceHash } from '../../scripts/source-hash.js';

const root = join(import.meta.dirname, '..', '..');
/** A second build of the same sources under another version name: the update tests' "v2". */
export const secondBuildDir = join(root, '.tmp', 'build-v2');
/** The same sources built again, unchanged: must equal build/ byte for byte. */
export const rebuildDir = join(root, '.tmp', 'build-again');

/** Build into `dir` unless it was already built from the current sources. */
function buildOnce(dir: string, extraEnv: Record<string, string>) {
	const stamp = join(dir, '.source-hash');
	const hash = sourceHash(root);
	if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
	const env = { ...process.env, ...extraEnv, FOLIO_BUILD_DIR: dir };
	execFileSync('npm', ['run', 'build', '--silent'], {
		cwd: root,
		env,
		stdio: ['ignore', 'ignore', 'inherit']
	});
	writeFileSync(stamp, hash);
}

export default function globalSetup() {
	if (!existsSync(join(root, 'build', 'sw.js'))) {
		throw new Error('Browser tests run against the built site: run `npm run build` first.');
	}
	buildOnce(secondBuildDir, { FOLIO_VERSION_SUFFIX: '-v2' });
	buildOnce(rebuildDir, {});
}
