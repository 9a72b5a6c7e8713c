import { describe, expect, it } from "vitest";
import { retitle, shiftDate, shiftMonth } from "./move-on.js";

describe("moving dates on", () => {
  it("moves a month on by whole years", () => {
    expect(shiftMonth("2016-04", 1)).toBe("2017-04");
    expect(shiftMonth("2017-03", 2)).toBe("2019-03");
    expect(shiftMonth("April 2016", 1)).toBeUndefined();
    expect(shiftMonth("2016-13", 1)).toBeUndefined();
  });

  it("moves a date on, February 29 to February 28 in a common year", () => {
    expect(shiftDate("2017-06-27", 1)).toBe("2018-06-27");
    expect(shiftDate("2016-02-29", 1)).toBe("2017-02-28");
    expect(shiftDate("2016-02-29", 4)).toBe("2020-02-29");
    expect(shiftDate("27 June 2017", 1)).toBeUndefined();
  });

  it("replaces the old year in a title, as a whole number only", () => {
    expect(retitle("2017 Trafficking in Persons Report", 2017, 2018)).toBe("2018 Trafficking in Persons Report");
    expect(retitle("Trafficking in Persons Report, June 2017", 2017, 2018)).toBe(
      "Trafficking in Persons Report, June 2018",
    );
    expect(retitle("Report 20171", 2017, 2018)).toBe("Report 20171");
    expect(retitle("Trafficking in Persons Report", 2017, 2018)).toBe("Trafficking in Persons Report");
  });
});
