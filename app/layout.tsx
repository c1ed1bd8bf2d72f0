import type { Metadata } from "next";
import { GeistSans } from "geist/font/sans";
import { getMessages } from "@/lib/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: { default: m.app.name, template: `%s · ${m.app.name}` } };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { locale, m } = await getMessages();
  return (
    <html lang={locale} className={GeistSans.variable}>
      <body className="flex min-h-screen flex-col font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
        >
          {m.app.skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
