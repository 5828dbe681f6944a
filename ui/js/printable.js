// The note under a text box naming what of its words the PDF could not print on this computer,
// and what to do. The core decides (api.printableNote); this module only asks it, at most once
// every WAIT_MS while someone types, and shows the answer. The note is a polite live region,
// tied to its box with aria-describedby, and goes as soon as the words print again.
import * as api from "./api.js";
import { el } from "./dom.js";

/** The longest a box waits after a keystroke before its words are checked. */
const WAIT_MS = 400;

const boxes = new WeakMap();

/** Checks every text box inside `root` as it is typed in, or focused with words already in it. */
export function watchPrintable(root) {
  root.addEventListener("input", (event) => schedule(event.target));
  root.addEventListener("focusin", (event) => schedule(event.target));
}

/** Boxes whose words go into a PDF: every text box but a draft's name, which is never printed. */
function watched(node) {
  const box = node instanceof HTMLTextAreaElement || (node instanceof HTMLInputElement && node.type === "text");
  return box && Boolean(node.id) && !node.closest(".new-draft, .rename-form");
}

function schedule(box) {
  if (!watched(box)) return;
  let state = boxes.get(box);
  if (!state) {
    state = { timer: null, asked: 0 };
    boxes.set(box, state);
  }
  // At most one question in flight per WAIT_MS; the last keystroke is always checked.
  if (state.timer !== null) return;
  state.timer = setTimeout(() => {
    state.timer = null;
    check(box, state);
  }, WAIT_MS);
}

async function check(box, state) {
  const asked = ++state.asked;
  let note;
  try {
    note = await api.printableNote(box.value);
  } catch {
    return;
  }
  // A later answer for the same box wins; a box no longer on screen needs no note.
  if (asked === state.asked && box.isConnected) show(box, note);
}

function show(box, text) {
  const id = `${box.id}-printable`;
  let note = document.getElementById(id);
  const described = (box.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
  if (!text) {
    if (note) note.remove();
    const rest = described.filter((d) => d !== id);
    if (rest.length) box.setAttribute("aria-describedby", rest.join(" "));
    else box.removeAttribute("aria-describedby");
    return;
  }
  if (!note) {
    note = el("p", { id, className: "printable-note", role: "status", "aria-live": "polite" });
    box.after(note);
    box.setAttribute("aria-describedby", [...described, id].join(" "));
  }
  if (note.textContent !== text) note.textContent = text;
}
