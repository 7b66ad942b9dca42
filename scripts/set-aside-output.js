// Moves the last build's intermediate output (.svelte-kit/output) aside and deletes it in the
// background, before `vite build`, which would otherwise delete it first and wait: 12 s for the
// 83,000 files of a 20,000-article library, on the one core the build is not using yet.
// The site's own folder (build/) is left to the adapter: a build that fails keeps the last one.
//   node scripts/set-aside-output.js
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';

const kit = join(process.cwd(), '.svelte-kit');
const output = join(kit, 'output');
if (existsSync(output)) renameSync(output, join(kit, `output-old-${process.pid}-${Date.now()}`));
// Also any a build before this one left when it was stopped.
const aside = existsSync(kit)
	? readdirSync(kit)
			.filter((name) => name.startsWith('output-old-'))
			.map((name) => join(kit, name))
	: [];
if (aside.length) {
	// Without rm (not Debian) the folders stay, and the next build tries again.
	const rm = spawn('rm', ['-rf', ...aside], { detached: true, stdio: 'ignore' });
	rm.on('error', () => {});
	rm.unref();
}
