// The child's own journey: one screen at a time, worded for their age band by the core. Their
// words are kept exactly as typed (no spelling help), their drawings as they drew them, and they
// choose what the meeting may see.
import * as api from "../api.js";
import { drawingCanvas } from "../drawing.js";
import { el, focusHeading, fromTemplate, showTemplate } from "../dom.js";
import { readAloudButton, readAloudNote } from "../read-aloud.js";
import { t } from "../l10n.js";

const SYMBOLS = { sun: "☀", star: "★", heart: "♥", cloud: "☁", rainbow: "🌈", tree: "🌳" };
const HOUSES = ["good", "worries", "wishes"];
const PART_CHOICES = ["all", "some", "advocate", "views", "none", "unsure"];

export function showChild(app, index) {
  const { steps, band } = app.childJourney;
  const step = steps[index];
  const v = app.child;
  const root = showTemplate("child");
  root.dataset.step = step.kind;
  const body = root.querySelector(".child-body");
  const title = root.querySelector(".child-title");
  const last = index === steps.length - 1;

  // For the youngest, a picture beside each house and question; the words say the same.
  if (step.picture) title.before(el("img", { src: `img/${step.picture}.svg`, alt: "", "aria-hidden": "true", className: "child-picture", "data-picture": step.picture }));
  if (step.kind === "who") who(app, body, title);
  else if (step.kind === "explain") {
    title.textContent = step.title;
    body.append(...step.paragraphs.map((text) => el("p", { className: "child-words", text })));
  } else if (step.kind === "house") house(app, step, body, title);
  else if (step.kind === "question") {
    title.textContent = step.title;
    body.append(words(app, step.prompt, answer(v, step.id)));
  } else if (step.kind === "taking-part") takingPart(app, body, title);
  else share(app, body, title);
  if (step.kind === "house" || step.kind === "question") {
    // The question can be heard, in the child's band's words, by a child who reads little.
    const prompt = body.querySelector(".house-prompt, .child-prompt");
    prompt.id ||= "c-prompt";
    prompt.after(readAloudButton(`child-${band}-${step.house ?? step.id}`, prompt.id), readAloudNote());
  }

  root.querySelector("#child-stop").addEventListener("click", () => app.toStart());
  root.querySelector("#back").hidden = index === 0;
  root.querySelector("#back").addEventListener("click", () => app.go("child", index - 1));
  root.querySelector("#next").hidden = last;
  root.querySelector("#next").addEventListener("click", async () => {
    // The band decides the screens that follow, so they are asked for again after "who".
    if (step.kind === "who") app.childJourney = await api.childSteps(v);
    app.go("child", index + 1);
  });
  focusHeading(root);
}

function answer(v, id) {
  v.answers[id] ??= { text: "", share: false };
  return v.answers[id];
}

/** A big text box whose words are kept exactly as typed. */
function words(app, prompt, shared) {
  const id = "c-answer";
  const box = el("textarea", {
    id,
    rows: 5,
    dir: "auto",
    spellcheck: "false",
    autocapitalize: "off",
    autocorrect: "off",
    autocomplete: "off",
  });
  box.value = shared.text;
  box.addEventListener("input", () => {
    shared.text = box.value;
  });
  return el("div", { className: "field" }, el("label", { for: id, className: "child-prompt", text: prompt }), box);
}

function who(app, body, title) {
  const v = app.child;
  title.textContent = t("child-who-title");
  body.append(fromTemplate("child-who"));
  const name = body.querySelector("#c-name");
  const age = body.querySelector("#c-age");
  const helperName = body.querySelector("#c-helper-name");
  const showHelperName = () => {
    body.querySelector(".helper-name").hidden = v.helper.kind === "nobody";
  };
  name.value = v.name;
  age.value = v.age ?? "";
  helperName.value = v.helper.name;
  for (const radio of body.querySelectorAll('[name="c-helper"]')) radio.checked = radio.value === v.helper.kind;
  // The core says which band the questions use: the one chosen, or the one the age suggests.
  const checkBand = async () => {
    app.childJourney = await api.childSteps(v);
    for (const radio of body.querySelectorAll('[name="c-band"]')) radio.checked = radio.value === app.childJourney.band;
  };
  age.min = app.childJourney.youngest;
  age.max = app.childJourney.oldest;
  checkBand();
  showHelperName();
  name.addEventListener("input", () => {
    v.name = name.value;
  });
  age.addEventListener("input", () => {
    const n = Number.parseInt(age.value, 10);
    const { youngest, oldest } = app.childJourney;
    v.age = Number.isInteger(n) && n >= youngest && n <= oldest ? n : null;
    if (!v.band) checkBand();
  });
  helperName.addEventListener("input", () => {
    v.helper.name = helperName.value;
  });
  body.querySelector(".helper").addEventListener("change", (event) => {
    v.helper.kind = event.target.value;
    showHelperName();
  });
  body.querySelector(".bands").addEventListener("change", (event) => {
    v.band = event.target.value;
  });
}

function house(app, step, body, title) {
  const v = app.child;
  v.houses[step.house] ??= { name: "", symbol: null, words: { text: "", share: false }, drawing: null };
  const h = v.houses[step.house];
  const showTitle = () => {
    title.textContent = `${h.symbol ? `${SYMBOLS[h.symbol]} ` : ""}${h.name.trim() || step.title}`;
  };
  showTitle();
  body.append(fromTemplate("child-house"));
  body.querySelector(".house-prompt").textContent = step.prompt;
  const box = body.querySelector("#c-words");
  box.value = h.words.text;
  box.addEventListener("input", () => {
    h.words.text = box.value;
  });
  const rename = body.querySelector("#c-house-name");
  rename.value = h.name;
  rename.addEventListener("input", () => {
    h.name = rename.value;
    showTitle();
  });
  const symbols = body.querySelector(".symbols");
  for (const [key, mark] of Object.entries(SYMBOLS)) {
    const input = el("input", { type: "radio", name: "c-symbol", value: key, checked: h.symbol === key });
    symbols.append(el("label", { className: "symbol" }, input, el("span", { "aria-hidden": "true", text: mark }), el("span", { text: t(`child-symbol-${key}`) })));
  }
  symbols.addEventListener("change", (event) => {
    h.symbol = event.target.value;
    showTitle();
  });
  drawingCanvas(body.querySelector(".drawing"), {
    start: h.drawing?.png ?? null,
    label: t,
    onChange: (png) => {
      h.drawing = png ? { png, share: h.drawing?.share ?? false } : null;
      app.changed();
    },
  });
}

function takingPart(app, body, title) {
  const v = app.child;
  title.textContent = t("child-part-title");
  const choices = el(
    "fieldset",
    { className: "choices" },
    el("legend", { className: "child-prompt", text: t("child-part-question") }),
    ...PART_CHOICES.map((choice) =>
      el("label", {}, el("input", { type: "radio", name: "c-part", value: choice, checked: v.takingPart === choice }), el("span", { text: t(`child-part-${choice}`) })),
    ),
  );
  choices.addEventListener("change", (event) => {
    v.takingPart = event.target.value;
  });
  body.append(choices, words(app, t("child-part-words-label"), answer(v, "part")));
}

/** The part of the child's views a choice to share belongs to, made if it is not there yet (a
 * way of taking part chosen with nothing written). */
function sharedPart(v, place) {
  if (place.in === "house") {
    const house = v.houses[place.house];
    return place.drawing ? house.drawing : house.words;
  }
  v.answers[place.id] ??= { text: "", share: false };
  return v.answers[place.id];
}

/** Every answer and drawing the child made, each with "yes, they can see this" or "no": the
 * core's list, the same one the child's page prints from. */
async function share(app, body, title) {
  const v = app.child;
  title.textContent = t("child-share-title");
  body.append(el("p", { className: "lead", text: t("child-share-intro") }));
  const items = await api.childShareable(v);
  if (items.length === 0) body.append(el("p", { text: t("child-share-nothing") }));
  for (const { id, place, heading, words, shared } of items) {
    const drawing = place.in === "house" && place.drawing;
    const choice = (value, label) =>
      el("label", {}, el("input", { type: "radio", name: `share-${id}`, value, checked: shared === (value === "yes") }), el("span", { text: label }));
    const set = el(
      "fieldset",
      { className: "share-item", "data-item": id },
      el("legend", { text: heading }),
      drawing
        ? el("img", { src: v.houses[place.house].drawing.png, alt: t("child-share-drawing"), className: "share-drawing" })
        : el("p", { className: "child-words", text: words }),
      el("div", { className: "choices" }, choice("yes", t("child-share-yes")), choice("no", t("child-share-no"))),
    );
    set.addEventListener("change", (event) => {
      sharedPart(v, place).share = event.target.value === "yes";
    });
    body.append(set);
  }
  const status = el("p", { className: "status", role: "status" });
  const make = el("button", { type: "button", className: "primary", id: "make-child-pdf", text: t("child-make-pdf") });
  make.addEventListener("click", async () => {
    status.classList.remove("error");
    try {
      const saved = await api.makeChildPdf(v);
      if (saved) status.textContent = `${t("child-pdf-made")} ${saved}`;
    } catch (problem) {
      status.classList.add("error");
      status.textContent = problem.message ?? t("error-unexpected");
    }
  });
  body.append(el("div", { className: "actions" }, make), status);
}
