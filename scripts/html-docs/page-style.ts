// What the docs' own pages share (the index and the guides; Redoc and TypeDoc bring their own):
// the escaping of text into HTML and the look, inline so that each page stands alone offline.

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const pageStyle = `    body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 3rem auto; padding: 0 1rem; color: #222; line-height: 1.45; }
    a { color: #0044d4; } p { margin: .5rem 0; }
    pre { background: #f4f5f7; padding: .5rem .7rem; border-radius: 4px; overflow-x: auto; margin: .4rem 0; }
    code { font-size: .92em; } h1 code, h2 code, h3 code { font-size: 1em; }`;
