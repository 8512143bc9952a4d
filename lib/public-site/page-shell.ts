import { html, raw, type Raw } from "./html";
import { publicCssPath } from "./public-css";

/** A complete public HTML page: no script, one stylesheet, plain links. */
export function pageShell({ title, body, canonical, lang = "en" }: { title: string; body: Raw; canonical?: string; lang?: string }): string {
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${publicCssPath}">
${canonical ? html`<link rel="canonical" href="${canonical}">` : raw("")}
</head>
<body>
<header class="top"><nav aria-label="Public"><a class="brand" href="/profiles">Folio profiles</a><a href="/profiles/search">Search</a><a class="right" href="/login">Sign in</a></nav></header>
<main>
${body}
</main>
</body>
</html>
`.html;
}
