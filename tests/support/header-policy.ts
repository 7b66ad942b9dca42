// The response headers Folio's hosts must send, written out by hand from the policy as
// docs/deploying.md states it, not computed from static/_headers: a wrong rule there (or in the
// code that reads it) must fail here. Names in lower case, as Node reports them.
import { expect } from '@playwright/test';

/** On every response: framing forbidden, no sniffing, no referrer, no powerful features, HSTS. */
const everywhere = {
	'content-security-policy': "frame-ancestors 'none'",
	'x-frame-options': 'DENY',
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'no-referrer',
	'permissions-policy':
		'camera=(), microphone=(), geolocation=(), payment=(), usb=(), accelerometer=(), gyroscope=(), magnetometer=(), browsing-topics=()',
	'strict-transport-security': 'max-age=63072000; includeSubDomains'
};

/** Pages, the worker, the manifest, data and the 404 page: revalidated on every use. */
export const revalidated = { ...everywhere, 'cache-control': 'no-cache' };

/** Files under /_app/immutable/, named by their contents' hashes: kept for a year. */
export const immutable = { ...everywhere, 'cache-control': 'public, max-age=31536000, immutable' };

/** Assert that `headers` carry every header of `expected`, with these values exactly. */
export function expectHeaders(
	headers: Record<string, string>,
	expected: Record<string, string>,
	what: string
) {
	for (const [name, value] of Object.entries(expected))
		expect(headers[name], `${what}: ${name}`).toBe(value);
}
