import { isMap, isPair, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import type { Span } from './types';

// Part of the YAML chunk (yamlChunk.ts): where a key or value is in a parsed document, and why
// toJS() threw. Callers outside the chunk reach these through yaml().

type PathSegment = string | number | symbol;

function rangeOf(node: Node | null | undefined): Span | null {
  const r = node?.range;
  return r ? { start: r[0], end: Math.max(r[0], r[1]) } : null;
}

/**
 * The range of the key (`which: 'key'`) or value at `path` in a parsed YAML document, relative to
 * the YAML text. Falls back to the nearest ancestor that exists, then to the whole document.
 */
export function rangeOfPath(doc: Document, path: readonly PathSegment[], which: 'key' | 'value' = 'value'): Span | null {
  let node: unknown = doc.contents;
  let best: Span | null = rangeOf(doc.contents as Node | null);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return best;
      if (last && which === 'key') return rangeOf(pair.key as Node) ?? best;
      const valueRange = rangeOf(pair.value as Node);
      best = valueRange ?? rangeOf(pair.key as Node) ?? best;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (!item) return best;
      best = rangeOf(item as Node) ?? best;
      node = item;
    } else {
      return best;
    }
  }
  return best;
}

/**
 * Why `toJS()` threw, in the user's words, and where: it throws on an alias (`*name`) with no
 * anchor, e.g. `* item` typed as a Markdown bullet, and on an alias bomb.
 */
export function aliasProblem(doc: Document, err: unknown): { message: string; span: Span | null } {
  let span: Span | null = null;
  visit(doc, {
    Alias(_, node) {
      span = rangeOf(node);
      return visit.BREAK;
    },
  });
  const text = err instanceof Error ? err.message : String(err);
  const message = /excessive alias/i.test(text)
    ? 'too many YAML aliases (*name) expand here, so it was not read.'
    : 'a value starting with "*" reads as a YAML alias with nothing to refer to: put it in quotes, or start list items with "- ".';
  return { message, span };
}
