import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // These run natively or must be one instance per process (Yjs, PGlite), so Next must not bundle them.
  serverExternalPackages: ["yjs", "@electric-sql/pglite", "postgres", "@node-rs/argon2", "@hocuspocus/server"],
  poweredByHeader: false,
  typedRoutes: false,
  // Word uploads to the import action may be up to 10 MB: the action itself refuses more with a clear message, so Next
  // reads up to 16 MB (MAX_ACTION_BODY_BYTES in lib/http/server-action-refusal.ts; proxy.ts answers 413 beyond it).
  // proxy.ts sees every request, and Next buffers at most proxyClientMaxBodySize of a body for it (10 MB by default).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "16mb" }, proxyClientMaxBodySize: "16mb" },
};

export default nextConfig;
