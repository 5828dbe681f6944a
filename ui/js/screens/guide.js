// The guide to the conference and the glossary, as the core words them.
import { el, focusHeading, showTemplate } from "../dom.js";
import { t } from "../l10n.js";
import { readAloudButton, readAloudNote } from "../read-aloud.js";
import { renderChecklist } from "../ready-checklist.js";

export function showGuide(app, termId) {
  const guide = app.guide;
  const root = showTemplate("guide");
  root.querySelector(".guide-title").textContent = guide.title;
  root.querySelector(".guide-intro").textContent = guide.intro;
  root.querySelector(".guide-intro").after(readAloudNote());
  root.querySelector(".guide-sections").replaceChildren(
    ...guide.sections.map((section) =>
      el(
        "section",
        { id: `guide-${section.id}` },
        el("h2", { text: section.title }),
        ...section.paragraphs.flatMap((text, i) => {
          const id = `guide-${section.id}-${i + 1}`;
          return [el("p", { id: `${id}-text`, text }), readAloudButton(id, `${id}-text`)];
        }),
      ),
    ),
  );
  // A family with a draft open whose meeting is by video, phone or a mix finds their checklist
  // right under the section about such meetings.
  const checklist = el("section", { className: "ready-checklist", id: "guide-ready", hidden: true });
  root.querySelector("#guide-video")?.append(checklist);
  renderChecklist(checklist, app, "guide-ready");
  if (app.contribution) root.querySelector("#guide-complain")?.append(councilContact(app));
  root.querySelector(".glossary-title").textContent = guide.glossaryTitle;
  root.querySelector(".glossary").replaceChildren(...termList(guide.glossary));
  root.querySelector("#back").addEventListener("click", () => app.back());

  const target = termId ? root.querySelector(`#glossary-${CSS.escape(termId)}`) : null;
  if (target) {
    target.scrollIntoView({ block: "start" });
    target.focus({ preventScroll: true });
  } else {
    focusHeading(root);
  }
}

/** Terms as <dt>/<dd> pairs; each term can take focus so a link can land on it. */
export function termList(terms) {
  return terms.flatMap((term) => [
    el("dt", { id: `glossary-${term.id}`, tabindex: "-1", text: term.name }),
    el("dd", { text: term.meaning }),
  ]);
}

/** Under "If you are unhappy", with a parent's draft open: a place to keep their council's
 * contact for a complaint, saved with the draft. No council's details are built in. */
function councilContact(app) {
  const contribution = app.contribution;
  const box = el("textarea", { id: "guide-council", rows: 3, dir: "auto", autocomplete: "off" });
  box.value = contribution.outcome?.councilContact ?? "";
  box.addEventListener("input", () => {
    contribution.outcome ??= { plan: null, categories: [], coreGroup: null, review: null, councilContact: "" };
    contribution.outcome.councilContact = box.value;
    app.changed();
  });
  return el(
    "div",
    { className: "field" },
    el("label", { for: box.id, text: t("outcome-council-label") }),
    box,
  );
}
