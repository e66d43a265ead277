/**
 * Guards for JSON text from outside (a backup file): its size in bytes, a parse error explained
 * with a line and column, and a walk that finds prototype-pollution keys and absurd nesting.
 */

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The UTF-8 size of `text` in bytes as it will be written, without encoding it: a surrogate pair
 * is one 4-byte character, and a lone surrogate is written as U+FFFD, 3 bytes. Counting stops
 * once past `limit`, so a huge input stays cheap to refuse.
 */
export function utf8Length(text: string, limit = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The text without a leading byte-order mark (editors on Windows add one; JSON.parse refuses it). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrt';

/** Skips a JSON string starting at `i` (on its quote): the index after it, or -(error index) - 1. */
function skipString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c < 0x20) return -i - 1;
    if (c === 92) {
      const next = text[i + 1];
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
      else if (next !== undefined && next !== 'u' && ESCAPES.includes(next)) i += 2;
      else return -(i + 1) - 1;
    } else i++;
  }
  return -text.length - 1;
}

/**
 * The offset of the first JSON syntax error in `text` (text.length when it ends too early), or
 * null when it is valid. Engines word their parse errors differently and some give no position,
 * so the place is found here. Iterative: hostile nesting cannot overflow the stack.
 */
export function jsonErrorOffset(text: string): number | null {
  const stack: string[] = [];
  let state: 'value' | 'firstValue' | 'key' | 'firstKey' | 'after' = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
    if (i >= text.length) return state === 'after' && stack.length === 0 ? null : text.length;
    const ch = text[i] ?? '';
    if (state === 'after') {
      const top = stack[stack.length - 1];
      if (top === undefined) return i;
      if (ch === ',') state = top === '{' ? 'key' : 'value';
      else if (ch !== (top === '{' ? '}' : ']')) return i;
      else stack.pop();
      i++;
    } else if (state === 'key' || state === 'firstKey') {
      if (state === 'firstKey' && ch === '}') {
        stack.pop();
        state = 'after';
        i++;
        continue;
      }
      if (ch !== '"') return i;
      const end = skipString(text, i);
      if (end < 0) return -end - 1;
      i = end;
      while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
      if (i >= text.length) return text.length;
      if (text[i] !== ':') return i;
      state = 'value';
      i++;
    } else if (state === 'firstValue' && ch === ']') {
      stack.pop();
      state = 'after';
      i++;
    } else if (ch === '{' || ch === '[') {
      stack.push(ch);
      state = ch === '{' ? 'firstKey' : 'firstValue';
      i++;
    } else if (ch === '"') {
      const end = skipString(text, i);
      if (end < 0) return -end - 1;
      i = end;
      state = 'after';
    } else {
      const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
      NUMBER_RE.lastIndex = i;
      const number = literal === undefined ? NUMBER_RE.exec(text)?.[0] : undefined;
      const length = literal?.length ?? number?.length ?? 0;
      if (length === 0) return i;
      i += length;
      state = 'after';
    }
  }
}

/** Explains a JSON.parse failure in words, with the line and column where it happened. */
export function describeJsonError(text: string, error: unknown): string {
  const offset = jsonErrorOffset(text);
  if (offset === text.length) {
    return 'The file ends too early: it is probably truncated (an interrupted download or copy).';
  }
  if (offset !== null) {
    const place = lineAndColumn(text, offset);
    return `The file is not valid JSON: the error is at line ${place.line}, column ${place.column}. It may be damaged, or not a backup.`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `The file is not valid JSON (${message.slice(0, 160)}). It may be damaged, or not a backup.`;
}

/**
 * Walks parsed JSON (iteratively: hostile nesting must not overflow the stack) and describes the
 * first prototype-pollution key or over-deep nesting it finds, or returns null.
 */
export function findHostileJson(root: unknown, options: { maxDepth: number }): string | null {
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: root, path: '', depth: 0 },
  ];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item || typeof item.value !== 'object' || item.value === null) continue;
    const where = item.path === '' ? 'at the top level' : `in ${item.path}`;
    if (item.depth > options.maxDepth) {
      return `The file is nested far deeper than a backup ever is (${where}).`;
    }
    if (Array.isArray(item.value)) {
      item.value.forEach((value: unknown, i) =>
        stack.push({ value, path: `${item.path}[${i}]`, depth: item.depth + 1 }),
      );
      continue;
    }
    for (const [key, value] of Object.entries(item.value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        return `The file contains the key “${key}” (${where}), which a backup never has and which can be used to attack the app.`;
      }
      const path = item.path === '' ? key : `${item.path}.${key}`;
      stack.push({ value, path, depth: item.depth + 1 });
    }
  }
  return null;
}
