// Vite bundles the theme's stylesheets; TypeScript only needs to know the import exists.
declare module "*.css";
