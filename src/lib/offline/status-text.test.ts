import { describe, expect, it } from 'vitest';
import { statusText } from './status-text';

describe('statusText', () => {
	it('says how ready the reader is while online', () => {
		expect(statusText(true, 'saved')).toBe('Saved for offline');
		expect(statusText(true, 'saving')).toBe('Saving for offline');
		expect(statusText(true, 'checking')).toBe('Online');
	});

	it('leads with the lost connection when offline', () => {
		expect(statusText(false, 'saved')).toBe('Offline · everything saved');
		expect(statusText(false, 'failed')).toBe('Offline · not saved for offline');
		expect(statusText(false, 'checking')).toBe('Offline');
	});
});
