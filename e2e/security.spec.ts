import { expect, test } from "./fixtures";

test.describe("security", () => {
  test("a signed-in visit to /login never redirects to another host", async ({ pageAs }) => {
    const { context } = await pageAs("viewer");
    for (const callback of ["/%5Cevil.example", "/%09/evil.example", "//evil.example", "https://evil.example/"]) {
      const res = await context.request.get(`/login?callbackUrl=${callback}`, { maxRedirects: 0 });
      expect(res.status(), callback).toBe(307);
      expect(res.headers()["location"], callback).toBe("/");
    }
    const own = await context.request.get(`/login?callbackUrl=${encodeURIComponent("/sources?q=x")}`, { maxRedirects: 0 });
    expect(own.headers()["location"]).toBe("/sources?q=x");
  });
});
