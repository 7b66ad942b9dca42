import type { fields, fontStacks, themes } from './schema.js';

export type FontId = keyof typeof fontStacks;
export type ThemeId = (typeof themes)[number];

/**
 * The value a schema field holds: a choice's options, a range's number (or null where its
 * default is null: the font size left to the stylesheet), a colour's #rrggbb.
 */
type ValueOf<Field> = Field extends { kind: 'choice'; options: readonly (infer Option)[] }
	? Option
	: Field extends { kind: 'range'; default: null }
		? number | null
		: Field extends { kind: 'range' }
			? number
			: Field extends { kind: 'colour' }
				? string
				: never;

/** The settings a set of schema fields describes, one value per field. */
export type SettingsOf<Fields> = { -readonly [Key in keyof Fields]: ValueOf<Fields[Key]> };

/**
 * One device's reader settings, as validated by parseSettings against schema.js: derived from
 * the schema, so a new field or theme is one edit there (and svelte-check finds any drift).
 */
export type Settings = SettingsOf<typeof fields>;

/**
 * What settings are written to: <html>, its data attributes and inline custom properties. Only
 * these members, so a unit test's stand-in needs no cast (tests/doubles/fake-root.ts).
 */
export type SettingsRoot = Pick<Element, 'getAttribute' | 'setAttribute'> & {
	style: { setProperty(name: string, value: string): void; removeProperty(name: string): unknown };
};
