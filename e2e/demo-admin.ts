/** The demo admin the e2e server seeds (FOLIO_SEED_PASSWORD makes the password known to tests). */
export const E2E_ADMIN = { email: "admin@demo.folio.test", password: "e2e-demo-password" };
