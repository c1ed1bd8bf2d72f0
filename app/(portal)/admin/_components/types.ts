/** What the admin forms receive from their pages (plain data, serializable). */
export type Option = { value: string; label: string };

export type StaffPickers = { paths: Option[]; advisors: Option[]; mentors: Option[] };
