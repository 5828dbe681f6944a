// The guide to the conference and the glossary, as the core words them.
import { el, focusHeading, showTemplate } from "../dom.js";
import { readAloudButton, readAloudNote } from "../read-aloud.js";

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
