import { requesterRequestPage } from "@/components/contact/requester-request-page";

const page = requesterRequestPage("MENTOR", "/mentor/alerts");

export const generateMetadata = page.generateMetadata;
export default page.Page;
