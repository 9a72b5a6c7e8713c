// Test-only: a memberships part for the minimal edition (ARG and BRN; the table's one organization, UN).
import type { Memberships } from "../../model/memberships.js";

const repository = {
  name: "Factbook",
  repository: "factbook/factbook.json",
  path: "*/*.json",
  commit: "2ea746ff6dcf3a9b8f47534014937b68b8c915dd",
  date: "2017-03-28",
};

export function memberships(): Memberships {
  return {
    source: repository,
    abbreviations: { ...repository, name: "Appendix B", path: "appendix/appendix-b.html" },
    organizations: [{ organization: "UN", factbook: "UN", factbookName: "United Nations" }],
    outside: ["OAS", "WTO"],
    countries: [
      { country: "ARG", file: "south-america/ar.json", participation: "OAS, UN, WTO" },
      { country: "BRN", file: "east-n-southeast-asia/bx.json", participation: "UN, WTO" },
    ],
  };
}
