import { isMap, isNode, isScalar, isSeq, type Document, type LineCounter } from 'yaml';

export interface SourcePosition {
  line: number;
  column: number;
}

/** Where a path of the parsed value points in the YAML text, and whether the node is there at all. */
export interface PathLocation {
  position: SourcePosition;
  /** False when the path leads to a key that is not in the file: the position is then its parent's. */
  found: boolean;
}

type PathSegment = PropertyKey;

function startOf(node: unknown, lineCounter: LineCounter): SourcePosition | null {
  if (!isNode(node) || !node.range) return null;
  const { line, col } = lineCounter.linePos(node.range[0]);
  return { line, column: col };
}

function keyMatches(key: unknown, segment: PathSegment): boolean {
  const value = isScalar(key) ? key.value : key;
  return value === segment || (typeof value !== 'object' && String(value) === String(segment));
}

/**
 * Walks the document along a path (as zod reports it) and returns the position of the node the path
 * names: the value for a present key or item; for a missing one, the key of the map that should hold
 * it (`coordinator:`), or the item of a list it should be in, so the message points at the parent.
 */
export function locatePath(doc: Document, lineCounter: LineCounter, path: readonly PathSegment[]): PathLocation {
  let node: unknown = doc.contents;
  // The anchor is what to point at if the next step is missing: the key that introduced `node`, or `node`.
  let anchor: unknown = doc.contents;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => keyMatches(item.key, segment));
      if (!pair) return { position: startOf(anchor, lineCounter) ?? { line: 1, column: 1 }, found: false };
      // `key:` with nothing after it has a null value: point at the key then.
      const value = isScalar(pair.value) && pair.value.value === null ? null : pair.value;
      anchor = pair.key;
      node = value ?? pair.key;
      if (value === null) return { position: startOf(pair.key, lineCounter) ?? { line: 1, column: 1 }, found: true };
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return { position: startOf(anchor, lineCounter) ?? { line: 1, column: 1 }, found: false };
      node = item;
      anchor = item;
    } else {
      // The path goes deeper than the file does (a scalar where a map was expected): point at it.
      break;
    }
  }
  return { position: startOf(node, lineCounter) ?? { line: 1, column: 1 }, found: true };
}

/** The position of a key that should not be there, in the map at `mapPath`. */
export function locateKey(doc: Document, lineCounter: LineCounter, mapPath: readonly PathSegment[], key: string): SourcePosition {
  const parent = locatePath(doc, lineCounter, mapPath);
  let node: unknown = doc.contents;
  for (const segment of mapPath) {
    if (isMap(node)) node = node.items.find((item) => keyMatches(item.key, segment))?.value;
    else if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
    else node = undefined;
  }
  const pair = isMap(node) ? node.items.find((item) => keyMatches(item.key, key)) : undefined;
  return (pair && startOf(pair.key, lineCounter)) ?? parent.position;
}

/** `centre.languages[2]`, `partners[0].name`. */
export function formatPath(path: readonly PathSegment[]): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    const name = String(segment);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}
