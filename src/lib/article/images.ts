import type { Article, Block, ImageRef, Sentence } from './types';

function sentenceImages(sentences: Sentence[]): ImageRef[] {
	return sentences.flatMap((sentence) => sentence.spans.flatMap((span) => span.image ?? []));
}

function blockImages(block: Block): ImageRef[] {
	switch (block.kind) {
		case 'figure':
			return [block.image];
		case 'list':
			return block.items.flatMap((item) => sentenceImages(item.sentences));
		case 'quote':
			return block.blocks.flatMap((inner) => sentenceImages(inner.sentences));
		default:
			return sentenceImages(block.sentences);
	}
}

/** Every image an article shows, in reading order (the lead first), each once. */
export function imagesOf(article: Pick<Article, 'blocks'>): ImageRef[] {
	const seen = new Set<string>();
	return article.blocks.flatMap(blockImages).filter((image) => {
		if (seen.has(image.src)) return false;
		seen.add(image.src);
		return true;
	});
}

/** The article's lead image (from its front matter), if it has one. */
export function leadImage(article: Pick<Article, 'blocks'>): ImageRef | undefined {
	const [first] = article.blocks;
	return first?.kind === 'figure' && first.lead ? first.image : undefined;
}
