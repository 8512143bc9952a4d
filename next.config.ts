import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // These run natively or must be one instance per process (Yjs, PGlite), so Next must not bundle them.
  serverExternalPackages: ["yjs", "@electric-sql/pglite", "postgres", "@node-rs/argon2", "@hocuspocus/server"],
  poweredByHeader: false,
  typedRoutes: false,
  // Word uploads to the import action may be up to 10 MB (the action itself refuses more).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "11mb" } },
};

export default nextConfig;
