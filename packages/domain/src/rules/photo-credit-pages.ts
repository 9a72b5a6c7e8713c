import { formatPhotoPlace } from "../model/back-matter.js";
import { defineRule } from "./rule.js";

export const photoCreditPages = defineRule({
  name: "photo-credit-pages",
  description: "A photo credit's page range runs from a lower page to a higher one.",
  check(edition) {
    return edition.photoCredits.credits.flatMap(({ place }, i) =>
      place.kind === "pages" && place.from >= place.to
        ? [
            {
              path: ["photoCredits", "credits", i, "place"],
              subject: formatPhotoPlace(place),
              message: `"${formatPhotoPlace(place)}" does not run from a lower page to a higher one`,
              hint: "write the first page then the last (36-37); a single page is a place of kind page",
            },
          ]
        : [],
    );
  },
});
