/**
 * One open article's shared state, where reading and listening meet: created by the article
 * route and given to its components through context, so that neither `progress/` nor
 * `speech/` needs the other's modules.
 */
import { getContext, setContext } from 'svelte';

/** What the player reports while it is open: minutes left at its speed. */
export interface ListeningTime {
	readonly minutesLeft: number;
	readonly rate: number;
}

export class ArticleSession {
	/** The sentence the eyes are at (the reading tracker's), where Listen starts. */
	place = $state<string | undefined>();
	/** The open player's time left, or undefined when nobody is listening. */
	listening = $state<ListeningTime | undefined>();
}

const key = Symbol('article-session');

/** Give the article page's components `session`. */
export function provideArticleSession(session: ArticleSession): ArticleSession {
	return setContext(key, session);
}

/** The open article's session; undefined outside an article page (the library, say). */
export function articleSession(): ArticleSession | undefined {
	return getContext<ArticleSession | undefined>(key);
}
