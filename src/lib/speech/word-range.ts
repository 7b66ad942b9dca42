/** A DOM Range over characters `start` to `start + length` of `element`'s text, across marks. */
export function textRange(element: Element, start: number, length: number): Range | undefined {
	const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
	const range = element.ownerDocument.createRange();
	const end = start + length;
	let offset = 0;
	let started = false;
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const size = node.textContent?.length ?? 0;
		if (!started && start < offset + size) {
			range.setStart(node, start - offset);
			started = true;
		}
		if (started && end <= offset + size) {
			range.setEnd(node, end - offset);
			return range;
		}
		offset += size;
	}
	return undefined;
}
