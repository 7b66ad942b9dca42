/**
 * What read-aloud speaks: one item per build-time sentence, the title first, then headings and
 * paragraphs in reading order (lists and quotes included). One sentence per utterance avoids
 * Chrome's cutoff of long utterances and makes skipping and highlighting exact.
 */
import type { Article, Block, Sentence, TextBlock } from '$lib/article/types';

/** One utterance: a sentence id (`b3-2`), its plain text, and its block (`b3`). */
export interface QueueItem {
	id: string;
	text: string;
	blockId: string;
	words: number;
}

/** The blocks with sentences to read: a figure's are its caption's. */
function textBlocks(block: Block): Pick<TextBlock, 'id' | 'sentences'>[] {
	if (block.kind === 'list') return block.items;
	if (block.kind === 'quote') return block.blocks;
	if (block.kind === 'figure') return [{ id: block.id, sentences: block.caption }];
	return [block];
}

function item(sentence: Sentence, blockId: string): QueueItem {
	const text = sentence.spans.map((span) => span.text).join('');
	return { id: sentence.id, text, blockId, words: text.split(/\s+/).filter(Boolean).length };
}

/** The article as a queue of sentences, in the order they are read. */
export function buildQueue(article: Pick<Article, 'titleSentence' | 'blocks'>): QueueItem[] {
	const queue = [item(article.titleSentence, 'b0')];
	for (const block of article.blocks.flatMap(textBlocks)) {
		for (const sentence of block.sentences) queue.push(item(sentence, block.id));
	}
	return queue;
}

/** Listening speed at 1x, in words a minute (docs/reading-and-progress.md: reading and listening times). */
export const wordsPerMinute = 150;

/** Minutes left from `index` (inclusive) to the end at `rate`. */
export function remainingMinutes(queue: QueueItem[], index: number, rate: number): number {
	const words = queue.slice(Math.max(0, index)).reduce((sum, { words }) => sum + words, 0);
	return words / (wordsPerMinute * rate);
}

/** How long a sentence takes to speak at `rate`, estimated from its words, in ms. */
export function sentenceMs({ words }: Pick<QueueItem, 'words'>, rate: number): number {
	return (words * 60_000) / (wordsPerMinute * rate);
}
