/**
 * Security headers. `baseSecurityHeaders` goes on every response server.ts writes (Next's pages, API routes and assets,
 * the public site, which adds its own stricter CSP); `appContentSecurityPolicy` is the per-request policy proxy.ts puts
 * on the app's pages, whose scripts run only with that request's nonce.
 */

const REFERRER_POLICY = "strict-origin-when-cross-origin";
/** One year; no `includeSubDomains`, since Folio may share its parent domain with sites it does not control. */
const HSTS = "max-age=31536000";

export function isHttpsUrl(url: string | undefined): boolean {
  return url?.startsWith("https://") ?? false;
}

export function baseSecurityHeaders({ https }: { https: boolean }): Record<string, string> {
  return {
    "x-content-type-options": "nosniff",
    "referrer-policy": REFERRER_POLICY,
    // The CSP's frame-ancestors 'none' says the same to current browsers; this covers responses without the app's CSP.
    "x-frame-options": "DENY",
    ...(https ? { "strict-transport-security": HSTS } : {}),
  };
}

/** A fresh nonce: 16 random bytes, base64. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

// A Host header is copied into the policy only when it is a plain host[:port], so it cannot add directives.
const plainHost = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The app's policy for one page response.
 * - Scripts: only those carrying this request's nonce (Next puts it on its own scripts) and what they load
 *   ('strict-dynamic'); no eval outside development, where React needs it for error overlays.
 * - Styles: 'unsafe-inline' is the one relaxation. Tiptap injects a <style> element for the editor, React 19 hoists
 *   the collaboration carets' <style>, Radix dialogs inject scroll-lock styles, and ProseMirror and React write
 *   `style` attributes. CSS cannot run script, and a nonce cannot be combined with 'unsafe-inline' (browsers then
 *   ignore 'unsafe-inline'), so styles are allowed inline while scripts stay nonce-only.
 * - connect-src: the app's own origin plus its WebSocket form for /collab, spelled out because older browsers do not
 *   count ws:/wss: as 'self'.
 */
export function appContentSecurityPolicy({ nonce, host, https, dev }: { nonce: string; host: string | null; https: boolean; dev: boolean }): string {
  const sockets = host && plainHost.test(host) ? ` ws://${host} wss://${host}` : "";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${sockets}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}
