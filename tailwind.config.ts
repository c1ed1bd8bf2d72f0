// Tailwind 4 reads its theme from app/globals.css (@theme); this file is kept
// for editors and tooling, and names the content the classes come from.
import type { Config } from "tailwindcss";

const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./lib/**/*.{ts,tsx}"],
};

export default config;
