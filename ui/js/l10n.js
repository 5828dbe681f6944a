// The screens' words, as the core sent them. Text is always set with textContent.
let strings = {};

/** Keeps the words, sets the page's language and direction, and fills the language chooser. */
export function useScreenText({ lang, dir, strings: words, languages, translationNote }) {
  strings = words;
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
  document.title = t("app-name");
  localize(document.body);
  const chooser = document.getElementById("language");
  chooser.replaceChildren(
    ...languages.map((language) => {
      const option = document.createElement("option");
      option.value = language.tag;
      option.lang = language.tag;
      option.dir = language.dir;
      option.textContent = language.name;
      return option;
    }),
  );
  chooser.value = lang;
  const note = document.getElementById("translation-note");
  note.hidden = !translationNote;
  note.textContent = translationNote ?? "";
}

/** The language the screens are in. */
export const currentLanguage = () => document.documentElement.lang;

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
