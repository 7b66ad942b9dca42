import { openEnvelope } from '$lib/envelope.js';
import { parseSettings } from './parse.js';
import { fields, legacySettingsField, schema, version } from './schema.js';
import type { Settings } from './types';

/** What storage holds: the settings with the schema version that wrote them. */
export interface StoredSettings {
	v: number;
	data: Settings;
}

/** The schema with its fields' own types (schema.js's `schema` is typed for any field set). */
const fieldsSchema = { version, fields };

/** Validate anything (a stored envelope, garbage, undefined) into complete settings. */
export function settingsFrom(stored: unknown): Settings {
	return parseSettings(openEnvelope(stored, legacySettingsField), fieldsSchema);
}

/** Validate a settings object of the current version (from the panel, say). */
export function validSettings(settings: Partial<Settings>): Settings {
	return parseSettings({ v: version, data: settings }, fieldsSchema);
}

/** The envelope to store. */
export function toStored(settings: Settings): StoredSettings {
	return { v: version, data: settings };
}

/** The defaults of the fields in `group`, for a reset. */
export function defaultsOf(group: 'text' | 'colour'): Partial<Settings> {
	return Object.fromEntries(
		Object.entries(schema.fields)
			.filter(([, field]) => field.group === group)
			.map(([key, field]) => [key, field.default])
	) as Partial<Settings>;
}
