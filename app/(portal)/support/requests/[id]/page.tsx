import { threadPage } from "@/components/triage/thread-page";

const page = threadPage(["SUPPORT", "MENTORSHIP_MANAGER"], "/support");

export const generateMetadata = page.generateMetadata;
export default page.Page;
