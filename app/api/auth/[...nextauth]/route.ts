import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/config";

type Context = { params: Promise<{ nextauth: string[] }> };

/** next-auth, with options built per request from the secret server.ts installed (nothing read from process.env). */
const handler = (request: NextRequest, context: Context) => NextAuth(request, context, authOptions());

export { handler as GET, handler as POST };
