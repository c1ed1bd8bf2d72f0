import createNextIntlPlugin from "next-intl/plugin";

// next-intl reads its request configuration (language, messages, formats) from here.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm run typecheck` (part of `npm test`) checks types; the build need not do it twice.
  typescript: { ignoreBuildErrors: true },
  // The admin's CSV import sends the file to a server action (lib/domain/import-csv.ts: 4 MB at most).
  experimental: { serverActions: { bodySizeLimit: "5mb" } },
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "bcryptjs", "nodemailer"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
