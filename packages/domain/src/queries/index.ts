export * from "./reporting-period.js";
export * from "./table.js";
export * from "./status.js";
export * from "./glossary.js";
export * from "./organizations.js";
export * from "./links.js";
export * from "./lookup-key.js";
export * from "./country-brief.js";
