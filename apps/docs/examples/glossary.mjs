// Abbreviations both ways, and an organization by name or abbreviation.
import { latestEdition as edition } from "@tip/data";
import { abbreviationFor, expandAbbreviation, findOrganization, linkHref } from "@tip/domain";

console.log(`UNODC -> ${expandAbbreviation(edition, "UNODC")}`);
console.log(`International Labour Organization -> ${abbreviationFor(edition, "International Labour Organization")}`);

const osce = findOrganization(edition, "osce");
if (!osce) throw new Error("OSCE is not in the edition");
console.log(`\n${osce.name}`);
for (const site of osce.websites) console.log(`  web site: ${linkHref(site.url)}`);
console.log(`  focal points: ${osce.focalPoints.join("; ") || "N/A"}`);
console.log(`  framework documents: ${osce.frameworkDocuments.length}`);
