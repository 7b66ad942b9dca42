import { describe, expect, it } from 'vitest';
import { LazyDialog } from './lazy-dialog.svelte';

const panel = async () => ({ default: (() => null) as never });
/** A close event from a dialog in the page, or from one already replaced. */
const closeFrom = (isConnected: boolean) => ({ target: { isConnected } }) as unknown as Event;

describe('LazyDialog', () => {
	it('loads the panel on its first opening only, and numbers each opening', async () => {
		let loads = 0;
		const lazy = new LazyDialog(() => {
			loads += 1;
			return panel();
		});
		expect(lazy.shown).toBe(0);
		await lazy.open();
		const first = lazy.shown;
		lazy.close(closeFrom(true));
		await lazy.open();
		expect(loads).toBe(1);
		expect(lazy.component).toBeDefined();
		expect(lazy.shown).toBeGreaterThan(first);
	});

	it('ends the opening when its dialog closes', async () => {
		const lazy = new LazyDialog(panel);
		await lazy.open();
		lazy.close(closeFrom(true));
		expect(lazy.shown).toBe(0);
	});

	it('keeps a reopened panel open when the replaced dialog’s close arrives late', async () => {
		const lazy = new LazyDialog(panel);
		await lazy.open();
		// Esc closed the dialog; Enter reopened it (a new dialog) before its close event came.
		await lazy.open();
		const second = lazy.shown;
		lazy.close(closeFrom(false));
		expect(lazy.shown).toBe(second);
	});
});
