/**
 * A stand-in for <html> in unit tests: the attributes and inline properties written to it. It is
 * a SettingsRoot (src/lib/settings/types.ts) as it is: no cast.
 */
export class FakeRoot {
	attributes = new Map<string, string>();
	properties = new Map<string, string>();
	style = {
		setProperty: (name: string, value: string) => void this.properties.set(name, value),
		removeProperty: (name: string) => void this.properties.delete(name)
	};
	setAttribute(name: string, value: string) {
		this.attributes.set(name, value);
	}
	getAttribute(name: string): string | null {
		return this.attributes.get(name) ?? null;
	}
	/** Everything written, for comparing two roots. */
	snapshot() {
		return {
			attributes: Object.fromEntries(this.attributes),
			properties: Object.fromEntries(this.properties)
		};
	}
}
