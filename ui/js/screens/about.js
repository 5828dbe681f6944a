// The practical page: who is writing, the children, the conference, help and access needs.
import * as api from "../api.js";
import { el, focusHeading, fromTemplate, showTemplate } from "../dom.js";
import { renderChecklist } from "../ready-checklist.js";

export function showAbout(app) {
  const root = showTemplate("about");
  const about = app.contribution.about;
  const form = root.querySelector("#about-form");

  fillForm(form, about);
  renderChildren(root, about, app.changed);
  showDependentFields(root, about);
  // What the family chose shapes what comes next: video, phone or a mix brings the checklist
  // for getting ready, with the items for that way of joining.
  const checklist = root.querySelector("#about-ready");
  renderChecklist(checklist, app);

  form.addEventListener("input", (event) => {
    readField(event.target, about);
    showDependentFields(root, about);
    if (event.target.name === "conference.format") renderChecklist(checklist, app);
  });
  root.querySelector("#add-child").addEventListener("click", () => {
    about.children.push({ name: "", age: null, dateOfBirth: null });
    renderChildren(root, about, app.changed);
    app.changed();
    root.querySelector(`#f-children-${about.children.length - 1}-name`).focus();
  });
  root.querySelector("#back").addEventListener("click", () => app.toStart());
  root.querySelector("#next").addEventListener("click", async () => {
    const problems = await api.checkContribution(app.contribution);
    if (problems.length === 0) app.go("part", 0);
    else showProblems(root, problems);
  });
  focusHeading(root);
}

/** Reads a dotted field name ("conference.date") from the model. */
function get(about, name) {
  return name.split(".").reduce((obj, key) => obj?.[key], about);
}

function set(about, name, value) {
  const keys = name.split(".");
  const last = keys.pop();
  keys.reduce((obj, key) => obj[key], about)[last] = value;
}

function fillForm(form, about) {
  for (const input of form.querySelectorAll("[name]")) {
    const value = get(about, input.name);
    if (input.type === "radio") {
      const wanted = input.name === "interpreter.needed" ? (value ? "yes" : "no") : (value ?? "");
      input.checked = input.value === wanted;
    } else if (input.name === "conference.time") {
      input.value = value ? value.slice(0, 5) : "";
    } else {
      input.value = value ?? "";
    }
  }
}

function readField(input, about) {
  if (input.dataset.child !== undefined) {
    const index = Number(input.closest("li").dataset.index);
    const child = about.children[index];
    const key = input.dataset.child;
    if (key === "age") child.age = input.value === "" ? null : Number.parseInt(input.value, 10);
    else if (key === "dateOfBirth") child.dateOfBirth = input.value || null;
    else child.name = input.value;
    return;
  }
  if (!input.name) return;
  let value = input.value;
  if (input.name === "interpreter.needed") value = value === "yes";
  else if (input.type === "radio" || input.type === "date" || input.type === "time") value = value || null;
  set(about, input.name, value);
}

function renderChildren(root, about, changed) {
  const list = root.querySelector(".children");
  const rows = about.children.map((child, index) => {
    const row = fromTemplate("child-row").firstElementChild;
    row.dataset.index = index;
    for (const input of row.querySelectorAll("[data-child]")) {
      const key = input.dataset.child;
      input.id = `f-children-${index}-${key}`;
      input.value = child[key] ?? "";
      row.querySelector(`label[data-for="${key}"]`).htmlFor = input.id;
      const error = row.querySelector(`[data-error="${key}"]`);
      error.id = `${input.id}-error`;
    }
    const remove = row.querySelector(".remove-child");
    remove.hidden = about.children.length === 1;
    remove.addEventListener("click", () => {
      about.children.splice(index, 1);
      renderChildren(root, about, changed);
      changed();
      root.querySelector("#add-child").focus();
    });
    return row;
  });
  list.replaceChildren(...rows);
}

function showDependentFields(root, about) {
  root.querySelector('[data-shown-when="helper"]').hidden = about.helper.kind === "nobody";
  root.querySelector('[data-shown-when="interpreter"]').hidden = !about.interpreter.needed;
}

/** The error summary at the top, and each message beside its field. */
function showProblems(root, problems) {
  for (const old of root.querySelectorAll(".error-message")) old.hidden = true;
  for (const old of root.querySelectorAll(".field.has-error")) old.classList.remove("has-error");
  const summary = root.querySelector(".error-summary");
  const items = problems.map(({ field, message }) => {
    const id = `f-${field.replaceAll(".", "-")}`;
    const input = root.querySelector(`#${CSS.escape(id)}`);
    const inline = root.querySelector(`#${CSS.escape(id)}-error`);
    if (inline) {
      inline.textContent = message;
      inline.hidden = false;
      input?.setAttribute("aria-describedby", inline.id);
      inline.closest(".field")?.classList.add("has-error");
    }
    const link = el("a", { href: `#${id}`, text: message });
    link.addEventListener("click", (event) => {
      event.preventDefault();
      input?.focus();
    });
    return el("li", {}, link);
  });
  summary.querySelector("ul").replaceChildren(...items);
  summary.hidden = false;
  summary.scrollIntoView({ block: "start" });
  summary.focus({ preventScroll: true });
}
