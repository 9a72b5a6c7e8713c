import { defineRule } from "./rule.js";

export const frameworkDocumentYears = defineRule({
  name: "framework-document-years",
  description: "Each year listed for a framework document appears in its title as published.",
  check(edition) {
    return edition.organizations.organizations.flatMap((org, k) =>
      org.frameworkDocuments.flatMap((doc, d) =>
        doc.years.flatMap((year, y) =>
          doc.title.includes(String(year))
            ? []
            : [
                {
                  path: ["organizations", "organizations", k, "frameworkDocuments", d, "years", y],
                  subject: `${doc.title}/${year}`,
                  message: `${org.name}: "${doc.title}" is listed with the year ${year}, which its title does not show`,
                  hint: "list only the years printed in the title, or correct the title",
                },
              ],
        ),
      ),
    );
  },
});
