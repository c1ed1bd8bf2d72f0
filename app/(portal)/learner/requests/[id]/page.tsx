import { requesterRequestPage } from "@/components/contact/requester-request-page";

const page = requesterRequestPage("LEARNER", "/learner/requests");

export const generateMetadata = page.generateMetadata;
export default page.Page;
