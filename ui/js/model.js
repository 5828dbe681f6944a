// The family's contribution while the app is open. Its shape is the core's `Contribution`.

/** A new, empty contribution in the screens' language. */
export function newContribution(language) {
  return {
    formatVersion: 1,
    language,
    about: {
      writerName: "",
      relationship: "",
      children: [{ name: "", age: null, dateOfBirth: null }],
      conference: { date: null, time: null, kind: null, format: null },
      socialWorker: "",
      helper: { kind: "nobody", name: "" },
      interpreter: { needed: false, language: "" },
      accessNeeds: "",
    },
    answers: {},
    scale: null,
    timelineSettings: { reportsDaysBeforeInitial: 2, reportsDaysBeforeReview: 5, chairMeetingMinutesBefore: 30 },
  };
}
