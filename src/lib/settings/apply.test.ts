import { describe, expect, it } from 'vitest';
import { applySettings } from './apply.js';
import { FakeRoot } from '../../../tests/doubles/fake-root';
import { parseSettings } from './parse.js';
import { fontStacks, schema, version } from './schema.js';

describe('applySettings', () => {
	it('writes choices as data attributes and the rest as custom properties', () => {
		const root = new FakeRoot();
		const settings = parseSettings(
			{
				v: version,
				data: { font: 'lexend', fontSize: 24, letterSpacing: 0.06, theme: 'custom' }
			},
			schema
		);
		applySettings(root, settings, schema);
		expect(root.snapshot()).toEqual({
			attributes: {
				'data-folio-font': 'lexend',
				'data-folio-align': 'start',
				'data-folio-theme': 'custom'
			},
			properties: {
				'--folio-font-body': fontStacks.lexend,
				'--folio-font-size': '24px',
				'--folio-line-height': '1.6',
				'--folio-measure': '65ch',
				'--folio-letter-spacing': '0.06em',
				'--folio-word-spacing': '0em',
				'--folio-custom-text': '#1c1b19',
				'--folio-custom-bg': '#f4ecd8'
			}
		});
	});

	it('leaves the default size to the stylesheet by removing the property', () => {
		const root = new FakeRoot();
		applySettings(root, parseSettings({ v: version, data: { fontSize: 30 } }, schema), schema);
		expect(root.properties.get('--folio-font-size')).toBe('30px');
		applySettings(root, parseSettings(undefined, schema), schema);
		expect(root.properties.has('--folio-font-size')).toBe(false);
	});
});
