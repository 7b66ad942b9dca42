/** Words for what can go wrong with speech, saying what happened and what to do. */

const errorText: Record<string, string> = {
	'synthesis-failed': 'The speech engine failed to speak this sentence.',
	'synthesis-unavailable': 'No speech engine is available right now.',
	network: 'This voice needs the network, and the network is unavailable. Choose an offline voice.',
	'audio-busy': 'The audio output is busy. Close other apps that play sound.',
	'audio-hardware': 'No audio output was found.',
	'language-unavailable': 'No voice for this language is available.',
	'voice-unavailable': 'The chosen voice is not available. Choose another voice.',
	'not-allowed': 'The browser did not allow speech. Press Try again.',
	'text-too-long': 'This sentence is too long for the speech engine.',
	'invalid-argument': 'The speech engine refused the chosen speed or voice.'
};

/** A sentence for the error code of a speech error event. */
export function errorMessage(code: string): string {
	return Object.hasOwn(errorText, code)
		? errorText[code]
		: `The speech engine reported an error (${code}).`;
}

export const noEngineMessage =
	'This browser has no speech engine, so Folio cannot read aloud here. ' +
	'Open Folio in a recent Chrome, Edge, Safari or Firefox, or install text-to-speech for your system.';

export const noVoicesMessage =
	'No voice arrived from the speech engine. Install a text-to-speech voice for this language ' +
	'(Windows: Settings, Time & language, Speech; macOS and iOS: Accessibility, Spoken Content; ' +
	'Android: Text-to-speech output; Linux: speech-dispatcher with espeak-ng), then reload the page.';
