import type { Span } from './types';

// Front matter as people nearly always write it — `key: value` lines, quoted values, and lists
// in brackets or as `- item` lines — read without the `yaml` package. For anything else it returns
// null and the caller uses the real YAML parser: every answer it does give (the values and the
// ranges of keys, values and list items) is the one `yaml` gives; a property test compares them.

export interface LiteYaml {
  /** What `doc.toJS()` returns: null for front matter with no keys. */
  value: Record<string, string | string[]> | null;
  /** What rangeOfPath(doc, path, which) returns for the document `yaml` would build. */
  range(path: readonly (string | number | symbol)[], which: 'key' | 'value'): Span | null;
}

interface Entry {
  key: Span;
  /** The value's range; null for a `- item` list (its range is never needed, see below). */
  value: Span | null;
  items: Span[] | null;
  data: string | string[];
}

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/;
const ITEM = /^( *)- +(\S.*)$/;
/** Plain scalars the core schema would type as something other than a string. */
const TYPED = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;

/** Characters `yaml` reads differently (controls, BOM, Unicode line breaks, tabs) or this reader does not model. */
function unsupported(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) continue;
    if (c === 13) {
      if (text.charCodeAt(i + 1) !== 10) return true;
      continue;
    }
    if (c < 32 || (c >= 0x7f && c < 0xa0) || (c >= 0xd800 && c <= 0xdfff) || c === 0x2028 || c === 0x2029 || c === 0xfeff || c >= 0xfffe) return true;
  }
  return false;
}

/** A plain scalar safe to read as the string it spells: starts with a letter, no indicator that could change it. */
function plain(value: string, flow: boolean): boolean {
  if (!/^[A-Za-z]/.test(value) || TYPED.test(value)) return false;
  if (/[#{}[\]]|: |:$/.test(value) || (flow && value.includes(':'))) return false;
  return !(flow && /[,"']/.test(value));
}

/** A scalar at text[start, end) (trailing spaces already dropped): its string and range, or null. */
function scalar(text: string, start: number, end: number, flow: boolean): { data: string; span: Span } | null {
  const raw = text.slice(start, end);
  const q = raw[0];
  if (q === '"' || q === "'") {
    const close = raw.indexOf(q, 1);
    if (close !== raw.length - 1 || raw.includes('\\') || (flow && /[,[\]{}]/.test(raw))) return null;
    return { data: raw.slice(1, -1), span: { start, end } };
  }
  return plain(raw, flow) ? { data: raw, span: { start, end } } : null;
}

export function readLiteYaml(text: string): LiteYaml | null {
  if (unsupported(text)) return null;
  const entries = new Map<string, Entry>();
  let listFor: { entry: Entry; indent: number } | null = null;
  let pending: { name: string; key: Span } | null = null; // a key with nothing after it, waiting for `- item` lines

  const close = (): boolean => {
    // A key with no value is null in YAML: leave that to the real parser.
    if (pending) return false;
    listFor = null;
    return true;
  };

  for (let start = 0; start <= text.length; ) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    let end = nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    const line = text.slice(start, end);
    const next = nl + 1;

    if (/^ *$/.test(line)) {
      // blank
    } else if (line[0] === '#') {
      if (!close()) return null;
    } else if (line[0] === ' ' || line[0] === '-') {
      const m = ITEM.exec(line);
      if (!m) return null;
      const indent = m[1].length;
      let entry: Entry;
      if (pending) {
        entry = { key: pending.key, value: null, items: [], data: [] };
        if (entries.has(pending.name)) return null;
        entries.set(pending.name, entry);
        listFor = { entry, indent };
        pending = null;
      } else if (listFor && listFor.indent === indent) {
        entry = listFor.entry;
      } else {
        return null;
      }
      let itemEnd = end;
      while (itemEnd > start && text.charCodeAt(itemEnd - 1) === 32) itemEnd--;
      const item = scalar(text, start + indent + (m[0].length - m[1].length - m[2].length), itemEnd, false);
      if (!item) return null;
      (entry.data as string[]).push(item.data);
      entry.items!.push(item.span);
    } else {
      if (!close()) return null;
      const m = KEY.exec(line);
      if (!m || entries.has(m[1]) || TYPED.test(m[1]) || m[1] === '__proto__') return null;
      const key: Span = { start, end: start + m[1].length };
      const valueStart = start + m[0].length;
      let valueEnd = end;
      while (valueEnd > valueStart && text.charCodeAt(valueEnd - 1) === 32) valueEnd--;
      if (valueEnd === valueStart) {
        // `- item` lines hold its value; only for keys whose list value is never reported on.
        if (m[1] === 'question' || m[1] === 'level') return null;
        pending = { name: m[1], key };
      } else if (text[valueStart] === '[') {
        if (text[valueEnd - 1] !== ']') return null;
        const items: Span[] = [];
        const data: string[] = [];
        let at = valueStart + 1;
        const inner = valueEnd - 1;
        if (text.slice(at, inner).trim() === '') return null;
        while (at <= inner) {
          let comma = text.indexOf(',', at);
          if (comma < 0 || comma > inner) comma = inner;
          let s = at;
          while (s < comma && text.charCodeAt(s) === 32) s++;
          let e = comma;
          while (e > s && text.charCodeAt(e - 1) === 32) e--;
          const item = s < e ? scalar(text, s, e, true) : null;
          if (!item) return null;
          items.push(item.span);
          data.push(item.data);
          at = comma + 1;
        }
        entries.set(m[1], { key, value: { start: valueStart, end: valueEnd }, items, data });
      } else {
        const value = scalar(text, valueStart, valueEnd, false);
        if (!value) return null;
        entries.set(m[1], { key, value: value.span, items: null, data: value.data });
      }
    }
    if (nl >= text.length) break;
    start = next;
  }
  if (pending) return null;
  if (entries.size === 0) {
    return { value: null, range: () => null };
  }
  const value: Record<string, string | string[]> = {};
  for (const [name, entry] of entries) value[name] = entry.data;
  return {
    value,
    range(path, which) {
      if (path.length === 0 || path.length > 2) return null;
      const entry = entries.get(String(path[0]));
      if (!entry) return null;
      if (path.length === 1) return which === 'key' ? entry.key : entry.value ?? entry.key;
      const best = entry.value ?? entry.key;
      const i = path[1];
      if (typeof i !== 'number' || !entry.items) return best;
      return entry.items[i] ?? best;
    },
  };
}
