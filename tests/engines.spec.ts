// The core journeys (tests/engines/journeys.ts) in the three engines phones use: Chromium
// (Chrome on Android), WebKit (every browser on an iPhone) and Firefox (Android). Written once
// against tests/engines/driver.ts; each engine's driver is its own browser, fresh storage.
import { test as base, expect } from '@playwright/test';
import { openChromium } from './engines/chromium';
import type { EngineDriver, EngineName, OpenOptions } from './engines/driver';
import { openFirefox } from './engines/firefox';
import { journeys } from './engines/journeys';
import { WebKitDriver } from './engines/webkit';
import { XDisplay } from './engines/x-display';
import { noScriptsDir, secondBuildDir } from './support/global-setup';
import {
	assertEnginesInstalled,
	assertRealSpeechInstalled,
	NullAudio
} from './support/real-speech';
import { StaticServer } from './support/static-server';

/** An iPhone's Safari, as WebKit may announce itself. */
const iPhoneUserAgent =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';

const test = base.extend<object, { display: () => Promise<XDisplay> }>({
	// One virtual display per worker, started the first time a WebKit journey asks for it.
	display: [
		async ({}, use) => {
			let started: Promise<XDisplay> | undefined;
			await use(() => (started ??= XDisplay.start()));
			await (await started)?.stop();
		},
		{ scope: 'worker' }
	]
});

type Open = (
	options: OpenOptions & { iPhone: boolean; display: () => Promise<XDisplay> }
) => Promise<EngineDriver>;

const engines: Record<EngineName, Open> = {
	chromium: openChromium,
	// WebKit speaks through libflite itself: it needs no audio server.
	webkit: async ({ baseURL, iPhone, display }) =>
		WebKitDriver.open({
			baseURL,
			display: (await display()).display,
			userAgent: iPhone ? iPhoneUserAgent : undefined
		}),
	firefox: openFirefox
};

for (const [engine, open] of Object.entries(engines) as [EngineName, Open][]) {
	test.describe(engine, () => {
		for (const journey of journeys) {
			test(journey.name, async ({ display }) => {
				test.setTimeout(journey.speech ? 120_000 : 60_000);
				if (engine !== 'chromium') assertEnginesInstalled();
				if (journey.speech) assertRealSpeechInstalled();
				const site = await StaticServer.start();
				const audio = journey.speech && engine !== 'webkit' ? await NullAudio.start() : undefined;
				let driver: EngineDriver | undefined;
				try {
					driver = await open({
						baseURL: site.url,
						env: audio?.env,
						iPhone: Boolean(journey.iPhone),
						display
					});
					await journey.run({ driver, site, secondBuildDir, noScriptsDir });
					expect(await driver.problems()).toEqual([]);
				} finally {
					await driver?.close();
					await audio?.stop();
					await site.stop();
				}
			});
		}
	});
}
