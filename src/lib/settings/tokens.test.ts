import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applySettings } from './apply.js';
import { FakeRoot } from '../../../tests/doubles/fake-root';
import { parseSettings } from './parse.js';
import { schema } from './schema.js';

const tokens = readFileSync(join(import.meta.dirname, '..', 'styles', 'tokens.css'), 'utf8');

describe('tokens.css', () => {
	it('declares the defaults the schema applies (so no-JS pages look the same)', () => {
		const root = new FakeRoot();
		applySettings(root, parseSettings(undefined, schema), schema);
		const inCss = [...root.properties].filter(([name]) => !name.startsWith('--folio-custom-'));
		expect(inCss.length).toBeGreaterThan(4);
		for (const [name, value] of inCss) {
			expect(tokens).toContain(`${name}: ${value};`);
		}
	});
});
