import { describe, expect, it } from 'vitest';
import { openEnvelope } from '../envelope.js';
import { inProgress, markResume, resumeMark } from './resume-mark.js';

/** A root that records its attributes, and storage holding `text` for the positions. */
function mark(text: string | null) {
	const attributes = new Set<string>(['data-folio-resume']);
	const root = {
		toggleAttribute: (name: string, force: boolean) =>
			force ? attributes.add(name) : attributes.delete(name)
	};
	markResume(root, { getItem: () => text }, resumeMark, inProgress, openEnvelope);
	return attributes.has(resumeMark.attribute);
}

const stored = (positions: unknown) => JSON.stringify({ v: 2, data: positions });

describe('the pre-paint mark for "Continue reading"', () => {
	it('reads positions stored before the envelope too', () => {
		const legacy = JSON.stringify({ v: 2, positions: { a: { progress: 0.4, title: 'A' } } });
		expect(mark(legacy)).toBe(true);
	});

	it('is set exactly when an article is left part-way, with a title', () => {
		expect(mark(stored({ a: { progress: 0.4, title: 'A', updatedAt: 1 } }))).toBe(true);
		expect(mark(stored({ a: { progress: 0, title: 'A', updatedAt: 1 } }))).toBe(false);
		expect(mark(stored({ a: { progress: 0.4, title: 'A', readAt: 5, updatedAt: 1 } }))).toBe(false);
		expect(mark(stored({ a: { progress: 0.4, updatedAt: 1 } }))).toBe(false);
		expect(mark(stored({}))).toBe(false);
		expect(mark(null)).toBe(false);
	});

	it('treats garbage as nothing in progress, and throws only on text that is not JSON', () => {
		for (const garbage of ['1', '"x"', 'null', '{"positions": 3}', '{"positions": [1, 2]}'])
			expect(mark(garbage)).toBe(false);
		expect(mark(stored({ a: { progress: '0.4', title: 'A' } }))).toBe(false);
		// The pre-paint script wraps the call in try/catch.
		expect(() => mark('{not json')).toThrow();
	});
});
