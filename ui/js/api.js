// The only file that talks to the core: every call crosses to Rust through Tauri's invoke.
const invoke = (command, args) => window.__TAURI__.core.invoke(command, args);

/** The screens' static words, their language and direction. */
export const screenText = () => invoke("screen_text");
/** Changes the screens' language (remembered for next time); resolves to the new screen text. */
export const setLanguage = (tag) => invoke("set_language", { tag });
/** The six parts with their questions, in the chosen language. */
export const journey = () => invoke("journey");
/** The quick-hide gesture for this system: { gestureMs, keys: [{ key, presses }] }. */
export const quickHideKeys = () => invoke("quick_hide_keys");
/** Fields the family should look at again: [{ field, message }]. */
export const checkContribution = (contribution) => invoke("check_contribution", { contribution });
/** The contribution in words, as the PDF will print it. */
export const summary = (contribution) => invoke("summary", { contribution });
/** Asks where to save and makes the PDF; resolves to the file's name, or null if cancelled. */
export const makePdf = (contribution) => invoke("make_pdf", { contribution });
/** What of a text box's words the PDF could not print on this computer, and what to do, in the
 *  screens' language; null when all of it prints. */
export const printableNote = (text) => invoke("printable_note", { text });
/** Opens the PDF made last in the system's viewer. */
export const openPdf = () => invoke("open_pdf");
export const notesView = (contribution) => invoke("notes_view", { contribution });
export const makeNotesPdf = (contribution) => invoke("make_notes_pdf", { contribution });
/** The conference timeline in words, or null until the conference date is known. */
export const timeline = (contribution) => invoke("timeline", { contribution });
/** Sets the council's notice of the reports (working days, as typed) for the family's
 * conference; resolves to the contribution with it set, or rejects with why it cannot be used. */
export const timelineSetNotice = (contribution, days) => invoke("timeline_set_notice", { contribution, days });
/** Sets how long before the conference the Chair meets the family; the contribution with it set. */
export const timelineSetChairMeeting = (contribution, minutes) =>
  invoke("timeline_set_chair_meeting", { contribution, minutes });
/** Records what the conference decided; the contribution with it, or a problem for a date that cannot be right. */
export const timelineRecordOutcome = (contribution, outcome) => invoke("timeline_record_outcome", { contribution, outcome });
/** The checklist for a video or phone meeting with the family's ticks, or null in person or unsure. */
export const meetingChecklist = (contribution) => invoke("meeting_checklist", { contribution });
/** Asks where to save the dates as a calendar file; resolves to the file's name, or null. */
export const exportCalendar = (contribution, includeNames) =>
  invoke("export_calendar", { contribution, includeNames });
/** The guide to the conference and the glossary. */
export const guide = () => invoke("guide");
/** Whether the screens' language can be read aloud: { available, note }. */
export const readAloudSupport = () => invoke("read_aloud_support");
/** The sound (WAV, as an ArrayBuffer) of the app's own wording that `key` names: a question, a
 * guide paragraph or a child's question; never the family's words. */
export const readAloud = (key) => invoke("read_aloud", { key });

// Drafts. Each "start" answer is { shelf, reopen, idleLockSeconds, autosaveDelayMs,
// autosaveMaxWaitMs }; shelf.state says which screen, and reopen is a draft held at the lock
// because it could not be saved ({ id, label, kind, body }), to open again.
/** The start screen, unlocking silently with the keychain where it can. */
export const draftsStart = () => invoke("drafts_start");
/** What to show while the keychain is being asked (it may show its own password prompt). */
export const draftsAsking = () => invoke("drafts_asking");
/** Deletes everything the app keeps on this computer, once `typed` is the confirming word; the
 * app then closes. Rejects with the reason if the word is not right. */
export const eraseEverything = (typed) => invoke("erase_everything", { typed });
/** Locks the drafts and clears the open one. */
export const draftsLock = () => invoke("drafts_lock");
/** Unlocks with a passphrase, or chooses one when the keychain cannot be used. */
export const draftsPassphrase = (passphrase) => invoke("drafts_passphrase", { passphrase });
/** The first start's choice, "passphrase" (ask every time) or "keychain" (open without asking
 * on this computer account); resolves to the start screen. */
export const draftsChooseWay = (way) => invoke("drafts_choose_way", { way });
/** How hard a passphrase being chosen is to guess: { level (0–3), message }. */
export const passphraseStrength = (passphrase) => invoke("passphrase_strength", { passphrase });
/** From now on ask for this passphrase every time; resolves to the start screen showing the
 * new recovery code. */
export const draftsAskEveryTime = (passphrase) => invoke("drafts_ask_every_time", { passphrase });
/** From now on open without asking on this account, once the passphrase is typed; resolves to
 * the start screen. */
export const draftsOpenWithoutAsking = (passphrase) => invoke("drafts_open_without_asking", { passphrase });
/** "I have forgotten my passphrase": the recovery sheet's code and a new passphrase; resolves
 * to the start screen. */
export const draftsRecover = (code, passphrase) => invoke("drafts_recover", { code, passphrase });
/** Asks where to save the recovery sheet for `code` and saves it; resolves to the file's name,
 * or null. */
export const saveRecoverySheet = (code) => invoke("save_recovery_sheet", { code });
/** Adds a spare passphrase to drafts the keychain opens. */
export const draftsSparePassphrase = (passphrase) => invoke("drafts_spare_passphrase", { passphrase });
/** Puts the drafts that cannot be opened, and their key files, to one side; starts afresh. */
export const draftsStartAgain = () => invoke("drafts_start_again");
/** Starts a new parent's draft: { id, label, kind, body }. */
export const draftNew = (label) => invoke("draft_new", { label });
/** Starts a child's own draft: { id, label, kind, body }. */
export const draftNewChild = (label) => invoke("draft_new_child", { label });
/** Saves the open child's draft. */
export const draftSaveChild = (views) => invoke("draft_save_child", { views });
/** The journey for the child's views as they stand: { band, youngest, oldest, steps }. */
export const childSteps = (views) => invoke("child_steps", { views });
/** What the child could share, in order: [{ id, place, heading, words, shared }]. */
export const childShareable = (views) => invoke("child_shareable", { views });
/** Asks where to save and makes the child's page; resolves to the file's name, or null. */
export const makeChildPdf = (views) => invoke("make_child_pdf", { views });
/** Opens a draft: { id, label, kind, body }. */
export const draftOpen = (id) => invoke("draft_open", { id });
/** Starts a draft for the review conference from a parent's draft, which stays as it was, and opens it. */
export const draftPrepareReview = (id) => invoke("draft_prepare_review", { id });
/** Saves the open draft. */
export const draftSave = (contribution) => invoke("draft_save", { contribution });
/** Renames a draft; resolves to the start screen. */
export const draftRename = (id, label) => invoke("draft_rename", { id, label });
/** Deletes a draft and every copy of it; resolves to the start screen. */
export const draftDelete = (id) => invoke("draft_delete", { id });

// Interpreters' review of a translation. Its words are English whatever the screens' language.
/** The languages to review, with what is saved of each review. */
export const reviewLanguages = () => invoke("review_languages");
/** Everything the review screen shows for a language. */
export const reviewOpen = (tag) => invoke("review_open", { tag });
/** Saves who is reviewing: { name, registerNumber, date }. */
export const reviewSetReviewer = (tag, reviewer) => invoke("review_set_reviewer", { tag, reviewer });
/** Records a decision ({ decision: "approved" } or { decision: "needs-change", comment,
 * suggestion }); resolves to { item, progressText, allApproved }, or rejects with a problem. */
export const reviewDecide = (tag, key, decision) => invoke("review_decide", { tag, key, decision });
/** Takes a decision back; resolves like reviewDecide. */
export const reviewUndo = (tag, key) => invoke("review_undo", { tag, key });
/** Records the language as reviewed; resolves to the progress in words. */
export const reviewSignOff = (tag) => invoke("review_sign_off", { tag });
/** Asks where to save the review on paper; resolves to "Saved as …", or null. */
export const reviewExportPdf = (tag) => invoke("review_export_pdf", { tag });
/** Asks where to save the suggested wordings; resolves to "Saved as …", or null. */
export const reviewExportSuggestions = (tag) => invoke("review_export_suggestions", { tag });
