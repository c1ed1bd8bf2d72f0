import { SpaceGuard } from "../space-layout";

export default function Layout({ children }: { children: React.ReactNode }) {
  return <SpaceGuard space="/referent">{children}</SpaceGuard>;
}
