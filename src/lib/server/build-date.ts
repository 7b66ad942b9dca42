/**
 * The date of this build's sources, for what needs a date the content does not give (the feed's
 * undated articles): when the library's files last changed. A rebuild of unchanged sources
 * keeps it, so the site stays byte-identical (the clock time would not). Reproducible builds set
 * SOURCE_DATE_EPOCH (seconds since 1970), the common convention, which wins.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time of the Markdown files under `dir`, or undefined. */
function newestFile(dir: string): Date | undefined {
	let newest = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
		newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
	}
	return newest ? new Date(Math.floor(newest / 1000) * 1000) : undefined;
}

export function buildDate(
	articlesDir: string,
	env: Record<string, string | undefined> = process.env
): Date {
	const epoch = Number(env.SOURCE_DATE_EPOCH);
	if (env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) return new Date(epoch * 1000);
	return newestFile(articlesDir) ?? new Date(0);
}
