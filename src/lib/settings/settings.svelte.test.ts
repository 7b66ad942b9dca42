import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../../../tests/doubles/memory-storage';
import { FakeRoot } from '../../../tests/doubles/fake-root';
import { storageKey, version } from './schema.js';
import { ReaderSettings } from './settings.svelte';

const tick = () => new Promise((resolve) => setTimeout(resolve));
let window: EventTarget;

beforeEach(() => {
	window = new EventTarget();
	vi.stubGlobal('window', window);
});
afterEach(() => vi.unstubAllGlobals());

describe('ReaderSettings', () => {
	it('saves a change under one versioned key and shows it on <html>', () => {
		const storage = new MemoryStorage();
		vi.stubGlobal('localStorage', storage);
		const root = new FakeRoot();
		const settings = new ReaderSettings(root);
		settings.update({ theme: 'sepia', lineHeight: 2 });
		expect(JSON.parse(storage.getItem(storageKey) ?? '')).toEqual({
			v: version,
			data: settings.current
		});
		expect(root.getAttribute('data-folio-theme')).toBe('sepia');
		expect(root.properties.get('--folio-line-height')).toBe('2');
		expect(settings.saved).toBe(true);
	});

	it('validates what it is given', () => {
		vi.stubGlobal('localStorage', new MemoryStorage());
		const settings = new ReaderSettings(new FakeRoot());
		settings.update({ fontSize: 400, measure: 71 });
		expect(settings.current.fontSize).toBeNull();
		expect(settings.current.measure).toBe(70);
	});

	it('works in memory when storage is full or disabled, and says so', () => {
		vi.stubGlobal('localStorage', {
			getItem: () => {
				throw new DOMException('denied', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			},
			removeItem: () => {}
		});
		const root = new FakeRoot();
		const settings = new ReaderSettings(root);
		expect(settings.current.theme).toBe('auto');
		settings.update({ theme: 'black' });
		expect(settings.current.theme).toBe('black');
		expect(root.getAttribute('data-folio-theme')).toBe('black');
		expect(settings.saved).toBe(false);
	});

	it('resets the text layout and the colours separately', () => {
		vi.stubGlobal('localStorage', new MemoryStorage());
		const settings = new ReaderSettings(new FakeRoot());
		settings.update({ fontSize: 30, align: 'justify', theme: 'dark', customText: '#ffffff' });
		settings.reset('text');
		expect(settings.current).toMatchObject({
			fontSize: null,
			align: 'start',
			theme: 'dark',
			customText: '#ffffff'
		});
		settings.reset('colour');
		expect(settings.current).toMatchObject({ theme: 'auto', customText: '#1c1b19' });
	});

	it('follows changes made in another tab', () => {
		const storage = new MemoryStorage();
		vi.stubGlobal('localStorage', storage);
		const root = new FakeRoot();
		const settings = new ReaderSettings(root);
		// As a browser does: the other tab's write is in storage, then the event arrives.
		const fromOtherTab = (newValue: string | null) => {
			if (newValue === null) storage.removeItem(storageKey);
			else storage.setItem(storageKey, newValue);
			window.dispatchEvent(Object.assign(new Event('storage'), { key: storageKey, newValue }));
		};
		fromOtherTab(JSON.stringify({ version, settings: { theme: 'gray', measure: 80 } }));
		expect(settings.current).toMatchObject({ theme: 'gray', measure: 80 });
		expect(root.properties.get('--folio-measure')).toBe('80ch');
		fromOtherTab(null);
		expect(settings.current.theme).toBe('auto');
	});

	it('switches the font only once its faces are loaded', async () => {
		vi.stubGlobal('localStorage', new MemoryStorage());
		const pending: (() => void)[] = [];
		const load = vi.fn(() => new Promise<void>((resolve) => pending.push(resolve)));
		vi.stubGlobal('document', { fonts: { load } });
		const root = new FakeRoot();
		const settings = new ReaderSettings(root);
		settings.update({ font: 'lexend', fontSize: 28 });
		expect(root.properties.get('--folio-font-size')).toBe('28px');
		expect(root.getAttribute('data-folio-font')).toBe('serif');
		expect(load).toHaveBeenCalledWith(expect.stringContaining("'Lexend'"));
		expect(load).toHaveBeenCalledTimes(2); // regular and bold
		pending.forEach((resolve) => resolve());
		await tick();
		expect(root.getAttribute('data-folio-font')).toBe('lexend');
	});
});
