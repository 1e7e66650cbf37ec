// For tests only: three short articles of our own (an invented derailment) whose lead
// sentences each state two facts, paired differently in each source, so contract version 2
// makes each lead sentence a member of two facts. Plain data: Vitest and Playwright both read it.

export const TWO_FACT_SOURCES = [
  {
    outlet: "Kessel Post",
    text: [
      "A freight train derailed near Ardmoor on Friday, spilling 40 tonnes of fertiliser into the Lisk river.",
      "The rail operator Norvane said the line would stay closed until Monday.",
      "Investigators are examining a cracked rail.",
    ].join("\n\n"),
  },
  {
    outlet: "Valley Courier",
    text: [
      "A freight train derailed near Ardmoor on Friday, injuring its two drivers.",
      "About 25 tonnes of fertiliser spilled into the Lisk river, officials said.",
      "Investigators are examining a cracked rail.",
    ].join("\n\n"),
  },
  {
    outlet: "Ardmoor Herald",
    text: [
      "Some 40 tonnes of fertiliser leaked into the Lisk river, and the two drivers were taken to hospital.",
      "The line will stay closed until Monday, the operator Norvane said.",
      "Local farmers fear for their wells.",
    ].join("\n\n"),
  },
] as const;
