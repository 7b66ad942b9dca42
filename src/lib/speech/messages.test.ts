import { describe, expect, it } from 'vitest';
import { errorMessage } from './messages';

describe('speech error messages', () => {
	it('explains known error codes and names unknown ones', () => {
		expect(errorMessage('synthesis-failed')).toMatch(/failed/);
		expect(errorMessage('network')).toMatch(/offline voice/);
		expect(errorMessage('weird')).toBe('The speech engine reported an error (weird).');
		expect(errorMessage('toString')).toMatch(/toString/);
	});
});
