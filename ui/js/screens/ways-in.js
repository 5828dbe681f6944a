// The screens before the drafts are open: locked, choosing a passphrase, drafts that cannot be
// opened any more, and a drafts folder that could not be read. What each says comes from the core.
import * as api from "../api.js";
import { focusHeading, fromTemplate, showTemplate } from "../dom.js";
import { t } from "../l10n.js";
import { offerReview } from "./interpreter.js";

export function showLocked(app) {
  const root = showTemplate("locked");
  const { problem, keychain, passphrase } = app.shelf;
  showProblem(root, problem);
  if (keychain) {
    // Unlock needs nothing but this computer account: the screen says so rather than promise
    // that nobody can read the drafts.
    root.querySelector(".lead").textContent = t("locked-intro-keychain");
    root.querySelector(".keychain-way").hidden = false;
    const unlock = root.querySelector("#unlock");
    if (problem) unlock.textContent = t("locked-try-again");
    unlock.addEventListener("click", () => app.unlock());
  }
  if (passphrase) {
    const form = root.querySelector(".passphrase-way");
    form.hidden = false;
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const input = root.querySelector("#unlock-passphrase");
      const typed = input.value;
      input.value = "";
      app.showStart(await api.draftsPassphrase(typed));
    });
  }
  if (app.shelf.recovery) offerRecovery(app, root);
  if (problem?.code === "vault.key-missing") startAgain(app, root.querySelector(".start-again"));
  offerReview(app, root);
  offerErase(root);
  // Asked every time, the passphrase is the one thing to do, so typing goes straight there. It
  // also makes the window's engine let go of the text it kept around the last cursor for the
  // input method, which would otherwise keep the family's last words in memory after Lock.
  if (passphrase && !keychain && !problem) root.querySelector("#unlock-passphrase").focus();
  else focusHeading(root);
}

/** "I have forgotten my passphrase": the code from the recovery sheet, and a new passphrase. */
function offerRecovery(app, root) {
  const box = root.querySelector(".forgot");
  box.hidden = false;
  const form = box.querySelector(".recover-form");
  const error = form.querySelector(".error-message");
  const fields = passphraseFields(form.querySelector(".passphrase-fields"), "recover");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const passphrase = fields.value(error);
    if (passphrase === null) return;
    const code = form.querySelector("#recover-code");
    const typed = code.value;
    code.value = "";
    fields.clear();
    app.showStart(await api.draftsRecover(typed, passphrase));
  });
}

/** The recovery code, shown once after a passphrase is chosen, with its sheet to print. */
export function showRecoveryCode(app) {
  const root = showTemplate("recovery-code");
  const { code } = app.shelf;
  root.querySelector("#recovery-code").textContent = code;
  const status = root.querySelector(".status");
  const open = root.querySelector("#recovery-open");
  root.querySelector("#recovery-save").addEventListener("click", async () => {
    status.classList.remove("error");
    try {
      const saved = await api.saveRecoverySheet(code);
      status.textContent = saved === null ? t("status-cancelled") : `${t("done-saved")} ${saved} ${t("recovery-saved-note")}`;
      open.hidden = saved === null;
    } catch (problem) {
      status.classList.add("error");
      status.textContent = problem.message ?? t("error-unexpected");
    }
  });
  open.addEventListener("click", () => api.openPdf());
  root.querySelector("#recovery-done").addEventListener("click", async () => app.showStart(await api.draftsStart()));
  focusHeading(root);
}

/** While the computer's keychain is asking for its own password: says so, and offers the
 * passphrase where these drafts have one. */
export function showAsking(app) {
  const root = showTemplate("asking");
  if (app.shelf.passphrase) {
    const form = root.querySelector(".passphrase-way");
    form.hidden = false;
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      app.cancelUnlock();
      const input = root.querySelector("#asking-passphrase");
      const typed = input.value;
      input.value = "";
      app.showStart(await api.draftsPassphrase(typed));
    });
  }
  focusHeading(root);
}

/** "Delete everything from this computer", closed until opened, and done only once the word it
 * shows is typed; the app closes when it has finished. */
export function offerErase(root) {
  const place = root.querySelector(".erase-way");
  place.replaceChildren(fromTemplate("erase"));
  const form = place.querySelector(".erase-form");
  const error = form.querySelector(".error-message");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.hidden = true;
    try {
      await api.eraseEverything(form.querySelector("#erase-word").value);
    } catch (problem) {
      error.textContent = problem.message ?? t("error-unexpected");
      error.hidden = false;
    }
  });
}

/** The very first start: the family chooses how their drafts will open. */
export function showFirstStart(app) {
  const root = showTemplate("first-start");
  if (app.shelf.notice) {
    const notice = root.querySelector(".notice");
    notice.textContent = app.shelf.notice;
    notice.hidden = false;
  }
  for (const [id, way] of [
    ["#first-passphrase", "passphrase"],
    ["#first-keychain", "keychain"],
  ]) {
    root.querySelector(id).addEventListener("click", async () => app.showStart(await api.draftsChooseWay(way)));
  }
  offerReview(app, root);
  focusHeading(root);
}

export function showChoosePassphrase(app) {
  const root = showTemplate("choose-passphrase");
  const { problem } = app.shelf;
  const box = root.querySelector(".problem");
  box.textContent = problem?.message ?? "";
  box.hidden = !problem;
  const form = root.querySelector(".choose-form");
  const error = form.querySelector(".error-message");
  const fields = passphraseFields(form.querySelector(".passphrase-fields"), "new");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const passphrase = fields.value(error);
    if (passphrase === null) return;
    fields.clear();
    app.showStart(await api.draftsPassphrase(passphrase));
  });
  // A too-short passphrase comes back as this screen with the core's reason.
  if (problem?.code === "vault.passphrase-too-short") {
    error.textContent = problem.message;
    error.hidden = false;
    box.hidden = true;
  }
  offerReview(app, root);
  focusHeading(root);
}

export function showLost(app) {
  const root = showTemplate("lost");
  root.querySelector(".problem").textContent = app.shelf.problem.message;
  startAgain(app, root.querySelector(".start-again"));
  offerReview(app, root);
  offerErase(root);
  focusHeading(root);
}

export function showFailed(app) {
  const root = showTemplate("failed");
  root.querySelector(".problem").textContent = app.shelf.problem.message;
  root.querySelector("#try-again").addEventListener("click", () => app.unlock());
  offerReview(app, root);
  offerErase(root);
  focusHeading(root);
}

/** A passphrase box and a second one to type it again; `value` is null (and says why) unless they match. */
export function passphraseFields(container, prefix) {
  const content = fromTemplate("passphrase-fields");
  for (const label of content.querySelectorAll("label")) {
    const input = label.parentElement.querySelector("input");
    input.id = `${prefix}-${label.dataset.for}`;
    label.htmlFor = input.id;
  }
  container.replaceChildren(content);
  const first = container.querySelector(".passphrase");
  const again = container.querySelector(".passphrase-again");
  const strength = container.querySelector(".strength");
  strength.id = `${prefix}-strength`;
  first.setAttribute("aria-describedby", strength.id);
  showStrength(first, strength);
  return {
    value(messageBox) {
      if (first.value !== again.value) {
        messageBox.textContent = t("passphrase-mismatch");
        messageBox.classList.add("error");
        messageBox.hidden = false;
        again.value = "";
        again.focus();
        return null;
      }
      return first.value;
    },
    clear() {
      first.value = "";
      again.value = "";
    },
  };
}

/** Says under the box how hard the passphrase is to guess, as it is typed (the core's estimate).
 * A late answer for older text is dropped. */
function showStrength(input, hint) {
  let asked = 0;
  input.addEventListener("input", async () => {
    const attempt = ++asked;
    const { level, message } = await api.passphraseStrength(input.value);
    if (attempt !== asked) return;
    hint.textContent = message;
    hint.dataset.level = String(level);
  });
}

function showProblem(root, problem) {
  const box = root.querySelector(".problem");
  box.hidden = !problem;
  box.textContent = problem?.message ?? "";
}

/** "Start again", asked once and explicit about what is deleted. */
function startAgain(app, container) {
  const content = fromTemplate("start-again");
  container.replaceChildren(content);
  container.hidden = false;
  const confirm = container.querySelector(".start-again-confirm");
  const button = container.querySelector("#start-again");
  button.addEventListener("click", () => {
    confirm.hidden = false;
    button.hidden = true;
    container.querySelector("#start-again-no").focus();
  });
  container.querySelector("#start-again-no").addEventListener("click", () => {
    confirm.hidden = true;
    button.hidden = false;
  });
  container.querySelector("#start-again-yes").addEventListener("click", async () =>
    app.showStart(await api.draftsStartAgain()),
  );
}
