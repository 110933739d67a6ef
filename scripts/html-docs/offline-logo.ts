// Redoc's "API docs by Redocly" badge loads its logo from Redocly's CDN even in an
// --inlineBundle build. The docs must open offline without a failed request, so the
// CDN logo URLs are replaced by an inline SVG wordmark (the attribution link stays).

const REDOCLY_LOGO_URLS = ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', 'https://cdn.redoc.ly/redoc/logo-mini.svg'];

const WORDMARK_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16" viewBox="0 0 64 16">' +
  '<text x="0" y="12" font-family="sans-serif" font-size="12" font-weight="600" fill="#0044d4">Redocly</text></svg>';

export const INLINE_LOGO = `data:image/svg+xml,${encodeURIComponent(WORDMARK_SVG)}`;

export function inlineRedoclyLogo(html: string): string {
  let result = html;
  for (const url of REDOCLY_LOGO_URLS) {
    if (!result.includes(url)) throw new Error(`build-docs: Redoc no longer references ${url}; check the page for network requests again`);
    result = result.replaceAll(url, INLINE_LOGO);
  }
  return result;
}
