// @ts-check
// The editions @tip/data ships, newest first, for the build steps that need them.

/** @returns {Promise<import("@tip/domain").Edition[]>} */
export async function shippedEditions() {
  /** @type {{ editions?: unknown }} */
  let data;
  try {
    data = await import("@tip/data");
  } catch (error) {
    throw new Error(
      `@tip/data cannot be imported (${error instanceof Error ? error.message : String(error)}); ` +
        "build it first: `turbo run build --filter=@tip/docs...` builds everything the site needs",
    );
  }
  const list = Array.isArray(data.editions) ? data.editions : Object.values(data.editions ?? {});
  if (list.length === 0) throw new Error("@tip/data exports no editions");
  return /** @type {import("@tip/domain").Edition[]} */ ([...list]).sort((a, b) => b.year - a.year);
}

/** Runs a build step, printing a one-line cause instead of a stack trace when it fails. */
export async function step(/** @type {string} */ name, /** @type {() => Promise<void>} */ run) {
  try {
    await run();
  } catch (error) {
    console.error(`apps/docs ${name}: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
    process.exitCode = 1;
  }
}
