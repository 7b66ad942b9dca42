// Validation of stored settings, field by field. Self-contained (no imports, no closures over
// module state): the pre-paint script embeds this very function's source.

/**
 * The settings in `stored` (the envelope from storage, opened and checked by
 * src/lib/envelope.js, or undefined), each field checked on its own against `schema`. A field
 * that is missing, of the wrong type, out of range, or stored by a version older than the
 * field's `since` gets its default; the others are kept. In-range numbers snap to the field's
 * grid. The result has every field of the schema, each checked against it: the one place where
 * the type is taken on trust.
 * @template {import('./schema.js').Schema['fields']} Fields
 * @param {{ v: number, data: unknown } | undefined} stored
 * @param {{ version: number, fields: Fields }} schema
 * @returns {import('./types').SettingsOf<Fields>}
 */
export function parseSettings(stored, schema) {
	const version = stored ? stored.v : 0;
	const data = stored ? stored.data : undefined;
	const saved = data !== null && typeof data === 'object' ? data : {};
	/** @type {Record<string, string | number | null>} */
	const result = {};
	for (const key of Object.keys(schema.fields)) {
		const field = schema.fields[key];
		const known = version >= field.since && Object.prototype.hasOwnProperty.call(saved, key);
		const value = known ? /** @type {Record<string, unknown>} */ (saved)[key] : undefined;
		let valid;
		if (field.kind === 'range') {
			valid =
				typeof value === 'number' &&
				Number.isFinite(value) &&
				value >= field.min - 1e-9 &&
				value <= field.max + 1e-9;
		} else if (field.kind === 'choice') {
			valid = typeof value === 'string' && field.options.indexOf(value) !== -1;
		} else {
			valid = typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value);
		}
		if (!valid) {
			result[key] = field.default;
		} else if (field.kind === 'range' && typeof value === 'number') {
			const steps = Math.round((value - field.min) / field.step);
			result[key] = Math.round((field.min + steps * field.step) * 1000) / 1000;
		} else {
			result[key] = /** @type {string} */ (value).toLowerCase();
		}
	}
	return /** @type {any} */ (result);
}
