/** The profile template a new installation starts with (admins can edit it afterwards). */
export const defaultTemplate: { title: string; children?: string[] }[] = [
  { title: "Digital ID Overview" },
  { title: "Law", children: ["Domestic law and policy", "Data Protection", "International Commitments"] },
  { title: "Designed to Include? The Impact of Digital ID and Legal Identity on Citizenship and Nationality Rights" },
];
