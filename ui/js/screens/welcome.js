// The start screen: the drafts on this computer (carry on, rename, delete), a new one, and what
// the conference is about.
import * as api from "../api.js";
import { el, focusHeading, fromTemplate, showTemplate } from "../dom.js";
import { t } from "../l10n.js";
import { offerReview } from "./interpreter.js";
import { offerErase, passphraseFields } from "./ways-in.js";
import { termList } from "./guide.js";

export function showWelcome(app) {
  const root = showTemplate("welcome");
  const shelf = app.shelf;
  root.querySelector(".first-words-title").textContent = app.guide.glossaryTitle;
  root.querySelector(".first-words").replaceChildren(...termList(app.guide.firstWords));
  root.querySelector("#more-words").addEventListener("click", () => app.visit("guide"));

  root.querySelector(".drafts-none").hidden = shelf.drafts.length > 0;
  root.querySelector(".draft-list").replaceChildren(...shelf.drafts.map((draft) => draftCard(app, draft)));
  if (shelf.unreadable.length > 0) {
    const box = root.querySelector(".unreadable");
    box.hidden = false;
    box
      .querySelector("ul")
      .replaceChildren(
        ...shelf.unreadable.map((file) =>
          el("li", {}, el("span", { className: "unreadable-file", text: file.file }), el("p", { text: file.message })),
        ),
      );
  }
  if (shelf.notice) {
    const notice = root.querySelector(".notice");
    notice.textContent = shelf.notice;
    notice.hidden = false;
  }

  const status = root.querySelector(".new-draft .status");
  root.querySelector("#start").addEventListener("click", async () => {
    try {
      app.openDraft(await api.draftNew(root.querySelector("#new-label").value));
    } catch (problem) {
      showError(status, problem);
    }
  });
  root.querySelector("#start-child").addEventListener("click", async () => {
    try {
      app.openDraft(await api.draftNewChild(root.querySelector("#new-label").value));
    } catch (problem) {
      showError(status, problem);
    }
  });
  offerReview(app, root);
  offerWay(app, root);
  if (!shelf.hasPassphrase) spare(root);
  offerErase(root);
  focusHeading(root);
}

/** One draft in the list, with its buttons; rename and delete open in place. */
function draftCard(app, draft) {
  const card = fromTemplate("draft-card").firstElementChild;
  card.dataset.id = draft.id;
  card.querySelector(".draft-label").textContent = draft.label;
  card.querySelector(".draft-saved").textContent = draft.saved;
  const actions = card.querySelector(".draft-actions");
  const renameForm = card.querySelector(".rename-form");
  const confirm = card.querySelector(".delete-confirm");
  const input = card.querySelector(".rename-input");
  input.id = `rename-${draft.id}`;
  renameForm.querySelector("label").htmlFor = input.id;
  // Each button names its draft for screen readers: "Carry on: Mum — initial conference".
  for (const button of actions.querySelectorAll("button")) {
    button.setAttribute("aria-label", `${button.textContent}: ${draft.label}`);
  }

  const only = (part) => {
    actions.hidden = part !== actions;
    renameForm.hidden = part !== renameForm;
    confirm.hidden = part !== confirm;
  };
  // A parent's draft can start the next one, for the review conference; the old one stays as it was.
  const prepare = card.querySelector(".prepare-review");
  prepare.hidden = draft.kind !== "parent";
  prepare.addEventListener("click", async () => {
    try {
      app.openDraft(await api.draftPrepareReview(draft.id));
    } catch (problem) {
      app.showStart(await api.draftsStart());
    }
  });
  card.querySelector(".open").addEventListener("click", async () => {
    try {
      app.openDraft(await api.draftOpen(draft.id));
    } catch (problem) {
      app.showStart(await api.draftsStart());
    }
  });
  card.querySelector(".rename").addEventListener("click", () => {
    input.value = draft.label;
    only(renameForm);
    input.focus();
  });
  card.querySelector(".rename-cancel").addEventListener("click", () => only(actions));
  card.querySelector(".rename-save").addEventListener("click", async () => {
    try {
      app.showStart(await api.draftRename(draft.id, input.value));
    } catch (problem) {
      const error = renameForm.querySelector(".error-message");
      error.textContent = problem.message ?? t("error-unexpected");
      error.hidden = false;
    }
  });
  card.querySelector(".delete").addEventListener("click", () => {
    only(confirm);
    card.querySelector(".delete-no").focus();
  });
  card.querySelector(".delete-no").addEventListener("click", () => only(actions));
  card.querySelector(".delete-yes").addEventListener("click", async () => {
    try {
      app.showStart(await api.draftDelete(draft.id));
    } catch (problem) {
      app.showStart(await api.draftsStart());
    }
  });
  return card;
}

/** How the drafts open, and the change to the other way: a new passphrase to be asked every
 * time, or the current one to open without asking on this computer account. */
function offerWay(app, root) {
  const box = root.querySelector(".way");
  box.hidden = false;
  const status = box.querySelector(".status");
  const change = async (call, clear) => {
    try {
      const start = await call();
      clear();
      await app.showStart(start);
      // To a passphrase, the recovery code is shown first; back to the list, it says so.
      const shown = document.querySelector("#screen .way");
      if (shown) {
        shown.open = true;
        shown.querySelector(".status").textContent = t("way-changed");
      }
    } catch (problem) {
      showError(status, problem);
    }
  };
  if (app.shelf.opensWithoutAsking) {
    const part = box.querySelector(".to-passphrase");
    part.hidden = false;
    const fields = passphraseFields(part.querySelector(".passphrase-fields"), "way");
    part.querySelector("#way-to-passphrase").addEventListener("click", () => {
      const passphrase = fields.value(status);
      if (passphrase !== null) change(() => api.draftsAskEveryTime(passphrase), fields.clear);
    });
  } else {
    const part = box.querySelector(".to-keychain");
    part.hidden = false;
    const input = part.querySelector("#way-current");
    part.querySelector("#way-to-keychain").addEventListener("click", () => {
      change(
        () => api.draftsOpenWithoutAsking(input.value),
        () => (input.value = ""),
      );
    });
  }
}

/** The spare passphrase, for drafts only the keychain opens. */
function spare(root) {
  const box = root.querySelector(".spare");
  box.hidden = false;
  const fields = passphraseFields(box.querySelector(".passphrase-fields"), "spare");
  const status = box.querySelector(".status");
  box.querySelector("#spare-save").addEventListener("click", async () => {
    const passphrase = fields.value(status);
    if (passphrase === null) return;
    try {
      await api.draftsSparePassphrase(passphrase);
      fields.clear();
      status.classList.remove("error");
      status.textContent = t("drafts-spare-saved");
    } catch (problem) {
      showError(status, problem);
    }
  });
}

function showError(status, problem) {
  status.classList.add("error");
  status.textContent = problem.message ?? t("error-unexpected");
}
