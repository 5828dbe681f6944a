// One part of the journey: its questions come from the core, each with a large text box.
import { el, focusHeading, showTemplate } from "../dom.js";
import { t } from "../l10n.js";
import { readAloudButton, readAloudNote } from "../read-aloud.js";

export function showPart(app, index) {
  const part = app.parts[index];
  const contribution = app.contribution;
  const root = showTemplate("part");
  root.dataset.part = part.id;
  root.querySelector(".progress").textContent = part.progress;
  root.querySelector(".part-title").textContent = part.title;
  root.querySelector(".part-intro").textContent = part.intro;
  root.querySelector(".part-intro").after(readAloudNote());
  const form = root.querySelector(".prompts");

  if (part.scale) form.append(scaleChoice(part.scale, contribution));
  for (const prompt of part.prompts) form.append(promptField(prompt, contribution));
  if (part.terms.length > 0) {
    root.querySelector(".part-words").hidden = false;
    root.querySelector(".term-links").replaceChildren(
      ...part.terms.map((term) => {
        const link = el("button", { type: "button", className: "link", text: term.name });
        link.addEventListener("click", () => app.visit("guide", term.id));
        return el("li", {}, link);
      }),
    );
  }

  root.querySelector("#back").addEventListener("click", () => app.go(index === 0 ? "about" : "part", index - 1));
  root.querySelector("#next").addEventListener("click", () =>
    index + 1 < app.parts.length ? app.go("part", index + 1) : app.go("check"),
  );
  focusHeading(root);
}

function promptField(prompt, contribution) {
  const id = `answer-${prompt.id}`;
  const hint = prompt.hint ? el("p", { className: "hint", id: `${id}-hint`, text: prompt.hint }) : null;
  const box = el("textarea", { id, name: prompt.id, rows: 6, dir: "auto", autocomplete: "off", "aria-describedby": hint ? hint.id : null });
  box.value = contribution.answers[prompt.id] ?? "";
  box.addEventListener("input", () => {
    contribution.answers[prompt.id] = box.value;
  });
  const label = el("label", { for: id, id: `${id}-label`, text: prompt.label });
  const last = lastTime(prompt.id, contribution);
  if (last) box.setAttribute("aria-describedby", [hint?.id, last.id].filter(Boolean).join(" "));
  return el("div", { className: "field" }, label, readAloudButton(prompt.id, label.id), hint, last, box);
}

/** On a review conference's draft, what the family answered to this question last time, and a
 * prompt to say what has changed; nothing for a question they left blank then. */
function lastTime(promptId, contribution) {
  const said = contribution.lastAnswers?.[promptId];
  if (!said) return null;
  return el(
    "div",
    { className: "last-time", id: `last-${promptId}` },
    el("p", { className: "last-time-label", text: t("last-time-said") }),
    el("blockquote", { dir: "auto", text: said }),
    el("p", { className: "hint", text: t("last-time-changed") }),
  );
}

function scaleChoice(scale, contribution) {
  const choices = [];
  for (let n = 0; n <= scale.max; n += 1) choices.push(radio(String(n), String(n), contribution.scale === n));
  const notSure = radio("none", scale.notSure, contribution.scale === null);
  const set = el(
    "fieldset",
    { className: "scale" },
    el("legend", { id: "scale-question", text: scale.question }),
    readAloudButton("scale-question", "scale-question"),
    el("div", { className: "scale-ends" }, el("span", { text: scale.low }), el("span", { text: scale.high })),
    el("div", { className: "scale-numbers" }, ...choices),
    el("div", { className: "choices" }, notSure),
  );
  set.addEventListener("change", (event) => {
    contribution.scale = event.target.value === "none" ? null : Number(event.target.value);
  });
  return set;
}

function radio(value, text, checked) {
  const input = el("input", { type: "radio", name: "scale", value, checked, id: `scale-${value}` });
  return el("label", { for: input.id }, input, el("span", { text }));
}
