const isControl = (character: string) => {
  const code = character.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
};

/**
 * Where to go after signing in: a path of this app only. A full URL, a protocol-relative `//host`,
 * a backslash (browsers read `/\host` as `//host`), control characters or the sign-in and API
 * routes themselves are refused, so the sign-in cannot be used to send someone elsewhere.
 */
export function safeReturnTo(value: unknown, publicUrl: string): string | null {
  if (value === undefined || value === '') return '/';
  if (typeof value !== 'string' || value.length > 2000) return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\') || [...value].some(isControl)) return null;
  let url: URL;
  try {
    url = new URL(value, publicUrl);
  } catch {
    return null;
  }
  if (url.origin !== new URL(publicUrl).origin) return null;
  if (/^\/(auth|api)(\/|$)/.test(url.pathname)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
