/** Host names that never leave this machine, so an unencrypted socket to them is harmless. */
function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '::1' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  );
}

/**
 * The host of a `ws://` URL that leaves this machine (where the password would travel in
 * clear text), or null when the URL is encrypted, local or not a WebSocket URL at all.
 */
export function insecureRemoteHost(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'ws:') return null;
  return isLocalHost(parsed.hostname) ? null : parsed.host;
}
