// What happens when: the steps around the family's conference, as the core works them out.
import * as api from "../api.js";
import { el, focusHeading, showTemplate } from "../dom.js";
import { t } from "../l10n.js";

export async function showTimeline(app) {
  const root = showTemplate("timeline");
  const contribution = app.contribution;
  root.querySelector("#back").addEventListener("click", () => app.back());
  root.querySelector("#add-date").addEventListener("click", () => app.go("about"));

  // The core says which notice this conference uses and whether a number will do.
  const days = root.querySelector("#reports-days");
  const problem = root.querySelector("#reports-days-problem");
  days.addEventListener("change", async () => {
    problem.textContent = "";
    days.removeAttribute("aria-invalid");
    try {
      const updated = await api.timelineSetNotice(contribution, days.value);
      contribution.timelineSettings = updated.timelineSettings;
      app.changed();
      await render(root, contribution);
    } catch (failure) {
      // Marked invalid and said aloud at once (the message is an alert), not only shown.
      days.setAttribute("aria-invalid", "true");
      problem.textContent = failure.message ?? t("error-unexpected");
    }
  });

  // How long before the conference the Chair meets the family: the core refuses a time no
  // council gives, with the reason, as it does the notice above.
  const minutes = root.querySelector("#chair-minutes");
  const minutesProblem = root.querySelector("#chair-minutes-problem");
  minutes.addEventListener("change", async () => {
    minutesProblem.textContent = "";
    minutes.removeAttribute("aria-invalid");
    try {
      const updated = await api.timelineSetChairMeeting(contribution, minutes.value);
      contribution.timelineSettings = updated.timelineSettings;
      app.changed();
      await render(root, contribution);
    } catch (failure) {
      minutes.setAttribute("aria-invalid", "true");
      minutesProblem.textContent = failure.message ?? t("error-unexpected");
    }
  });

  const status = root.querySelector(".calendar .status");
  root.querySelector("#save-calendar").addEventListener("click", async () => {
    status.classList.remove("error");
    status.replaceChildren();
    try {
      const includeNames = root.querySelector("#calendar-names").checked;
      const saved = await api.exportCalendar(contribution, includeNames);
      if (saved === null) status.textContent = t("status-calendar-cancelled");
      else status.append(t("timeline-calendar-saved"), " ", el("span", { className: "file-name-inline", text: saved }));
    } catch (problem) {
      status.classList.add("error");
      status.textContent = problem.message ?? t("error-unexpected");
    }
  });

  afterConference(app, root, contribution);
  await render(root, contribution);
  focusHeading(root);
}

/** "After the conference": the family writes down what was decided, and the timeline then uses
 * the dates they were given. The core checks the dates; this only gathers what was typed. */
function afterConference(app, root, contribution) {
  const box = root.querySelector(".outcome");
  const outcome = contribution.outcome ?? {};
  const plan = { true: "yes", false: "no" }[outcome.plan] ?? (contribution.outcome ? "unsure" : null);
  if (plan) box.querySelector(`#outcome-plan-${plan}`).checked = true;
  const coreGroup = box.querySelector("#outcome-core-group");
  const review = box.querySelector("#outcome-review");
  coreGroup.value = outcome.coreGroup ?? "";
  review.value = outcome.review ?? "";
  const problem = box.querySelector("#outcome-problem");
  const status = box.querySelector("#outcome-status");
  box.querySelector("#outcome-save").addEventListener("click", async () => {
    problem.textContent = "";
    status.textContent = "";
    const chosen = box.querySelector('input[name="outcome-plan"]:checked')?.value;
    const typed = {
      plan: chosen === "yes" ? true : chosen === "no" ? false : null,
      categories: [...box.querySelectorAll(".outcome-categories input:checked")].map((input) => input.value),
      coreGroup: coreGroup.value || null,
      review: review.value || null,
      // Kept on the guide's complaints section; saved here as it is.
      councilContact: contribution.outcome?.councilContact ?? "",
    };
    try {
      const updated = await api.timelineRecordOutcome(contribution, typed);
      contribution.outcome = updated.outcome;
      app.changed();
      status.textContent = t("outcome-saved");
      await render(root, contribution);
    } catch (failure) {
      problem.textContent = failure.message ?? t("error-unexpected");
    }
  });
}

async function render(root, contribution) {
  let view = null;
  try {
    view = await api.timeline(contribution);
  } catch (problem) {
    root.querySelector(".notes").replaceChildren(el("p", { className: "error-message", text: problem.message }));
  }
  root.querySelector(".no-date").hidden = view !== null;
  root.querySelector(".calendar").hidden = view === null;
  for (const setting of root.querySelectorAll(".timeline-setting")) setting.hidden = view === null;
  root.querySelector(".outcome").hidden = view === null;
  if (view === null) {
    root.querySelector(".timeline-title").textContent = t("nav-timeline");
    return;
  }
  const days = root.querySelector("#reports-days");
  days.value = view.notice.days;
  days.min = view.notice.least;
  days.max = view.notice.most;
  const minutes = root.querySelector("#chair-minutes");
  minutes.value = view.chairMeeting.minutes;
  minutes.min = view.chairMeeting.least;
  minutes.max = view.chairMeeting.most;
  root.querySelector(".timeline-title").textContent = view.title;
  root.querySelector(".timeline-intro").textContent = view.intro;
  const steps = view.steps.map((step) =>
    el(
      "li",
      { className: "step", "data-step": step.slug },
      el("h2", { text: step.title }),
      el("p", { className: "when", text: step.when }),
      step.onlyIfPlan ? el("p", { className: "badge", text: step.onlyIfPlan }) : null,
      el("p", { text: step.body }),
    ),
  );
  root.querySelector(".steps").replaceChildren(...steps);
  root.querySelector(".notes").replaceChildren(...view.notes.map((note) => el("p", { className: "hint", text: note })));
  showCategories(root.querySelector(".outcome-categories .choices"), view.harmCategories);
}

/** The categories of harm as the core lists them, ticked as the recorded outcome has them. Drawn
 * again after another change on the screen, ticks not saved yet stay as the family left them. */
function showCategories(choices, categories) {
  const drawn = choices.querySelectorAll("input").length > 0;
  const ticked = new Set([...choices.querySelectorAll("input:checked")].map((input) => input.value));
  choices.replaceChildren(
    ...categories.map(({ category, name, hint, chosen }) => {
      const input = el("input", {
        type: "checkbox",
        value: category,
        id: `outcome-category-${category}`,
        checked: drawn ? ticked.has(category) : chosen,
        "aria-describedby": `outcome-category-${category}-hint`,
      });
      return el(
        "label",
        { for: input.id },
        input,
        el(
          "span",
          {},
          el("span", { className: "category-name", text: name }),
          el("span", { className: "hint category-hint", id: `outcome-category-${category}-hint`, text: hint }),
        ),
      );
    }),
  );
}
