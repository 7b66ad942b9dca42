import { describe, expect, it } from 'vitest';
import { ListenRequests, requestLifetimeMs } from './listen-requests';

describe('ListenRequests', () => {
	it('is taken once, by the article it names; a newer request replaces an older', () => {
		const requests = new ListenRequests();
		expect(requests.take('a', 0)).toBe(false);
		requests.ask('a', 0);
		requests.ask('b', 0);
		expect(requests.take('a', 1)).toBe(false);
		expect(requests.take('b', 1)).toBe(true);
		expect(requests.take('b', 2)).toBe(false);
	});

	it('goes stale: a page opened long after the request does not start by itself', () => {
		const requests = new ListenRequests();
		requests.ask('a', 1000);
		expect(requests.take('a', 1000 + requestLifetimeMs + 1)).toBe(false);
		requests.ask('a', 1000);
		expect(requests.take('a', 1000 + requestLifetimeMs)).toBe(true);
	});
});
