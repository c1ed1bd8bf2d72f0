import "server-only";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { verifyCredentials } from "./credentials";
import { clientIp } from "./client-ip";
import { signInSchema } from "@/lib/schemas/sign-in";
import { endAuthSession } from "@/lib/server/data/auth-sessions";
import { ABSOLUTE_LIFETIME_MS, readClaims } from "@/lib/domain/session-policy";
import { renewToken } from "./session-token";
import { now } from "@/lib/server/clock";
import { errorFields, log } from "@/lib/server/log";
import { requestId } from "@/lib/server/request-id";

// The JWT carries the user id and its session's claims (sid, sv, signedInAt: see
// lib/domain/session-policy.ts). Everything else — role, active flag, session version,
// whether this session was ended or sat idle — is read from the database on every
// request (session.ts → actorFromSession), so a change takes effect at once.
const config = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: ABSOLUTE_LIFETIME_MS / 1000 },
  pages: { signIn: "/login" },
  // A wrong password is an expected outcome, answered on the page: one log line, no stack.
  logger: {
    error(error) {
      // `type`, not `name`: the production build minifies class names, and name comes from the class.
      const type = (error as { type?: string }).type;
      if (type === "CredentialsSignin") {
        void requestId().then((id) => log.warn("sign-in refused", { requestId: id }));
        return;
      }
      void requestId().then((id) => log.error("auth error", { type, requestId: id, ...errorFields(error) }));
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await verifyCredentials(parsed.data.email, parsed.data.password, clientIp(request.headers));
        return user ? { id: user.id } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      return renewToken(token, user, now());
    },
    session({ session, token }) {
      const claims = readClaims(token);
      if (claims) Object.assign(session, { claims });
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  events: {
    // Plain sign-out (the header's button, or POST /api/auth/signout) ends this session only.
    async signOut(message) {
      const claims = "token" in message ? readClaims(message.token) : null;
      if (claims) await endAuthSession(claims.sid, now());
    },
  },
} satisfies NextAuthConfig;

export const { handlers, auth, signIn, signOut } = NextAuth(config);
