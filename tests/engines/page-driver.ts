import {
	controlMarker,
	type EngineDriver,
	type EngineName,
	markControl,
	type Role,
	takeProblems
} from './driver';

/**
 * What an automation library with page events offers (Playwright, puppeteer-core), reduced to
 * what the journeys need. The page is watched from before its own scripts run (an init or
 * preload script installing `watchPage`), and `onProblem` reports the browser's own page errors
 * and console errors.
 */
export type AutomatedPage = {
	goto(url: string): Promise<unknown>;
	reload(): Promise<unknown>;
	click(selector: string): Promise<unknown>;
	press(key: string): Promise<unknown>;
	evaluate(fn: (arg: unknown) => unknown, arg: unknown): Promise<unknown>;
	onProblem(note: (text: string) => void): void;
	close(): Promise<void>;
};

/** An EngineDriver over an AutomatedPage. */
export class PageDriver implements EngineDriver {
	#seen: string[] = [];

	constructor(
		readonly engine: EngineName,
		private readonly page: AutomatedPage,
		private readonly baseURL: string
	) {
		page.onProblem((text) => this.#seen.push(text));
	}

	async goto(path: string): Promise<void> {
		await this.#collect();
		await this.page.goto(new URL(path, this.baseURL).href);
	}

	async reload(): Promise<void> {
		await this.#collect();
		await this.page.reload();
	}

	async click(name: string, role: Role = 'button'): Promise<void> {
		const selector = await this.run(markControl, { name, role, marker: controlMarker });
		await this.#collect();
		await this.page.click(selector);
	}

	async press(key: string): Promise<void> {
		await this.page.press(key);
	}

	async run<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
		return (await this.page.evaluate(fn as (arg: unknown) => unknown, arg)) as T;
	}

	async problems(): Promise<string[]> {
		await this.#collect();
		return [...new Set(this.#seen.splice(0))];
	}

	close(): Promise<void> {
		return this.page.close();
	}

	async #collect(): Promise<void> {
		try {
			this.#seen.push(...(await this.run(takeProblems)));
		} catch {
			// No page to read (mid-navigation): nothing collected.
		}
	}
}
