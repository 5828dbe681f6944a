// The interpreters' review: choose a language and say who you are, then go through every
// wording, English beside the translation, approving each or suggesting a change. Everything
// shown comes from the core; each decision is saved as it is made.
import * as api from "../api.js";
import { el, focusHeading, fromTemplate, showTemplate } from "../dom.js";
import { t } from "../l10n.js";

/** The way into the review, in every start screen's place for it, locked or not: it needs no
 * family's data and shows none, and leaving it goes back to that screen as it was, so it never
 * unlocks the drafts. */
export function offerReview(app, root) {
  root.querySelector(".interpreter-way").replaceChildren(fromTemplate("open-review"));
  root.querySelector("#open-review").addEventListener("click", () => {
    app.reviewFrom = app.current;
    app.go("interpreter-start");
  });
}

/** The first screen: which language, and who is reviewing. */
export async function showInterpreterStart(app) {
  const languages = await api.reviewLanguages();
  const root = showTemplate("interpreter-start");
  const chooser = root.querySelector("#ir-language");
  const [name, number, date] = ["#ir-name", "#ir-number", "#ir-date"].map((css) => root.querySelector(css));
  const progress = root.querySelector(".ir-language-progress");
  const begin = root.querySelector("#ir-begin");
  chooser.replaceChildren(
    ...languages.map((language) => el("option", { value: language.tag, lang: language.tag, text: `${language.name} (${language.tag})` })),
  );
  if (app.reviewing) chooser.value = app.reviewing;
  const show = () => {
    const chosen = languages.find((language) => language.tag === chooser.value);
    if (!chosen) return;
    // A review already begun carries on with the details it was saved with.
    if (chosen.reviewer.name) name.value = chosen.reviewer.name;
    if (chosen.reviewer.registerNumber) number.value = chosen.reviewer.registerNumber;
    date.value = chosen.reviewer.date ?? date.value ?? "";
    const { reviewed, total } = chosen.progress;
    progress.textContent = reviewed > 0 ? `${reviewed} / ${total}` : "";
    begin.textContent = t(reviewed > 0 ? "interp-carry-on" : "interp-begin");
  };
  // Today on this computer's calendar (toISOString would give the date in UTC).
  const today = new Date();
  date.value = [today.getFullYear(), today.getMonth() + 1, today.getDate()]
    .map((part, i) => String(part).padStart(i === 0 ? 4 : 2, "0"))
    .join("-");
  chooser.addEventListener("change", show);
  show();

  root.querySelector("#ir-back").addEventListener("click", () => app.go(...app.reviewFrom));
  begin.addEventListener("click", async () => {
    const status = root.querySelector(".status");
    try {
      const reviewer = { name: name.value, registerNumber: number.value, date: date.value || null };
      await api.reviewSetReviewer(chooser.value, reviewer);
      app.reviewing = chooser.value;
      app.go("interpreter", chooser.value);
    } catch (problem) {
      status.classList.add("error");
      status.textContent = problem.message ?? t("error-unexpected");
    }
  });
  focusHeading(root);
}

/** The review screen for one language. */
export async function showInterpreter(app, tag) {
  let view;
  try {
    view = await api.reviewOpen(tag);
  } catch (problem) {
    // A review file that cannot be read is left alone; say so on the first screen.
    await showInterpreterStart(app);
    const status = document.querySelector("#screen .status");
    status.classList.add("error");
    status.textContent = problem.message ?? t("error-unexpected");
    return;
  }
  const root = showTemplate("interpreter");
  keepClearOf(root.querySelector(".ir-toolbar"));
  root.querySelector(".ir-title").textContent = view.title;
  const reviewer = view.reviewer;
  root.querySelector(".ir-reviewer").textContent = [reviewer.name, reviewer.registerNumber, reviewer.date]
    .filter(Boolean)
    .join(" · ");
  root.querySelector(".ir-terms tbody").replaceChildren(
    ...view.terms.map((term) =>
      el("tr", {}, el("td", { text: term.english }), el("td", { lang: view.tag, dir: view.dir, text: term.translation })),
    ),
  );

  const readers = root.querySelector("#ir-filter-readers");
  const seen = new Map(view.items.map((item) => [item.readers, item.readersName]));
  for (const [value, label] of seen) readers.append(el("option", { value, text: label }));

  const items = root.querySelector(".ir-items");
  const notes = new Map(view.fileNotes);
  let group = null;
  let place = "";
  for (const item of view.items) {
    if (`${item.area}|${item.section}` !== place) {
      if (!place.startsWith(`${item.area}|`)) {
        items.append(el("h2", { className: "ir-area", text: item.area }));
        // Who reads this file's words and how to write for them, from the file's opening note.
        const note = notes.get(item.file);
        if (note) items.append(el("p", { className: "hint ir-file-note" }, el("strong", { text: t("interp-file-note") }), ` ${note}`));
      }
      group = el("section", { className: "ir-group" });
      if (item.section) group.append(el("h3", { text: item.section }));
      items.append(group);
      place = `${item.area}|${item.section}`;
    }
    group.append(itemCard(view, item, (decided) => update(root, view, decided)));
  }

  const status = root.querySelector("#ir-filter-status");
  const filter = () => applyFilter(root, status.value, readers.value);
  status.addEventListener("change", filter);
  readers.addEventListener("change", filter);
  showProgress(root, view.progressText, view.progress.approved === view.progress.total);

  const saved = root.querySelector(".ir-saved");
  const exporting = (call) => async () => {
    saved.classList.remove("error");
    try {
      const message = await call(tag);
      if (message) saved.textContent = message;
    } catch (problem) {
      saved.classList.add("error");
      saved.textContent = problem.message ?? t("error-unexpected");
    }
  };
  root.querySelector("#ir-export-pdf").addEventListener("click", exporting(api.reviewExportPdf));
  root.querySelector("#ir-export-fluent").addEventListener("click", exporting(api.reviewExportSuggestions));
  root.querySelector("#ir-sign-off").addEventListener("click", async () => {
    await exporting(async () => {
      const text = await api.reviewSignOff(tag);
      // The "not yet checked" notice may no longer apply to this language; it is updated
      // before the sign-off shows, so what the screen says is never ahead of the notice.
      await app.refreshWords();
      showProgress(root, text, true);
      return null;
    })();
  });
  root.querySelector("#ir-done").addEventListener("click", () => app.go("interpreter-start"));
  focusHeading(root);
}

/** One wording: English beside the translation, previews, hints, and the decision. */
function itemCard(view, item, onDecided) {
  const card = fromTemplate("interpreter-item").firstElementChild;
  card.dataset.key = item.key;
  card.dataset.status = item.status;
  card.dataset.readers = item.readers;
  card.querySelector(".ir-key").textContent = item.key;
  // A wording outside any section sits straight under its area's h2: its own headings are then
  // one level up, so a screen reader's list of headings never skips a level.
  if (!item.section) {
    for (const h4 of card.querySelectorAll("h4")) {
      const h3 = document.createElement("h3");
      for (const { name, value } of h4.attributes) h3.setAttribute(name, value);
      h3.append(...h4.childNodes);
      h4.replaceWith(h3);
    }
  }
  card.querySelector(".ir-readers").textContent = item.readersName;
  const status = card.querySelector(".ir-status");
  status.textContent = t(`interp-status-${item.status}`);
  status.dataset.status = item.status;
  card.querySelector(".ir-note-text").textContent = item.note;
  card.querySelector(".ir-note").hidden = !item.note;
  card.querySelector(".ir-english .ir-wording").replaceChildren(...wording(item.english));
  const translation = card.querySelector(".ir-translation .ir-wording");
  translation.lang = view.tag;
  translation.dir = view.dir;
  translation.replaceChildren(...wording(item.translation));
  card.querySelector(".ir-previews dl").replaceChildren(...previews(view, item.previews));
  // A wording with nothing to fill in reads exactly as it is written.
  card.querySelector(".ir-previews").hidden = item.translation.placeables.length === 0;
  card.querySelector(".ir-term-hints").replaceChildren(...item.termHints.map((hint) => el("li", { text: hint })));

  const decision = item.decision?.decision === "needs-change" ? item.decision : null;
  const shown = card.querySelector(".ir-decision");
  shown.hidden = !decision;
  if (decision) {
    card.querySelector(".ir-decision-comment").textContent = decision.comment;
    const suggestion = card.querySelector(".ir-decision-suggestion");
    suggestion.lang = view.tag;
    suggestion.dir = view.dir;
    suggestion.replaceChildren(...previewTexts(item.suggestionPreviews));
    for (const part of shown.querySelectorAll("dt:nth-of-type(2), .ir-decision-suggestion")) {
      part.hidden = item.suggestionPreviews.length === 0;
    }
  }

  const [actions, change] = [".ir-actions", ".ir-change"].map((css) => card.querySelector(css));
  const comment = card.querySelector(".ir-comment");
  const suggestion = card.querySelector(".ir-suggestion");
  const error = card.querySelector(".error-message");
  comment.id = `ir-comment-${item.key}`;
  suggestion.id = `ir-suggestion-${item.key}`;
  card.querySelector(".ir-comment-label").htmlFor = comment.id;
  const suggestionLabel = card.querySelector(".ir-suggestion-label");
  // Prefixed, not suffixed: "<key>-label" is itself a key, and its box would share the id.
  suggestionLabel.id = `label-${suggestion.id}`;
  suggestion.setAttribute("aria-labelledby", suggestionLabel.id);
  suggestion.lang = view.tag;
  suggestion.dir = view.dir;
  // A placeholder typed or pasted by hand is locked too once the box is left.
  suggestion.addEventListener("blur", () => editWording(suggestion, wordingOf(suggestion)));
  card.querySelector(".ir-placeables").append(
    ...item.translation.placeables.map((name) => el("mark", { className: "placeable", dir: "ltr", text: `{ $${name} }` })),
  );
  card.querySelector(".ir-placeables").hidden = item.translation.placeables.length === 0;
  card.querySelector(".ir-undo").hidden = item.status === "not-reviewed";
  card.querySelector(".ir-approve").hidden = item.status === "approved";

  const decide = async (call) => {
    error.hidden = true;
    try {
      const decided = await call();
      const fresh = itemCard(view, decided.item, onDecided);
      card.replaceWith(fresh);
      onDecided(decided);
      fresh.querySelector(".ir-key").scrollIntoView({ block: "nearest" });
    } catch (problem) {
      error.textContent = problem.message ?? t("error-unexpected");
      error.hidden = false;
    }
  };
  card.querySelector(".ir-approve").addEventListener("click", () =>
    decide(() => api.reviewDecide(view.tag, item.key, { decision: "approved" })),
  );
  card.querySelector(".ir-undo").addEventListener("click", () => decide(() => api.reviewUndo(view.tag, item.key)));
  card.querySelector(".ir-suggest").addEventListener("click", () => {
    comment.value = decision?.comment ?? "";
    editWording(suggestion, decision?.suggestion || item.translation.source);
    actions.hidden = true;
    change.hidden = false;
    comment.focus();
  });
  card.querySelector(".ir-cancel").addEventListener("click", () => {
    change.hidden = true;
    actions.hidden = false;
    error.hidden = true;
  });
  card.querySelector(".ir-save").addEventListener("click", () =>
    decide(() =>
      api.reviewDecide(view.tag, item.key, {
        decision: "needs-change",
        comment: comment.value,
        suggestion: wordingOf(suggestion),
      }),
    ),
  );
  return card;
}

/** Fills the suggestion box with a wording to edit. Its placeables are locked: each is one
 * piece that cannot be typed into (only removed whole, which the core then refuses), set left to
 * right so `{ $name }` reads the same inside right-to-left text. */
function editWording(box, source) {
  const pieces = source.split(/(\{[^{}\n]*\})/);
  box.replaceChildren(
    ...pieces.map((piece, index) =>
      index % 2 === 1 && /^\{\s*\$[\w-]+\s*\}$/.test(piece)
        ? el("mark", { className: "placeable", contenteditable: "false", dir: "ltr", text: piece })
        : document.createTextNode(piece),
    ),
  );
}

/** The wording in a suggestion box, as Fluent source. */
function wordingOf(box) {
  return box.innerText.replace(/\u00a0/g, " ");
}

/** A wording's forms, placeables marked so they stand out and read as fixed. */
function wording(words) {
  return words.variants.map((variant) => {
    const line = el("p", { className: "ir-variant" });
    if (variant.label) line.append(el("span", { className: "ir-variant-label", dir: "ltr", text: variant.label }));
    const text = el("span", { className: "ir-text" });
    for (const piece of variant.pieces) {
      text.append(
        piece.kind === "placeable"
          ? el("mark", { className: "placeable", dir: "ltr", title: t("interp-placeables"), text: piece.text })
          : document.createTextNode(piece.text),
      );
    }
    line.append(text);
    return line;
  });
}

function previews(view, list) {
  return list.flatMap((preview) => [
    el("dt", { dir: "ltr", text: preview.label }),
    el("dd", { lang: view.tag, dir: view.dir, text: preview.text }),
  ]);
}

function previewTexts(list) {
  return list.map((preview) => el("p", { text: preview.text }));
}

function showProgress(root, text, allApproved) {
  const progress = root.querySelector(".ir-progress");
  progress.max = text.total || 1;
  progress.value = text.done;
  root.querySelector(".ir-progress-text").textContent = text.reviewed;
  const changed = root.querySelector(".ir-changed-text");
  changed.textContent = text.changed ?? "";
  changed.hidden = !text.changed;
  const signed = root.querySelector(".ir-signed-off-text");
  signed.textContent = text.signedOff ?? "";
  signed.hidden = !text.signedOff;
  const signOff = root.querySelector("#ir-sign-off");
  signOff.disabled = !allApproved;
  // Once recorded, there is nothing more to record until a wording changes.
  signOff.hidden = Boolean(text.signedOff);
  root.querySelector(".ir-sign-off-hint").hidden = allApproved;
}

function update(root, view, decided) {
  showProgress(root, decided.progressText, decided.allApproved);
  applyFilter(root, root.querySelector("#ir-filter-status").value, root.querySelector("#ir-filter-readers").value);
}

/** Shows the wordings that match both filters, and the headings that still have some. */
function applyFilter(root, status, readers) {
  for (const card of root.querySelectorAll(".ir-item")) {
    const byStatus =
      status === "all" ||
      card.dataset.status === status ||
      (status === "not-reviewed" && card.dataset.status === "changed");
    card.hidden = !(byStatus && (readers === "all" || card.dataset.readers === readers));
  }
  for (const group of root.querySelectorAll(".ir-group")) {
    group.hidden = !group.querySelector(".ir-item:not([hidden])");
  }
  for (const area of root.querySelectorAll(".ir-area")) {
    let next = area.nextElementSibling;
    let any = false;
    const notes = [];
    while (next && !next.classList.contains("ir-area")) {
      if (next.classList.contains("ir-file-note")) notes.push(next);
      else if (!next.hidden) any = true;
      next = next.nextElementSibling;
    }
    area.hidden = !any;
    for (const note of notes) note.hidden = !any;
  }
}

/** The filter bar stays at the top as the list scrolls: whatever the keyboard moves to is
 * scrolled clear of it. The page's scroll padding follows the bar's height as it wraps (for
 * scrolling to a place); WebKit does not scroll an element focused behind the bar, being inside
 * the window, so focus moves the page itself. */
function keepClearOf(bar) {
  const root = document.documentElement;
  new ResizeObserver(() => {
    if (bar.isConnected) root.style.setProperty("--sticky-top", `${bar.offsetHeight + 16}px`);
  }).observe(bar);
  const clear = (event) => {
    if (!bar.isConnected) {
      document.removeEventListener("focusin", clear);
      return;
    }
    if (bar.contains(event.target)) return;
    const covered = bar.getBoundingClientRect().bottom + 16 - event.target.getBoundingClientRect().top;
    if (covered > 0) window.scrollBy(0, -covered);
  };
  document.addEventListener("focusin", clear);
}
