import "server-only";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { verifyCredentials } from "./credentials";
import { signInSchema } from "@/lib/schemas/sign-in";
import { errorFields, log } from "@/lib/server/log";
import { requestId } from "@/lib/server/request-id";

// JWT sessions carry only the user id: the role and the active flag are read
// from the database on every request (see session.ts), so a role change or a
// deactivation takes effect at once.
const config = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
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
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await verifyCredentials(parsed.data.email, parsed.data.password);
        return user ? { id: user.id } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;

export const { handlers, auth, signIn, signOut } = NextAuth(config);
