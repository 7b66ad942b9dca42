/**
 * Where a request to listen has its owner above the pages, given by the root layout: made by
 * code that has no player (the library's "Play all unread") and taken by the article page it
 * names, whose Listen control starts as a tap on it would. No code finds a button in the DOM to
 * click it. Small on purpose: it is in every page's start-up.
 */
import { getContext, setContext } from 'svelte';

/** A request not taken this long after it was made is stale: the reader went elsewhere. */
export const requestLifetimeMs = 10_000;

export class ListenRequests {
	#pending: { slug: string; at: number } | undefined;

	/** Ask that the article `slug` starts playing once its page is shown (replaces any other). */
	ask(slug: string, now = Date.now()): void {
		this.#pending = { slug, at: now };
	}

	/** The page of `slug` takes the request made for it: true once, while it is fresh. */
	take(slug: string, now = Date.now()): boolean {
		const pending = this.#pending;
		if (pending?.slug !== slug) return false;
		this.#pending = undefined;
		return now - pending.at <= requestLifetimeMs;
	}
}

const key = Symbol('listen-requests');

/** Give every page the one ListenRequests (the root layout does). */
export function provideListenRequests(): ListenRequests {
	return setContext(key, new ListenRequests());
}

/** The app's ListenRequests, which the root layout gives every page. */
export function listenRequests(): ListenRequests {
	const requests = getContext<ListenRequests | undefined>(key);
	if (!requests) throw new Error('listenRequests: no ListenRequests; the root layout gives one');
	return requests;
}
