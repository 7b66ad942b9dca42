import type { FontId, Settings, ThemeId } from './types';

/** What the panel calls each font. */
export const fontLabels: Record<FontId, string> = {
	serif: 'Literata (serif)',
	sans: 'Atkinson Hyperlegible (sans)',
	lexend: 'Lexend (easier reading)',
	mono: 'Atkinson Hyperlegible Mono',
	system: 'System font'
};

/** What the panel calls each theme. */
export const themeLabels: Record<ThemeId, string> = {
	auto: 'Auto',
	light: 'Light',
	sepia: 'Sepia',
	gray: 'Gray',
	dark: 'Dark',
	black: 'Black',
	contrast: 'High contrast',
	custom: 'Custom'
};

export const alignLabels: Record<Settings['align'], string> = {
	start: 'Start',
	justify: 'Justified'
};

/** How the panel shows a number field's value, for eyes and screen readers. */
export const formats = {
	fontSize: (value: number) => `${value} px`,
	lineHeight: (value: number) => value.toFixed(1),
	measure: (value: number) => `${value} characters`,
	letterSpacing: (value: number) => (value === 0 ? 'normal' : `${value.toFixed(2)} em`),
	wordSpacing: (value: number) => (value === 0 ? 'normal' : `${value.toFixed(2)} em`)
};
