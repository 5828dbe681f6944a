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
  if (problem?.code === "vault.key-missing") startAgain(app, root.querySelector(".start-again"));
  offerReview(app, root);
  offerErase(root);
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

export function showChoosePassphrase(app) {
  const root = showTemplate("choose-passphrase");
  root.querySelector(".problem").textContent = app.shelf.problem.message;
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
  if (app.shelf.problem.code === "vault.passphrase-too-short") {
    error.textContent = app.shelf.problem.message;
    error.hidden = false;
    root.querySelector(".problem").hidden = true;
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
