// The reader settings: every field with its bounds, steps and default. The ONE source for
// validation, the panel and the pre-paint script. Plain JavaScript (typed by JSDoc) because
// svelte.config.js imports it at config time to hash the pre-paint script.

/**
 * A number on a grid from `min` to `max`, written to `property` with `unit`. A `null` default
 * means "leave it to the stylesheet" (the font size, which depends on the screen).
 * @typedef {{ kind: 'range', group: 'text' | 'colour', since: number, min: number, max: number,
 *   step: number, default: number | null, unit: string, property: string }} RangeField
 */
/**
 * One of a few named options, written to the data attribute `attribute`; when `values` is given
 * the option's value also goes to `property` (a font stack).
 * @typedef {{ kind: 'choice', group: 'text' | 'colour', since: number, options: readonly string[],
 *   default: string, attribute: string, property?: string, values?: Record<string, string> }}
 *   ChoiceField
 */
/**
 * A colour as #rrggbb, written to `property`.
 * @typedef {{ kind: 'colour', group: 'text' | 'colour', since: number, default: string,
 *   property: string }} ColourField
 */
/** @typedef {RangeField | ChoiceField | ColourField} Field */
/** @typedef {{ version: number, fields: Record<string, Field> }} Schema */

/** The localStorage key. The stored value is Folio's envelope, `{ v: 1, data }` (envelope.js). */
export const storageKey = 'folio.settings';
/** Where the settings sat before Folio's one envelope: `{ version, settings }` (envelope.js). */
export const legacySettingsField = 'settings';

/** Raise when a field's meaning changes, and set that field's `since` to the new version. */
export const version = 1;

/** Font stacks; the first family of each but `system` is self-hosted (src/lib/fonts). */
export const fontStacks = {
	serif: "'Literata', Georgia, 'Times New Roman', serif",
	sans: "'Atkinson Hyperlegible', system-ui, sans-serif",
	lexend: "'Lexend', system-ui, sans-serif",
	mono: "'Atkinson Hyperlegible Mono', ui-monospace, Menlo, Consolas, monospace",
	system: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
};

export const themes = /** @type {const} */ ([
	'auto',
	'light',
	'sepia',
	'gray',
	'dark',
	'black',
	'contrast',
	'custom'
]);

export const fields = {
	font: /** @satisfies {ChoiceField} */ ({
		kind: 'choice',
		group: 'text',
		since: 1,
		options: /** @type {(keyof typeof fontStacks)[]} */ (Object.keys(fontStacks)),
		default: 'serif',
		attribute: 'data-folio-font',
		property: '--folio-font-body',
		// Serif goes through tokens.css's --folio-serif, which names Literata only once this
		// device has the face (src/lib/fonts/stored-face.js).
		values: { ...fontStacks, serif: 'var(--folio-serif)' }
	}),
	/** Firefox's 12-28 by 2, continued to 40; null: 20 px, 22 on wide screens. */
	fontSize: /** @satisfies {RangeField} */ ({
		kind: 'range',
		group: 'text',
		since: 1,
		min: 12,
		max: 40,
		step: 2,
		default: null,
		unit: 'px',
		property: '--folio-font-size'
	}),
	lineHeight: /** @satisfies {RangeField} */ ({
		kind: 'range',
		group: 'text',
		since: 1,
		min: 1.2,
		max: 2.4,
		step: 0.1,
		default: 1.6,
		unit: '',
		property: '--folio-line-height'
	}),
	/** Characters per line. */
	measure: /** @satisfies {RangeField} */ ({
		kind: 'range',
		group: 'text',
		since: 1,
		min: 45,
		max: 90,
		step: 5,
		default: 65,
		unit: 'ch',
		property: '--folio-measure'
	}),
	/** Firefox's range and steps. */
	letterSpacing: /** @satisfies {RangeField} */ ({
		kind: 'range',
		group: 'text',
		since: 1,
		min: 0,
		max: 0.24,
		step: 0.03,
		default: 0,
		unit: 'em',
		property: '--folio-letter-spacing'
	}),
	/** Firefox's range and steps. */
	wordSpacing: /** @satisfies {RangeField} */ ({
		kind: 'range',
		group: 'text',
		since: 1,
		min: 0,
		max: 0.4,
		step: 0.05,
		default: 0,
		unit: 'em',
		property: '--folio-word-spacing'
	}),
	/** Justified text is hyphenated in the article's language. */
	align: /** @satisfies {ChoiceField} */ ({
		kind: 'choice',
		group: 'text',
		since: 1,
		options: /** @type {const} */ (['start', 'justify']),
		default: 'start',
		attribute: 'data-folio-align'
	}),
	/** Palettes in themes.css; auto follows the system. */
	theme: /** @satisfies {ChoiceField} */ ({
		kind: 'choice',
		group: 'colour',
		since: 1,
		options: themes,
		default: 'auto',
		attribute: 'data-folio-theme'
	}),
	/** Used by the custom theme only. */
	customText: /** @satisfies {ColourField} */ ({
		kind: 'colour',
		group: 'colour',
		since: 1,
		default: '#1c1b19',
		property: '--folio-custom-text'
	}),
	/** Used by the custom theme only. */
	customBackground: /** @satisfies {ColourField} */ ({
		kind: 'colour',
		group: 'colour',
		since: 1,
		default: '#f4ecd8',
		property: '--folio-custom-bg'
	})
};

/** @type {Schema} */
export const schema = { version, fields };
