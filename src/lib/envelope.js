// The one shape of everything Folio stores: `{ v, data }`, the version of the format that wrote
// `data`, and the data. One function opens them all; each store then checks its own data field
// by field. Plain, self-contained JavaScript: the pre-paint script embeds `openEnvelope`.

/**
 * The version and data in `stored` (parsed JSON from storage, or anything at all), or undefined
 * when it holds none. A format from before the envelope is read too, so nothing stored is lost:
 * `legacy` names the field that held its data (`settings` in `{ version, settings }`,
 * `positions` in `{ v, positions }`).
 * @param {unknown} stored
 * @param {string} [legacy]
 * @returns {{ v: number, data: unknown } | undefined}
 */
export function openEnvelope(stored, legacy) {
	if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return undefined;
	var record = /** @type {Record<string, unknown>} */ (stored);
	var own = function (/** @type {string | undefined} */ name) {
		return name !== undefined && Object.prototype.hasOwnProperty.call(record, name);
	};
	var v = own('v') ? record.v : own('version') ? record.version : undefined;
	var field = own('data') ? 'data' : legacy;
	if (typeof v !== 'number' || !(v >= 0) || v % 1 !== 0 || !own(field)) return undefined;
	return { v: v, data: record[/** @type {string} */ (field)] };
}
