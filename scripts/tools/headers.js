// Reads a _headers file (Cloudflare Pages / Netlify syntax), so that scripts/tools/serve.js sends
// exactly the headers a static host would: static/_headers is the one source of both.
import { readFileSync } from 'node:fs';

/** @typedef {{ pattern: RegExp, source: string, set: [string, string][], detach: string[] }} HeaderRule */

/** A URL pattern as a RegExp: `*` matches anything, `:name` one path segment. */
function patternOf(/** @type {string} */ source) {
	const body = source
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) =>
			part === '*'
				? '.*'
				: part.startsWith(':')
					? '[^/]+'
					: part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
		)
		.join('');
	return new RegExp(`^${body}$`);
}

/**
 * The rules of a _headers file, in order: a line starting with `/` opens a rule, indented
 * `Name: value` lines add headers, `! Name` drops a header an earlier rule set, `#` comments.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
	/** @type {HeaderRule[]} */
	const rules = [];
	for (const [index, raw] of text.split(/\r?\n/).entries()) {
		const line = raw.trim();
		if (!line || line.startsWith('#')) continue;
		const rule = rules.at(-1);
		if (!/^\s/.test(raw)) {
			if (!line.startsWith('/')) throw new Error(`_headers line ${index + 1}: expected a path`);
			rules.push({ pattern: patternOf(line), source: line, set: [], detach: [] });
		} else if (!rule) {
			throw new Error(`_headers line ${index + 1}: a header before any path`);
		} else if (line.startsWith('!')) {
			rule.detach.push(line.slice(1).trim().toLowerCase());
		} else {
			const colon = line.indexOf(':');
			if (colon < 1) throw new Error(`_headers line ${index + 1}: expected "Name: value"`);
			rule.set.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
		}
	}
	return rules;
}

/**
 * The headers for `pathname`: every matching rule in order; a header two rules set is joined
 * with ", " unless the later rule dropped it first (as Cloudflare Pages does).
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 * @returns {Map<string, string>} header names in lower case, as Node sends them
 */
export function headersFor(rules, pathname) {
	/** @type {Map<string, string>} */
	const headers = new Map();
	for (const rule of rules) {
		if (!rule.pattern.test(pathname)) continue;
		for (const name of rule.detach) headers.delete(name);
		for (const [name, value] of rule.set) {
			const key = name.toLowerCase();
			const earlier = headers.get(key);
			headers.set(key, earlier === undefined ? value : `${earlier}, ${value}`);
		}
	}
	return headers;
}

/** The rules of the _headers file at `path`, or none when there is no such file. */
export function readHeaderRules(/** @type {string} */ path) {
	try {
		return parseHeaders(readFileSync(path, 'utf8'));
	} catch (error) {
		if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return [];
		throw error;
	}
}
