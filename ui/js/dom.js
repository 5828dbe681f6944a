// Small helpers for building screens without innerHTML.
import { localize, t } from "./l10n.js";

const screen = () => document.getElementById("screen");

/** Creates an element; `text` is set with textContent, other props as attributes. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "text") node.textContent = value;
    else if (key === "className") node.className = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  node.append(...children.filter(Boolean));
  return node;
}

/** A localized copy of a template's content. Looked up as a template, since an element on the
 * screen may share its id. */
export function fromTemplate(id) {
  const content = document.querySelector(`template#${id}`).content.cloneNode(true);
  localize(content);
  for (const summary of content.querySelectorAll("details > summary")) {
    summary.setAttribute("role", "button");
    summary.setAttribute("aria-expanded", String(summary.parentElement.open));
  }
  return content;
}

/** WebKit tells a screen reader on Linux nothing about a <details>' <summary> (its role there is
 * "unknown"), so each is marked as a button (above) that says whether what it hides is shown,
 * kept up to date here as it opens and closes. */
export function announceDisclosures() {
  document.addEventListener(
    "toggle",
    (event) => {
      const summary = event.target.matches?.("details") && event.target.querySelector(":scope > summary");
      if (summary) summary.setAttribute("aria-expanded", String(event.target.open));
    },
    true,
  );
}

/** Replaces the screen with a localized copy of a template, and returns the screen. */
export function showTemplate(id) {
  const root = screen();
  root.replaceChildren(fromTemplate(id));
  root.dataset.screen = id;
  // A screen with a bar that stays at the top sets its height again (interpreter.js).
  document.documentElement.style.removeProperty("--sticky-top");
  window.scrollTo(0, 0);
  return root;
}

/** WebKit scrolls a text box reached by Tab only until its cursor shows, which can leave all but
 * a line of it below the window (or none of it, with big text). The whole box is brought into
 * view instead, or its top if it is taller than the window. */
export function revealWholeFields() {
  document.addEventListener("focusin", (event) => {
    const field = event.target;
    if (!field.matches?.("input, textarea, select, [contenteditable]")) return;
    const box = field.getBoundingClientRect();
    const clear = parseFloat(getComputedStyle(document.documentElement).scrollPaddingBlockStart) || 0;
    if (box.top >= clear && box.bottom <= window.innerHeight) return;
    field.scrollIntoView({ block: box.height > window.innerHeight - clear ? "start" : "nearest" });
  });
}

/** Moves keyboard focus to the screen's heading, so a screen reader announces the new page. */
export function focusHeading(root) {
  const heading = root.querySelector("h1");
  if (heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
}

/** The window's engine keeps the text around the last cursor, for the input method, until
 * another text field takes the focus: after Lock that would be the family's last words, kept in
 * the app's memory. An empty field, focused for two frames inside `host` (a part of the page that
 * is not inert), makes it let go. Nothing is shown or read out. */
export async function forgetTextAroundCursor(host) {
  const blank = document.createElement("input");
  blank.className = "visually-hidden";
  blank.tabIndex = -1;
  blank.autocomplete = "off";
  blank.setAttribute("aria-hidden", "true");
  const focused = document.activeElement;
  host.append(blank);
  blank.focus();
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  blank.remove();
  focused?.focus();
}

/** A button that makes a PDF: while `make()` runs it is disabled and `status` says so; then the
 * "done" screen with where it was saved, or in `status` that nothing was saved or why not. */
export function makesPdf(app, button, status, make) {
  button.addEventListener("click", async () => {
    button.disabled = true;
    status.classList.remove("error");
    status.textContent = t("status-making-pdf");
    try {
      const saved = await make();
      if (saved === null) status.textContent = t("status-cancelled");
      else app.go("done", saved);
    } catch (problem) {
      status.classList.add("error");
      status.textContent = problem.message ?? t("error-unexpected");
    } finally {
      button.disabled = false;
    }
  });
}
