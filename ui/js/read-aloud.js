// "Read aloud" buttons. The core says whether the screens' language has a voice and makes the
// sound of the wording a button names; this only plays it and stops it. One reading at a time.
import * as api from "./api.js";
import { el } from "./dom.js";
import { currentLanguage, t } from "./l10n.js";

const SVG = "http://www.w3.org/2000/svg";
/** A speaker, and a square for Stop. */
const ICONS = {
  idle: ["M3 9v6h4l5 4V5L7 9H3z", "M15.5 8.5a5 5 0 0 1 0 7", "M18 6a8.5 8.5 0 0 1 0 12"],
  playing: ["M7 7h10v10H7z"],
};

/** The core's answer for the screens' language, asked once per language. */
let support = null;
/** The reading under way: { button, audio, url }. */
let current = null;

function supportNow() {
  const lang = currentLanguage();
  if (!support || support.lang !== lang) support = { lang, answer: api.readAloudSupport() };
  return support.answer;
}

/** A small labelled button that reads the wording `key` names (never what the family typed).
 * Hidden when the computer has no voice for the language. */
export function readAloudButton(key, describedBy) {
  const button = el("button", {
    type: "button",
    className: "read-aloud",
    "data-read-aloud": key,
    "aria-describedby": describedBy,
    hidden: true,
  });
  show(button, "idle");
  button.addEventListener("click", () => (button.dataset.state === "idle" ? start(button, key) : stop()));
  supportNow().then((answer) => {
    button.hidden = !answer.available;
  });
  return button;
}

/** The note shown once on a screen, instead of the buttons, when the language has no voice. */
export function readAloudNote() {
  const note = el("p", { className: "hint read-aloud-note", hidden: true });
  supportNow().then((answer) => {
    note.hidden = answer.available;
    note.textContent = answer.note ?? "";
  });
  return note;
}

function show(button, state) {
  button.dataset.state = state;
  const icon = document.createElementNS(SVG, "svg");
  icon.setAttribute("viewBox", "0 0 24 24");
  icon.setAttribute("aria-hidden", "true");
  icon.setAttribute("focusable", "false");
  for (const d of ICONS[state === "idle" ? "idle" : "playing"]) {
    const path = document.createElementNS(SVG, "path");
    path.setAttribute("d", d);
    icon.append(path);
  }
  button.replaceChildren(icon, el("span", { text: t(state === "idle" ? "read-aloud" : "read-aloud-stop") }));
}

async function start(button, key) {
  stop();
  button.parentElement?.querySelector(".read-aloud-failed")?.remove();
  const reading = { button, audio: null, url: null };
  current = reading;
  // "loading" while the sound is made, "playing" once it plays; Stop works in both.
  show(button, "loading");
  try {
    const bytes = await api.readAloud(key);
    if (current !== reading) return;
    reading.url = URL.createObjectURL(new Blob([bytes], { type: "audio/wav" }));
    reading.audio = new Audio(reading.url);
    // In the page (it shows nothing without controls), so a test can see what plays.
    reading.audio.className = "read-aloud-sound";
    document.body.append(reading.audio);
    reading.audio.addEventListener("ended", () => current === reading && stop());
    // Leaving the screen stops the reading.
    reading.audio.addEventListener("timeupdate", () => !button.isConnected && current === reading && stop());
    await reading.audio.play();
    if (current === reading) button.dataset.state = "playing";
  } catch (problem) {
    if (current !== reading) return;
    stop();
    const failed = el("span", { className: "hint read-aloud-failed", role: "status", text: problem?.message ?? t("read-aloud-failed") });
    button.after(failed);
  }
}

/** Stops the reading under way, at once. */
export function stop() {
  const reading = current;
  current = null;
  if (!reading) return;
  if (reading.audio) {
    reading.audio.pause();
    reading.audio.removeAttribute("src");
    reading.audio.load();
    reading.audio.remove();
  }
  if (reading.url) URL.revokeObjectURL(reading.url);
  show(reading.button, "idle");
}
