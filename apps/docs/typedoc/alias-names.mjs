// @ts-check
// Types inferred from zod schemas (`type Edition = z.infer<typeof EditionSchema>`) or from data
// (`type InstrumentId = keyof typeof INSTRUMENTS`) carry no alias once TypeScript resolves them, so
// TypeDoc would print a parameter `edition: Edition` as the whole expanded object. This plugin converts
// such parameters and return types from the type written in the source, which names and links the alias.
import { Converter, ReflectionType } from "typedoc";
import ts from "typescript";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, declaration) => {
    if (!declaration || !ts.isFunctionLike(declaration)) return;
    const checker = context.checker;

    /** Whether the written type names a type alias of the documented sources. */
    const namesProjectAlias = (/** @type {ts.Node} */ node) => {
      let found = false;
      const visit = (/** @type {ts.Node} */ n) => {
        if (found) return;
        if (ts.isTypeReferenceNode(n) && !n.typeArguments) {
          const symbol = checker.getSymbolAtLocation(n.typeName);
          const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
          found = !!target?.declarations?.some(
            (d) => ts.isTypeAliasDeclaration(d) && !d.getSourceFile().isDeclarationFile,
          );
        }
        ts.forEachChild(n, visit);
      };
      visit(node);
      return found;
    };

    /** @param {ts.TypeNode | undefined} node @param {import("typedoc").SomeType | undefined} converted */
    const asWritten = (node, converted) => {
      if (!node || !converted || converted.type === "reference" || !namesProjectAlias(node)) return undefined;
      if (converted instanceof ReflectionType) context.project.removeReflection(converted.declaration);
      return context.converter.convertType(context.withScope(signature), node);
    };

    for (const [i, parameter] of (signature.parameters ?? []).entries()) {
      const node = declaration.parameters[i];
      const type = asWritten(node && ts.isParameter(node) ? node.type : undefined, parameter.type);
      if (type) parameter.type = type;
    }
    const returned = asWritten(declaration.type, signature.type);
    if (returned) signature.type = returned;
  });
}
