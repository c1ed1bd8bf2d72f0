import createNextIntlPlugin from "next-intl/plugin";

// next-intl reads its request configuration (language, messages, formats) from here.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Nothing of the portal uses these; a script injected despite the CSP gets none of them either.
const PERMISSIONS_POLICY = [
  "accelerometer", "autoplay", "bluetooth", "camera", "display-capture", "geolocation", "gyroscope", "hid",
  "magnetometer", "microphone", "midi", "payment", "publickey-credentials-get", "screen-wake-lock", "serial", "usb",
  "xr-spatial-tracking", "browsing-topics",
].map((feature) => `${feature}=()`).join(", ");

/** APP_URL's host (`ecole.example.fr`, with its port if any), read when the server starts. */
function appOrigins() {
  try {
    return process.env.APP_URL ? [new URL(process.env.APP_URL).host] : [];
  } catch {
    return []; // lib/server/env.ts reports a malformed APP_URL at start
  }
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm run typecheck` (part of `npm test`) checks types; the build need not do it twice.
  typescript: { ignoreBuildErrors: true },
  // The admin's CSV import sends the file to a server action (lib/domain/import-csv.ts: 4 MB at most).
  // Server actions accept an Origin other than the request's host only from APP_URL
  // (a proxy that rewrites Host); proxy.ts also refuses a POST with no Origin at all.
  experimental: { serverActions: { bodySizeLimit: "5mb", allowedOrigins: appOrigins() } },
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "bcryptjs", "nodemailer", "pino", "pdfkit"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
