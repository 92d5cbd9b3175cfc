import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

// Tokenises text with the STAR grammar the way VS Code does (vscode-textmate + oniguruma).
// VS Code's Markdown and YAML grammars are not installed here: small stand-ins with the same
// scope names play their part, so the tests see which lines the STAR grammar hands to them.

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const GRAMMAR_FIXTURES = path.join(ROOT, 'test', 'fixtures', 'grammar');
export const STAR_SCOPE = 'text.html.markdown.star';

const GRAMMAR_FILES: Record<string, string> = {
  [STAR_SCOPE]: path.join(ROOT, 'syntaxes', 'star.tmLanguage.json'),
  'text.html.markdown': path.join(GRAMMAR_FIXTURES, 'markdown.stand-in.tmLanguage.json'),
  'source.yaml': path.join(GRAMMAR_FIXTURES, 'yaml.stand-in.tmLanguage.json'),
};

export interface Token {
  text: string;
  /** Scopes from outermost to innermost, without the grammar's own root scope. */
  scopes: string[];
}

export interface TokenizedLine {
  line: string;
  tokens: Token[];
}

let grammar: Promise<vsctm.IGrammar> | undefined;

async function loadOnig(): Promise<vsctm.IOnigLib> {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  return {
    createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
    createOnigString: (s) => new oniguruma.OnigString(s),
  };
}

export function loadStarGrammar(): Promise<vsctm.IGrammar> {
  grammar ??= (async () => {
    const registry = new vsctm.Registry({
      onigLib: loadOnig(),
      loadGrammar: async (scopeName) => {
        const file = GRAMMAR_FILES[scopeName];
        return file ? vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
      },
    });
    const loaded = await registry.loadGrammar(STAR_SCOPE);
    if (!loaded) throw new Error(`grammar ${STAR_SCOPE} did not load`);
    return loaded;
  })();
  return grammar;
}

export async function tokenize(text: string): Promise<TokenizedLine[]> {
  const g = await loadStarGrammar();
  let state = vsctm.INITIAL;
  return text.split(/\r\n|\r|\n/).map((line) => {
    const result = g.tokenizeLine(line, state);
    state = result.ruleStack;
    return {
      line,
      tokens: result.tokens.map((t) => ({
        text: line.slice(t.startIndex, Math.min(t.endIndex, line.length)),
        scopes: t.scopes.filter((s) => s !== STAR_SCOPE),
      })),
    };
  });
}

/** The scopes of the token that starts at or covers the first occurrence of `needle` in the line. */
export function scopesAt(line: TokenizedLine, needle: string): string[] {
  const at = line.line.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in line "${line.line}"`);
  let offset = 0;
  for (const token of line.tokens) {
    if (at < offset + token.text.length) return token.scopes;
    offset += token.text.length;
  }
  throw new Error(`no token at "${needle}" in "${line.line}"`);
}

/** Every scope used anywhere on the line. */
export function lineScopes(line: TokenizedLine): Set<string> {
  return new Set(line.tokens.flatMap((t) => t.scopes));
}
