import { createHash } from "node:crypto";

/** The public site's only stylesheet (no inline styles, so the CSP can forbid them), print rules included. */
export const publicCss = `
*{box-sizing:border-box}
body{margin:0;font:17px/1.6 Georgia,"Times New Roman",serif;color:#1e293b;background:#f8fafc}
a{color:#1e40af}
.top{background:#fff;border-bottom:1px solid #e2e8f0}
.top nav,main{max-width:52rem;margin:0 auto;padding:.75rem 1rem}
.top nav{display:flex;gap:1rem;align-items:center;font-family:system-ui,sans-serif;font-size:15px}
.top nav .brand{font-weight:600;font-size:18px;text-decoration:none;color:#0f172a}
.top nav .right{margin-left:auto}
h1{font-size:2rem;margin:.5rem 0}
svg.flag{display:inline-block;vertical-align:-.1em;margin-right:.35em;box-shadow:0 0 0 1px #cbd5e1}
h2{font-size:1.4rem;margin:2rem 0 .5rem}
.meta,.small{font-family:system-ui,sans-serif;font-size:14px;color:#475569}
.box{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:1rem 1.25rem;margin:1rem 0}
.toc ol{margin:.25rem 0;padding-left:1.25rem}
.toc .d1{margin-left:1.25rem}
section.content .d1{font-size:1.2rem}
sup.marker a{text-decoration:none;padding:0 .1em}
:target{background:#fef9c3;outline:2px solid #facc15;outline-offset:2px}
ol.notes{font-size:15px;padding-left:2.5rem}
ol.notes li{margin:.3rem 0}
.back{font-family:system-ui,sans-serif;text-decoration:none;margin-left:.3rem}
.pilcrow{font-family:system-ui,sans-serif;text-decoration:none;color:#1e40af;opacity:0;padding:0 .2em}
p:hover>.pilcrow,li:hover>.pilcrow,.pilcrow:focus,.pilcrow:focus-visible{opacity:1}
.pilcrow:focus-visible{outline:2px solid #1e40af;outline-offset:1px}
.notice{background:#fffbeb;border-color:#fcd34d}
ins{background:#dcfce7;text-decoration:none}
del{background:#fee2e2}
.changed{border-left:4px solid #facc15;padding-left:.75rem}
.added{border-left:4px solid #22c55e;padding-left:.75rem}
.removed{border-left:4px solid #ef4444;padding-left:.75rem}
table{border-collapse:collapse;width:100%;font-family:system-ui,sans-serif;font-size:14px}
th,td{text-align:left;border-bottom:1px solid #e2e8f0;padding:.4rem .5rem;vertical-align:top}
details summary{cursor:pointer;font-family:system-ui,sans-serif}
code.url{word-break:break-all}
form.search{display:flex;gap:.5rem;align-items:center}
form.search input{flex:1;font:inherit;padding:.25rem .5rem}
ol.hits li{margin:.75rem 0}
ol.hits p{margin:.25rem 0}
mark{background:#fef08a}
@media print{
 body{background:#fff;font-size:11pt;color:#000}
 .top,.noprint,.back,.toc,.pilcrow{display:none}
 main{max-width:none;padding:0}
 .box{border:none;padding:0}
 a{color:#000;text-decoration:none}
 ol.notes a[href^="http"]::after{content:" <" attr(href) ">";word-break:break-all}
 section.content{break-inside:auto}
 h2{break-after:avoid}
 :target{background:none;outline:none}
}
`;

/** Versioned path of the stylesheet, so it can be cached for a year. */
export const publicCssPath = `/public-assets/site.${createHash("sha256").update(publicCss).digest("hex").slice(0, 12)}.css`;
