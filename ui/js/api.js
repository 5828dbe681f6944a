// The only file that talks to the core: every call crosses to Rust through Tauri's invoke.
const invoke = (command, args) => window.__TAURI__.core.invoke(command, args);

/** The screens' static words, their language and direction. */
export const screenText = () => invoke("screen_text");
/** The six parts with their questions, in the chosen language. */
export const journey = () => invoke("journey");
/** Fields the family should look at again: [{ field, message }]. */
export const checkContribution = (contribution) => invoke("check_contribution", { contribution });
/** The contribution in words, as the PDF will print it. */
export const summary = (contribution) => invoke("summary", { contribution });
/** Asks where to save and makes the PDF; resolves to the file's name, or null if cancelled. */
export const makePdf = (contribution) => invoke("make_pdf", { contribution });
/** Opens the PDF made last in the system's viewer. */
export const openPdf = () => invoke("open_pdf");
/** The conference timeline in words, or null until the conference date is known. */
export const timeline = (contribution) => invoke("timeline", { contribution });
/** Asks where to save the dates as a calendar file; resolves to the file's name, or null. */
export const exportCalendar = (contribution, includeNames) =>
  invoke("export_calendar", { contribution, includeNames });
/** The guide to the conference and the glossary. */
export const guide = () => invoke("guide");
