// "My notes for the day": the notes the core made from the answers (or the family's own edits),
// one box per heading in the Chair's order, and printing them on one page.
import * as api from "../api.js";
import { el, focusHeading, makesPdf, showTemplate } from "../dom.js";

/** The names the core gives the sections, and the fields of the saved notes. */
const FIELDS = {
  "working-well": "workingWell",
  worries: "worries",
  change: "change",
  reports: "reports",
  questions: "questions",
  coming: "coming",
};

export async function showNotes(app) {
  const view = await api.notesView(app.contribution);
  const root = showTemplate("notes");
  root.querySelector("h1").textContent = view.title;
  root.querySelector(".lead").textContent = view.intro;
  const area = root.querySelector(".notes-fields");
  for (const section of view.sections) {
    const field = FIELDS[section.id];
    const id = `notes-${section.id}`;
    const box = el("textarea", { id, name: field, rows: 4, dir: "auto", autocomplete: "off" });
    box.value = section.text;
    box.addEventListener("input", () => {
      // The first edit keeps every section as shown, so later changes to the answers do not
      // overwrite what the family wrote here.
      app.contribution.dayNotes ??= Object.fromEntries(view.sections.map((s) => [FIELDS[s.id], s.text]));
      app.contribution.dayNotes[field] = box.value;
    });
    area.append(el("div", { className: "field" }, el("label", { for: id, text: section.title }), box));
  }

  const status = root.querySelector(".status");
  const print = root.querySelector("#print-notes");
  print.textContent = view.print;
  root.querySelector("#back").addEventListener("click", () => app.go("check"));
  makesPdf(app, print, status, () => api.makeNotesPdf(app.contribution));
  focusHeading(root);
}
