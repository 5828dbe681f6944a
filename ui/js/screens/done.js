import * as api from "../api.js";
import { focusHeading, showTemplate } from "../dom.js";
import { t } from "../l10n.js";

export function showDone(app, fileName) {
  const root = showTemplate("done");
  root.querySelector(".file-name").textContent = fileName;
  const status = root.querySelector(".status");
  root.querySelector("#back").addEventListener("click", () => app.go("check"));
  root.querySelector("#open-notes").addEventListener("click", () => app.go("notes"));
  root.querySelector("#open-pdf").addEventListener("click", async () => {
    try {
      await api.openPdf();
    } catch (problem) {
      status.classList.add("error");
      status.textContent = problem.message ?? t("error-unexpected");
    }
  });
  focusHeading(root);
}
