// The inline script that applies saved settings, and the reading face once this device has it,
// before the first paint. Built from the same schema and the very same functions the app runs,
// so the two cannot disagree. svelte.config.js hashes this text for the Content Security
// Policy; src/hooks.server.ts puts it into app.html.
import { markStoredFace, noteBelievable, readingFace } from '../fonts/stored-face.js';
import { applySettings } from './apply.js';
import { parseSettings } from './parse.js';
import { legacySettingsField, schema, storageKey } from './schema.js';
import { inlineSource } from '../inline-source.js';
import { openEnvelope } from '../envelope.js';
import { inProgress, markResume, resumeMark } from '../progress/resume-mark.js';

/** The script's text, without the <script> tags. */
export const prePaintScript = [
	'(function () {',
	// `<` escaped so no value can ever close the script element.
	`var schema = ${JSON.stringify(schema).replace(/</g, '\\u003c')};`,
	'var stored;',
	// Storage can be disabled, full, or hold garbage from an older version.
	`try { stored = JSON.parse(localStorage.getItem(${JSON.stringify(storageKey)})); } catch (e) {}`,
	`var open = ${inlineSource(openEnvelope)};`,
	`try { (${inlineSource(applySettings)})(document.documentElement, (${inlineSource(parseSettings)})(open(stored, ${JSON.stringify(legacySettingsField)}), schema), schema); } catch (e) {}`,
	`try { (${inlineSource(markStoredFace)})(document.documentElement, localStorage, ${JSON.stringify(readingFace)}, (${inlineSource(noteBelievable)})(typeof navigator === 'undefined' ? undefined : navigator)); } catch (e) {}`,
	`try { (${inlineSource(markResume)})(document.documentElement, localStorage, ${JSON.stringify(resumeMark)}, ${inlineSource(inProgress)}, open); } catch (e) {}`,
	'})();'
].join('\n');
