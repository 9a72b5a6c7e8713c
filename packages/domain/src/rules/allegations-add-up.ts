import { defineRule, type Offense } from "./rule.js";

export const allegationsAddUp = defineRule({
  name: "allegations-add-up",
  description: "A peacekeeping organization's allegation breakdown adds up to its total.",
  check(edition) {
    return edition.peacekeeping.organizations.flatMap((org, k): Offense[] => {
      const { total, breakdown } = org.allegations;
      if (total === null || breakdown.length === 0) return [];
      const sum = breakdown.reduce((n, b) => n + b.count, 0);
      if (sum === total) return [];
      const parts = breakdown.map((b) => `${b.category} ${b.count}`).join(" + ");
      const subject = `peacekeeping/${org.id}/allegations`;
      return [
        {
          path: ["peacekeeping", "organizations", k, "allegations", "total"],
          subject,
          message: `${org.heading}: the allegations by category (${parts} = ${sum}) do not add up to the total ${total}`,
          hint: `check the figures against the source; if the source itself disagrees, keep them and record an exception for "${subject}" with the reason`,
        },
      ];
    });
  },
});
