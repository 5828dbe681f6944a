// The screens' words, as the core sent them. Text is always set with textContent.
let strings = {};

/** Keeps the words and sets the page's language and direction. */
export function useScreenText({ lang, dir, strings: words }) {
  strings = words;
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
  document.title = t("app-name");
  localize(document.body);
}

/** One static message by id. */
export function t(id) {
  return strings[id] ?? id;
}

/** Fills every element with a data-l10n-id under root. */
export function localize(root) {
  for (const node of root.querySelectorAll("[data-l10n-id]")) {
    node.textContent = t(node.dataset.l10nId);
  }
}
