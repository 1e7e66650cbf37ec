import { describe, expect, it } from "vitest";
import { findAsides } from "./find-asides";

describe("findAsides", () => {
  it("finds an appositive that describes a named person", () => {
    expect(findAsides("Mara Velt, head of the port authority, told reporters the cranes stopped.")).toEqual(["head of the port authority"]);
  });

  it("finds relative clauses, known-as clauses, brackets, dash pairs and ages", () => {
    expect(findAsides("Osk, who has led the union since 2009, called the strike.")).toEqual(["who has led the union since 2009"]);
    expect(findAsides("The Directorate, commonly known as the DRS, denied it.")).toEqual(["commonly known as the DRS"]);
    expect(findAsides("The ferry (built in 1998) sank — witnesses said slowly — near the pier.")).toEqual(["built in 1998", "witnesses said slowly"]);
    expect(findAsides("Pell, 54, resigned.")).toEqual(["54"]);
  });

  it("finds the attribution at the end of a report", () => {
    expect(findAsides("Ridership rose 8% last year, according to the transport department.")).toEqual(["according to the transport department"]);
    expect(findAsides("No homes will be demolished, the city's transport department said.")).toEqual(["the city's transport department said"]);
  });

  it("leaves plain statements and lists alone", () => {
    expect(findAsides("The council met on Monday and approved the budget.")).toEqual([]);
    expect(findAsides("They bought apples, pears, and plums.")).toEqual([]);
  });
});
