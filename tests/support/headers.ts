import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { headersFor, parseHeaders } from '../../scripts/headers.js';

const rules = parseHeaders(
	readFileSync(join(import.meta.dirname, '..', '..', 'static', '_headers'), 'utf8')
);

/** The headers static/_headers gives `pathname`, names in lower case. */
export function expectedHeaders(pathname: string): Record<string, string> {
	return Object.fromEntries(headersFor(rules, pathname));
}

/** Assert a real response carries every header static/_headers gives its path. */
export function expectShippedHeaders(headers: Record<string, string>, pathname: string) {
	const expected = expectedHeaders(pathname);
	expect(Object.keys(expected)).toContain('content-security-policy');
	expect(headers).toMatchObject(expected);
}
