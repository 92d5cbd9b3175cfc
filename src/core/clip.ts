/** `s` cut to at most `max` characters, the last of them "…" when cut: text we show stays bounded. */
export function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
