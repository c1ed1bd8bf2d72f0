import { threadPage } from "@/components/triage/thread-page";

const page = threadPage(["ADVISOR"], "/advisor/requests");

export const generateMetadata = page.generateMetadata;
export default page.Page;
