// The layout check: what a reader would call broken on a screen, measured in the page. Run by
// tests/layout.spec.ts in every page, state, width and theme.

/** The one column every page shares: the brand, the page's heading and the footer. */
export const column = ['.site-header .brand', 'main h1', '.site-footer p'];

export type LayoutOptions = {
	/** A phone width: every control must be at least 44 × 44 CSS px. */
	phone: boolean;
	/** Elements whose left edges must line up (the one column), by selector. */
	column: string[];
};

/**
 * In the page: every layout problem of what is on screen now, as sentences.
 * - No two visible text or control boxes intersect unless one contains the other. Fixed and
 *   sticky bars may cover text scrolling under them, but not each other, and not the header at
 *   scroll position 0. A modal dialog or open popover covers what is under it.
 * - No text is clipped, and nothing makes the page scroll sideways.
 * - At phone widths, every control is at least 44 × 44 (links inside a sentence excepted).
 * - The elements of `column` share a left edge.
 */
export function layoutProblems({ phone, column }: LayoutOptions): string[] {
	const problems: string[] = [];
	const describe = (element: Element) => {
		const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
		const id = element.id ? `#${element.id}` : '';
		const classes = [...element.classList]
			.filter((name) => !name.startsWith('svelte-'))
			.map((name) => `.${name}`)
			.join('');
		return `<${element.localName}${id}${classes}>${text ? ` "${text}"` : ''}`;
	};
	const shown = (element: Element) => {
		if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
		if (element.closest('[aria-hidden="true"], [inert]') && !element.closest('dialog[open]'))
			return false;
		const box = element.getBoundingClientRect();
		return box.width > 1 && box.height > 1;
	};
	const controlSelector =
		'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex="0"]';

	// Text is measured where its glyphs are, line by line (not the element's whole box).
	type Box = { element: Element; rects: DOMRect[]; kind: 'text' | 'control' };
	const boxes: Box[] = [];
	for (const element of document.body.querySelectorAll('*')) {
		if (!shown(element)) continue;
		if (element.matches(controlSelector)) {
			boxes.push({ element, rects: [element.getBoundingClientRect()], kind: 'control' });
			continue;
		}
		if (element.closest(controlSelector)) continue;
		const range = document.createRange();
		const rects: DOMRect[] = [];
		for (const node of element.childNodes) {
			if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
			range.selectNodeContents(node);
			rects.push(...[...range.getClientRects()].filter((r) => r.width >= 1 && r.height >= 1));
		}
		if (rects.length) boxes.push({ element, rects, kind: 'text' });
	}
	// What a scroll container or a clipping box hides of a box is not on screen.
	const clipped = (element: Element, rect: DOMRect): DOMRect | undefined => {
		let { left, top, right, bottom } = rect;
		for (let node = element.parentElement; node; node = node.parentElement) {
			const style = getComputedStyle(node);
			if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
			const clip = node.getBoundingClientRect();
			left = Math.max(left, clip.left);
			top = Math.max(top, clip.top);
			right = Math.min(right, clip.right);
			bottom = Math.min(bottom, clip.bottom);
		}
		return right - left >= 1 && bottom - top >= 1
			? new DOMRect(left, top, right - left, bottom - top)
			: undefined;
	};
	for (const box of boxes)
		box.rects = box.rects
			.map((rect) => clipped(box.element, rect))
			.filter((rect): rect is DOMRect => Boolean(rect));
	// Scrolled out of sight entirely: not on screen now.
	for (let i = boxes.length - 1; i >= 0; i--) if (!boxes[i].rects.length) boxes.splice(i, 1);

	const overlap = (a: Box, b: Box) => {
		let most = { x: 0, y: 0 };
		for (const ra of a.rects)
			for (const rb of b.rects) {
				const x = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
				const y = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
				if (x > 1 && y > 1 && x * y > most.x * most.y) most = { x, y };
			}
		return most.x > 0 ? most : undefined;
	};

	// The layer an element is drawn in: the top layer (modal dialog, popover), a fixed or sticky
	// bar, or the page's flow.
	const layerOf = (element: Element): Element | 'flow' => {
		for (let node: Element | null = element; node; node = node.parentElement) {
			if (node.matches('dialog:modal, :popover-open')) return node;
			const position = getComputedStyle(node).position;
			if (position === 'fixed' || position === 'sticky') return node;
		}
		return 'flow';
	};
	const header = document.querySelector('.site-header');
	const atTop = window.scrollY < 1;
	const inViewport = (rect: DOMRect) =>
		rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth;
	const layers = boxes.map((box) => layerOf(box.element));
	const topLayer = (layer: Element | 'flow') =>
		layer !== 'flow' && layer.matches('dialog:modal, :popover-open');
	for (let i = 0; i < boxes.length; i++) {
		for (let j = i + 1; j < boxes.length; j++) {
			const a = boxes[i];
			const b = boxes[j];
			if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
			const both = overlap(a, b);
			if (!both) continue;
			const [layerA, layerB] = [layers[i], layers[j]];
			if (layerA !== layerB) {
				// What the top layer covers is meant to be covered.
				if (topLayer(layerA) || topLayer(layerB)) continue;
				if (!a.rects.some(inViewport) || !b.rects.some(inViewport)) continue;
				const flowOne = layerA === 'flow' ? a : layerB === 'flow' ? b : undefined;
				// A bar over text scrolling under it is fine, except over the header at the top.
				if (flowOne && !(atTop && header?.contains(flowOne.element))) continue;
			}
			problems.push(
				`${describe(a.element)} and ${describe(b.element)} overlap by ${Math.round(both.x)}×${Math.round(both.y)} px`
			);
		}
	}

	for (const { element, kind } of boxes) {
		const style = getComputedStyle(element);
		const control = element as HTMLElement;
		// A control's label wider than the control spills out of it, or is cut.
		if (
			kind === 'control' &&
			element.matches('button') &&
			control.scrollWidth > control.clientWidth + 1
		) {
			problems.push(
				`${describe(element)} is too narrow for its label (${control.scrollWidth} px in ${control.clientWidth})`
			);
			continue;
		}
		const clipsX = ['hidden', 'clip'].includes(style.overflowX);
		const clipsY = ['hidden', 'clip'].includes(style.overflowY);
		const el = element as HTMLElement;
		// Truncated on purpose, with an ellipsis the reader sees (the full text stays readable
		// to a screen reader): not clipping.
		const clamp = style.webkitLineClamp;
		if (style.textOverflow === 'ellipsis' || (clamp && clamp !== 'none')) continue;
		if (
			(clipsX && el.scrollWidth > el.clientWidth + 1) ||
			(clipsY && el.scrollHeight > el.clientHeight + 1)
		)
			problems.push(
				`${describe(element)} is clipped (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`
			);
	}
	if (document.documentElement.scrollWidth > innerWidth + 1)
		problems.push(
			`the page scrolls sideways (${document.documentElement.scrollWidth} px wide in ${innerWidth})`
		);

	if (phone) {
		for (const { element, kind } of boxes) {
			if (kind !== 'control') continue;
			// A checkbox or radio is tapped on its label too: the label wrapping it is the target.
			const label = (element as HTMLInputElement).labels?.[0];
			const rect = label?.contains(element)
				? label.getBoundingClientRect()
				: element.getBoundingClientRect();
			// WCAG 2.5.5's exception: a link inside a sentence (its block has other text).
			const block = element.closest('p, li');
			const ownText = (element.textContent ?? '').trim().length;
			if (element.matches('a') && block && (block.textContent ?? '').trim().length > ownText + 1)
				continue;
			// The article's own paragraphs and headings, tappable while listening (read from
			// here): their size is the reader's typography, not a control's.
			if (element.matches('article > [id]')) continue;
			if (rect.width < 44 - 0.5 || rect.height < 44 - 0.5)
				problems.push(
					`${describe(element)} is ${Math.round(rect.width)}×${Math.round(rect.height)} px, under 44×44`
				);
		}
	}

	const edges = column
		.map((selector) => document.querySelector(selector))
		.filter((element): element is Element => Boolean(element && shown(element)))
		.map((element) => {
			// Where its text starts, not its box (a box may carry padding for touch).
			const range = document.createRange();
			range.selectNodeContents(element);
			return { element, left: Math.round(range.getBoundingClientRect().left) };
		});
	if (edges.length > 1 && new Set(edges.map((edge) => edge.left)).size > 1)
		problems.push(
			`the column is ragged: ${edges.map((edge) => `${describe(edge.element)} at x ${edge.left}`).join(', ')}`
		);
	return problems;
}
