// Settings onto <html>: data attributes and CSS custom properties, nothing else. Self-contained
// (no imports, no closures over module state): the pre-paint script embeds this function's source.

/**
 * Write `settings` (as returned by parseSettings) onto `root`. A choice goes to its data
 * attribute (and its value, when it has one, to its property); a number with its unit and a
 * colour go to their properties; a null number removes its property so the stylesheet decides.
 * Only CSSOM is used: a style="" attribute would break the Content Security Policy.
 * @param {import('./types').SettingsRoot} root
 * @param {Record<string, string | number | null>} settings
 * @param {import('./schema.js').Schema} schema
 */
export function applySettings(root, settings, schema) {
	for (const key of Object.keys(schema.fields)) {
		const field = schema.fields[key];
		const value = settings[key];
		if (field.kind === 'choice') {
			root.setAttribute(field.attribute, String(value));
			if (field.property && field.values) {
				root.style.setProperty(field.property, field.values[String(value)]);
			}
		} else if (value === null || value === undefined) {
			root.style.removeProperty(field.property);
		} else {
			root.style.setProperty(
				field.property,
				field.kind === 'range' ? value + field.unit : String(value)
			);
		}
	}
}
