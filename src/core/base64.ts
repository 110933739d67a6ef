// Base64 of a string's UTF-8 bytes with web-standard APIs only (no Buffer), so the runtime
// works unchanged in browsers, workers and edge runtimes.
export function base64Utf8(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
