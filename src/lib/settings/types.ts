import type { fontStacks } from './schema.js';

export type FontId = keyof typeof fontStacks;
export type ThemeId =
	'auto' | 'light' | 'sepia' | 'gray' | 'dark' | 'black' | 'contrast' | 'custom';

/** One device's reader settings, as validated by parseSettings against schema.js. */
export type Settings = {
	font: FontId;
	/** Pixels; null leaves the size to the stylesheet (20 px, 22 px on wide screens). */
	fontSize: number | null;
	lineHeight: number;
	/** Characters per line. */
	measure: number;
	/** Ems. */
	letterSpacing: number;
	/** Ems. */
	wordSpacing: number;
	align: 'start' | 'justify';
	theme: ThemeId;
	/** #rrggbb, for the custom theme. */
	customText: string;
	customBackground: string;
};
