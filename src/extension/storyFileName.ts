// The file name "New STAR Story" gives a story in a workspace. No `vscode` import: unit-tested.

/**
 * "Ownership story" -> "Ownership story.star.md"; a typed `.md` or `.star.md` is not doubled.
 * Undefined for a name that is empty, names a folder or holds characters a file name should not.
 */
export function storyFileName(input: string): string | undefined {
  let name = input.trim();
  const lower = name.toLowerCase();
  if (lower.endsWith('.star.md')) name = name.slice(0, -8);
  else if (lower.endsWith('.md')) name = name.slice(0, -3);
  else if (lower.endsWith('.star')) name = name.slice(0, -5);
  name = name.trim();
  if (!name || name.length > 200 || name.startsWith('.') || /[/\\:*?"<>|]/.test(name) || hasControl(name)) return undefined;
  return `${name}.star.md`;
}

function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 32 || s.charCodeAt(i) === 127) return true;
  return false;
}
