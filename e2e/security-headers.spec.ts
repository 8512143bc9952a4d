import { collectCspViolations, expect, test } from "./fixtures";
import { CountriesPage } from "./pages/countries-page";
import { LoginPage } from "./pages/login-page";
import { SectionEditorPage } from "./pages/section-editor";

const directives = (policy: string | undefined) => new Map((policy ?? "").split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));

test.describe("security headers", () => {
  test("app pages carry a per-request nonce policy that their own scripts use, and the security headers", async ({ request, baseURL }) => {
    const host = new URL(baseURL!).host;
    const first = await request.get("/login");
    const second = await request.get("/login");
    const headers = first.headers();
    const csp = directives(headers["content-security-policy"]);
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(headers["content-security-policy"] ?? "")?.[1];
    expect(nonce, headers["content-security-policy"]).toBeTruthy();
    expect(second.headers()["content-security-policy"]).not.toContain(nonce);
    expect(csp.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("connect-src")).toEqual(["'self'", `ws://${host}`, `wss://${host}`]);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    // Served over http here: no HSTS (unit tests cover https).
    expect(headers["strict-transport-security"]).toBeUndefined();
    // Every script element Next rendered carries this response's nonce.
    const html = await first.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });

  test("responses server.ts answers before Next (public site, public API, build assets) get the same headers", async ({ request }) => {
    for (const path of ["/profiles", "/api/v1/profiles", "/profiles/no-such-country"]) {
      const headers = (await request.get(path)).headers();
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(directives(headers["content-security-policy"]).get("frame-ancestors"), path).toEqual(["'none'"]);
    }
    const html = await (await request.get("/login")).text();
    const asset = /<script\b[^>]*src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!;
    const assetHeaders = (await request.get(asset)).headers();
    expect(assetHeaders["x-content-type-options"]).toBe("nosniff");
    expect(assetHeaders["x-frame-options"]).toBe("DENY");
  });

  test("the app works under its policy: sign in through the form, edit a section live, no violations; injected script does not run", async ({ browser, createUser }) => {
    const user = await createUser("researcher");
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations = collectCspViolations(page);

    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(user.email, user.password);
    await expect(page).toHaveURL(/\/countries$/);
    const countries = new CountriesPage(page);
    await countries.createProfile("vu");
    await expect(page).toHaveURL(/\/countries\/vu$/);
    const editor = new SectionEditorPage(page);
    await editor.openFirstSection("vu", "Digital ID Overview");
    await editor.typeAtEnd("Written under a strict policy.");
    await expect(editor.status()).toHaveText("Saved");
    await page.reload();
    await expect(editor.textbox()).toContainText("Written under a strict policy.");
    expect(violations).toEqual([]);

    // The policy is enforced: markup injected the way XSS does it (an inline event handler) is refused and reported.
    const ran = await page.evaluate(() => {
      const box = document.createElement("div");
      box.innerHTML = '<button type="button" onclick="window.__injected = true">x</button>';
      document.body.append(box);
      box.querySelector("button")!.click();
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    await context.close();
  });
});
