/**
 * The checks behind locales.unit.test.ts, on plain data (the test reads the files; its fixtures
 * prove each check fails). Not part of the app bundle: nothing in the app imports it.
 * The scanning rule is documented at the top of locales.unit.test.ts.
 */
import { isArgumentElement, isDateElement, isNumberElement, isPluralElement, isSelectElement, isTagElement, isTimeElement, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import ts from 'typescript';

/** Marks a file as awaiting a native speaker's review; first key of ht and fr files, not a message. */
export const REVIEW_KEY = '$review';

export interface LocaleFile {
  language: string;
  namespace: string;
  /** The parsed JSON. */
  json: unknown;
}

export interface SourceFile {
  /** Relative to src/app, with forward slashes: `cases/case-screen.tsx`. */
  path: string;
  text: string;
}

/** Every namespace's message keys (flattened with dots), as the reference language has them. */
export type Catalog = Map<string, NamespaceKeys>;

export interface NamespaceKeys {
  /** Leaf keys: `nav.today`. */
  keys: Set<string>;
}

/** Nested JSON as `a.b.c → message`; anything but strings and objects is a problem. */
export function flatten(json: unknown, where: string): { messages: Map<string, string>; problems: string[] } {
  const messages = new Map<string, string>();
  const problems: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') messages.set(path, value);
    else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (key.includes('.')) problems.push(`${where}: key "${path ? `${path}.` : ''}${key}" contains a dot (the key separator); nest it instead`);
        walk(child, path ? `${path}.${key}` : key);
      }
    } else problems.push(`${where}: "${path}" is ${Array.isArray(value) ? 'an array' : typeof value}; messages are strings, groups are objects`);
  };
  walk(json, '');
  messages.delete(REVIEW_KEY);
  return { messages, problems };
}

/** The ICU arguments a message uses: `{name}`, `{count, plural, ...}`, nested in options and tags. */
export function argumentsOf(elements: readonly MessageFormatElement[]): Set<string> {
  const names = new Set<string>();
  const walk = (list: readonly MessageFormatElement[]) => {
    for (const element of list) {
      if (isArgumentElement(element) || isNumberElement(element) || isDateElement(element) || isTimeElement(element)) names.add(element.value);
      else if (isPluralElement(element) || isSelectElement(element)) {
        names.add(element.value);
        for (const option of Object.values(element.options)) walk(option.value);
      } else if (isTagElement(element)) walk(element.children);
    }
  };
  walk(elements);
  return names;
}

/** Parses a message as i18next-icu will (tags as text); a parse error is a problem. */
export function parseMessage(message: string): { arguments: Set<string> } | { error: string } {
  try {
    return { arguments: argumentsOf(parse(message, { ignoreTag: true, requiresOtherClause: true })) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((item) => b.has(item));
const list = (items: Iterable<string>) => [...items].sort().join(', ');

/**
 * The locale files against each other: the same keys in every language (the reference language
 * first), every message valid ICU with the same arguments everywhere, the review marker first in
 * the languages that need one (and only there).
 */
export function checkLocaleFiles(
  files: readonly LocaleFile[],
  options: { languages: readonly string[]; namespaces: readonly string[]; reference: string; needReview: readonly string[] },
): { catalog: Catalog; problems: string[] } {
  const problems: string[] = [];
  const catalog: Catalog = new Map();
  for (const namespace of options.namespaces) {
    const byLanguage = new Map<string, Map<string, string>>();
    for (const language of options.languages) {
      const where = `locales/${language}/${namespace}.json`;
      const file = files.find((candidate) => candidate.language === language && candidate.namespace === namespace);
      if (!file) {
        problems.push(`${where}: missing`);
        continue;
      }
      const flat = flatten(file.json, where);
      problems.push(...flat.problems);
      byLanguage.set(language, flat.messages);
      const first = typeof file.json === 'object' && file.json !== null ? Object.keys(file.json)[0] : undefined;
      const review = typeof file.json === 'object' && file.json !== null ? (file.json as Record<string, unknown>)[REVIEW_KEY] : undefined;
      if (options.needReview.includes(language)) {
        if (first !== REVIEW_KEY || typeof review !== 'string' || review.trim() === '')
          problems.push(`${where}: must start with "${REVIEW_KEY}": a note that a native speaker has to review it`);
      } else if (review !== undefined) problems.push(`${where}: has "${REVIEW_KEY}", which only ${list(options.needReview)} files carry`);
      for (const [key, message] of flat.messages) {
        const parsed = parseMessage(message);
        if ('error' in parsed) problems.push(`${where}: "${key}" is not a valid ICU message (${parsed.error}); arguments are {name}, not {{name}}`);
      }
    }
    const reference = byLanguage.get(options.reference);
    if (!reference) continue;
    catalog.set(namespace, { keys: new Set(reference.keys()) });
    for (const [language, messages] of byLanguage) {
      if (language === options.reference) continue;
      const where = `locales/${language}/${namespace}.json`;
      const missing = [...reference.keys()].filter((key) => !messages.has(key));
      const extra = [...messages.keys()].filter((key) => !reference.has(key));
      if (missing.length > 0) problems.push(`${where}: missing ${list(missing)} (in ${options.reference})`);
      if (extra.length > 0) problems.push(`${where}: has ${list(extra)}, which ${options.reference} has not`);
      for (const [key, message] of messages) {
        const theirs = reference.get(key);
        if (theirs === undefined) continue;
        const mine = parseMessage(message);
        const referenceParsed = parseMessage(theirs);
        if ('arguments' in mine && 'arguments' in referenceParsed && !sameSet(mine.arguments, referenceParsed.arguments))
          problems.push(`${where}: "${key}" uses {${list(mine.arguments)}} but ${options.reference} uses {${list(referenceParsed.arguments)}}`);
      }
    }
  }
  return { catalog, problems };
}

const NAMESPACED = /^([a-z][\w-]*):(.+)$/;

/**
 * Reads the sources for the keys they use (see the rule in locales.unit.test.ts): returns the keys
 * used per namespace, and problems: keys used but missing, dynamic keys, namespaces that are not literals.
 */
export function scanSources(
  sources: readonly SourceFile[],
  catalog: Catalog,
  options: { defaultNamespace: (path: string) => string; defaultNS: string },
): { used: Map<string, Set<string>>; problems: string[] } {
  const used = new Map<string, Set<string>>([...catalog.keys()].map((namespace) => [namespace, new Set<string>()]));
  const problems: string[] = [];
  for (const source of sources) {
    const file = ts.createSourceFile(source.path, source.text, ts.ScriptTarget.Latest, true, source.path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const at = (node: ts.Node) => `${source.path}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
    const fileNamespaces = new Set<string>([options.defaultNamespace(source.path)]);
    /** Local names of translate functions (`t`, or `{ t: tc }`) and their namespaces. */
    const bindings = new Map<string, Set<string>>();
    /** Literals already read as keys or namespaces, not to be read again as plain literals. */
    const checked = new Set<ts.Node>();

    const namespacesOfCall = (call: ts.CallExpression): string[] | null => {
      const arg = call.arguments[0];
      if (!arg) return [options.defaultNS];
      if (ts.isStringLiteralLike(arg)) return [arg.text];
      if (ts.isArrayLiteralExpression(arg) && arg.elements.every(ts.isStringLiteralLike)) return arg.elements.map((element) => (element as ts.StringLiteralLike).text);
      return null;
    };
    const findHooks = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'useTranslation') {
        const namespaces = namespacesOfCall(node);
        node.arguments.forEach((arg) => {
          checked.add(arg);
          if (ts.isArrayLiteralExpression(arg)) arg.elements.forEach((element) => checked.add(element));
        });
        if (!namespaces) problems.push(`${at(node)}: useTranslation needs a literal namespace ('cases' or ['cases', 'common'])`);
        else {
          for (const namespace of namespaces) {
            if (!catalog.has(namespace)) problems.push(`${at(node)}: useTranslation('${namespace}'): no such namespace`);
            fileNamespaces.add(namespace);
          }
          const declaration = node.parent;
          if (ts.isVariableDeclaration(declaration) && ts.isObjectBindingPattern(declaration.name)) {
            for (const element of declaration.name.elements) {
              const property = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : ts.isIdentifier(element.name) ? element.name.text : '';
              if (property === 't' && ts.isIdentifier(element.name)) {
                const bound = bindings.get(element.name.text) ?? new Set<string>();
                namespaces.forEach((namespace) => bound.add(namespace));
                bindings.set(element.name.text, bound);
              }
            }
          }
        }
      }
      ts.forEachChild(node, findHooks);
    };
    findHooks(file);

    /** A literal as a key: `ns:key` names its namespace, otherwise the candidates are given. */
    const resolve = (text: string, candidates: Iterable<string>): { key: string; namespaces: string[] } => {
      const named = NAMESPACED.exec(text);
      if (named?.[1] && named[2] && catalog.has(named[1])) return { key: named[2], namespaces: [named[1]] };
      return { key: text, namespaces: [...candidates] };
    };
    const markUsed = (text: string, candidates: Iterable<string>): boolean => {
      const { key, namespaces } = resolve(text, candidates);
      let found = false;
      for (const namespace of namespaces) {
        if (catalog.get(namespace)?.keys.has(key)) {
          used.get(namespace)?.add(key);
          found = true;
        }
      }
      return found;
    };
    /** The file's `const NAME = { ... }` objects (through `as const` and `satisfies`), for maps of keys. */
    const objects = new Map<string, ts.ObjectLiteralExpression>();
    const unwrap = (expression: ts.Expression): ts.Expression =>
      ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression) || ts.isParenthesizedExpression(expression) || ts.isTypeAssertionExpression(expression) ? unwrap(expression.expression) : expression;
    const collectObjects = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        const value = unwrap(node.initializer);
        if (ts.isObjectLiteralExpression(value)) objects.set(node.name.text, value);
      }
      ts.forEachChild(node, collectObjects);
    };
    collectObjects(file);
    const propertyValue = (object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined => {
      for (const property of object.properties) {
        if (ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) && property.name.text === name) return unwrap(property.initializer);
      }
      return undefined;
    };
    /** `t(MAP[value])` or `t(MAP[value].key)`: every string the map holds there must be a key. */
    const checkMap = (arg: ts.Expression, candidates: Set<string>): boolean => {
      const access = ts.isPropertyAccessExpression(arg) ? unwrap(arg.expression) : arg;
      if (!ts.isElementAccessExpression(access) || !ts.isIdentifier(access.expression)) return false;
      const object = objects.get(access.expression.text);
      if (!object) return false;
      for (const property of object.properties) {
        if (!ts.isPropertyAssignment(property)) continue;
        let value: ts.Expression | undefined = unwrap(property.initializer);
        if (ts.isPropertyAccessExpression(arg)) value = ts.isObjectLiteralExpression(value) ? propertyValue(value, arg.name.text) : undefined;
        if (value && ts.isStringLiteralLike(value)) checkKeyArgument(value, candidates);
      }
      return true;
    };
    /** The first argument of t(...): literals must be keys; built strings are refused. */
    const checkKeyArgument = (arg: ts.Expression, candidates: Set<string>) => {
      if (ts.isStringLiteralLike(arg)) {
        checked.add(arg);
        if (!markUsed(arg.text, candidates)) problems.push(`${at(arg)}: t('${arg.text}'): no such key in ${list(resolve(arg.text, candidates).namespaces)}`);
      } else if (ts.isTemplateExpression(arg) || (ts.isBinaryExpression(arg) && arg.operatorToken.kind === ts.SyntaxKind.PlusToken)) {
        problems.push(`${at(arg)}: a key built at run time cannot be checked; map each value to a literal key (const LABELS = { open: 'status.open' } as const)`);
      } else if (ts.isConditionalExpression(arg)) {
        checkKeyArgument(arg.whenTrue, candidates);
        checkKeyArgument(arg.whenFalse, candidates);
      } else if (ts.isParenthesizedExpression(arg)) checkKeyArgument(arg.expression, candidates);
      else checkMap(arg, candidates);
    };
    const isModuleSpecifier = (node: ts.Node) =>
      (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent)) && node.parent.moduleSpecifier === node;

    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
        const bound = ts.isIdentifier(callee) ? bindings.get(name) : undefined;
        const arg = node.arguments[0];
        if ((bound || name === 't') && arg) {
          const nsOption = node.arguments[1];
          let candidates = bound ?? fileNamespaces;
          if (nsOption && ts.isObjectLiteralExpression(nsOption)) {
            for (const property of nsOption.properties) {
              if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && property.name.text === 'ns' && ts.isStringLiteralLike(property.initializer))
                candidates = new Set([property.initializer.text]);
            }
          }
          checkKeyArgument(arg, candidates);
        }
      } else if (ts.isJsxAttribute(node) && ts.isIdentifier(node.name) && node.name.text === 'i18nKey' && node.initializer && ts.isStringLiteral(node.initializer)) {
        checkKeyArgument(node.initializer, fileNamespaces);
      } else if (ts.isStringLiteralLike(node) && !checked.has(node) && !isModuleSpecifier(node)) {
        markUsed(node.text, fileNamespaces);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { used, problems };
}

/** Keys in the files that no source uses. */
export function unusedKeys(catalog: Catalog, used: Map<string, Set<string>>): string[] {
  const unused: string[] = [];
  for (const [namespace, { keys }] of catalog) {
    for (const key of keys) if (!used.get(namespace)?.has(key)) unused.push(`${namespace}:${key}`);
  }
  return unused.sort();
}
