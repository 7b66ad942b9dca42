import { describe, expect, it } from 'vitest';
import { fallbackFormat, fallbackWidth, variantWidths } from './variants';

describe('the widths made of an image', () => {
	it.each([
		[1600, [480, 800, 1200, 1600]],
		[4000, [480, 800, 1200, 1600]],
		[1550, [480, 800, 1200, 1550]],
		[1300, [480, 800, 1300]],
		[850, [480, 850]],
		[500, [500]],
		[40, [40]]
	])('%i px wide: %j, never above its own width', (width, widths) => {
		expect(variantWidths(width)).toEqual(widths);
	});

	it('keeps the fallback at most 800 px wide, or the one width there is', () => {
		expect(fallbackWidth([480, 800, 1200, 1600])).toBe(800);
		expect(fallbackWidth([480, 850])).toBe(480);
		expect(fallbackWidth([1000])).toBe(1000);
	});

	it("makes the fallback in the image's own format, JPEG or PNG for AVIF", () => {
		expect(fallbackFormat('jpeg', false)).toBe('jpeg');
		expect(fallbackFormat('png', true)).toBe('png');
		expect(fallbackFormat('webp', true)).toBe('webp');
		expect(fallbackFormat('heif', false)).toBe('jpeg');
		expect(fallbackFormat('heif', true)).toBe('png');
	});
});
