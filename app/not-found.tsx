import Link from "next/link";
import type { Metadata } from "next";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.notFound.title };
}

export default async function NotFound() {
  const { m } = await getMessages();
  return (
    <main id="main" tabIndex={-1} className="mx-auto w-full max-w-2xl flex-1 px-4 py-16">
      <h1 className="text-2xl font-bold">{m.notFound.title}</h1>
      <p className="mt-4">{m.notFound.body}</p>
      <p className="mt-6">
        <Link href="/">{m.notFound.back}</Link>
      </p>
    </main>
  );
}
