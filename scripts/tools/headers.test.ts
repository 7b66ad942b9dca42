import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from './headers.js';

const shipped = parseHeaders(readFileSync(join(process.cwd(), 'static', '_headers'), 'utf8'));
const securityHeaders = {
	'content-security-policy': "frame-ancestors 'none'",
	'x-frame-options': 'DENY',
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'no-referrer',
	'strict-transport-security': 'max-age=63072000; includeSubDomains'
};

describe('static/_headers', () => {
	it.each(['/', '/articles/some-slug/', '/sw.js', '/manifest.webmanifest', '/404.html'])(
		'%s: revalidated on every use, with every security header',
		(path) => {
			const headers = Object.fromEntries(headersFor(shipped, path));
			expect(headers).toMatchObject({ 'cache-control': 'no-cache', ...securityHeaders });
			expect(headers['permissions-policy']).toMatch(/^camera=\(\), microphone=\(\)/);
		}
	);

	it('marks hashed build assets immutable, and only them', () => {
		const headers = Object.fromEntries(headersFor(shipped, '/_app/immutable/entry/start.x1.js'));
		expect(headers).toMatchObject({
			'cache-control': 'public, max-age=31536000, immutable',
			...securityHeaders
		});
		expect(headersFor(shipped, '/_app/version.json').get('cache-control')).toBe('no-cache');
	});
});

describe('parseHeaders and headersFor', () => {
	it('joins a header two rules set, unless the later rule drops it first', () => {
		const rules = parseHeaders('/*\n  A: 1\n  B: 1\n/x/*\n  A: 2\n  ! B\n  B: 2\n# comment\n');
		expect(Object.fromEntries(headersFor(rules, '/x/y'))).toEqual({ a: '1, 2', b: '2' });
		expect(Object.fromEntries(headersFor(rules, '/z'))).toEqual({ a: '1', b: '1' });
	});

	it('matches :placeholders within one segment and escapes the rest', () => {
		const rules = parseHeaders('/a/:slug/b.js\n  X: y\n');
		expect(headersFor(rules, '/a/one/b.js').get('x')).toBe('y');
		expect(headersFor(rules, '/a/one/two/b.js').size).toBe(0);
		expect(headersFor(rules, '/a/one/bxjs').size).toBe(0);
	});

	it('refuses a file it cannot read rather than serve without headers', () => {
		expect(() => parseHeaders('  X: y\n')).toThrow('line 1: a header before any path');
		expect(() => parseHeaders('/*\n  no colon\n')).toThrow('line 2: expected "Name: value"');
		expect(() => parseHeaders('*.js\n')).toThrow('line 1: expected a path');
	});
});
