# The interpreters' review screen, its PDF and its messages. Readers: qualified interpreters
# checking a translation against the English. English only: this file is not translated, since
# a review screen in the language being checked could not be trusted until it had been checked.

## Starting a review (from the start screen)

interp-open = Review translations (for interpreters)
interp-start-title = Review translations
interp-start-intro = For qualified interpreters. Check each translated wording against the English before families rely on it. Nothing a family has written is shown here, and nothing is sent anywhere.
interp-language = Language to review
interp-name = Your name
interp-register-number = Your register number (for example NRPSI)
interp-date = Date of the review
interp-begin = Start reviewing
interp-carry-on = Carry on reviewing
interp-back-to-start = Back to the start screen

## The review screen

interp-title = Reviewing { $language }
interp-progress = { $reviewed } of { $total } reviewed: { $approved } approved, { $needsChange } need a change
interp-changed-since = { $count ->
    [one] One wording changed since it was last reviewed, so it needs another look.
   *[other] { $count } wordings changed since they were last reviewed, so they need another look.
}
interp-filter-status = Show
interp-filter-all = Everything
interp-filter-not-reviewed = Not reviewed yet
interp-filter-approved = Approved
interp-filter-needs-change = Needs a change
interp-filter-readers = Read by
interp-filter-everyone = Everyone
interp-terms-title = Terms that must read the same everywhere
interp-terms-intro = Taken from the glossary. A wording whose English uses a term, but whose translation does not seem to, is marked so you can look again: a word may rightly change its ending.
interp-term-english = English
interp-term-translation = Translation
interp-file-note = About these words

## One wording

interp-english = English
interp-translation = Translation
interp-note = Translator’s note
interp-preview = How it reads, with sample values
interp-placeables = Placeholders that must stay exactly as they are
interp-term-missing = The English uses “{ $english }”, but this translation does not seem to use “{ $translation }”.
interp-status-not-reviewed = Not reviewed yet
interp-status-changed = Changed since it was last reviewed
interp-status-approved = Approved
interp-status-needs-change = Needs a change
interp-approve = Approve
interp-needs-change = Suggest a change
interp-undo = Undo
interp-comment = What is wrong, in your words
interp-suggestion = Your suggested wording
interp-suggestion-hint = Keep every placeholder in curly brackets exactly as it is. For wordings with several forms, keep the lines in square brackets.
interp-save-suggestion = Save this suggestion
interp-cancel = Cancel
interp-your-comment = Your comment
interp-your-suggestion = Your suggestion

## Finishing

interp-export-pdf = Print for sign-off (PDF)
interp-export-fluent = Save suggestions for the maintainers
interp-sign-off = Record this language as reviewed
interp-sign-off-needs-all = You can record the language as reviewed when every wording is approved.
interp-signed-off = Recorded as reviewed by { $name } (register number { $number }) on { $date }. The “not yet checked” notice no longer shows for this language.
interp-saved-file = Saved as { $file }.

## The review PDF

interp-pdf-title = Translation review: { $language }
interp-pdf-header = Family Voice translation review
interp-pdf-reviewer = Reviewer: { $name }
interp-pdf-number = Register number: { $number }
interp-pdf-date = Date: { $date }
interp-pdf-version = Messages version: { $version }
interp-pdf-verdict = Verdict
interp-pdf-comment = Comment and suggested wording
interp-pdf-declaration = I have checked every wording above against the English. Where I approved a wording, it says what the English says, in words the people it is written for will understand.
interp-pdf-signature = Signature
interp-pdf-signed-date = Date
interp-pdf-page-of = Page { $page } of { $pages }

## Where the words appear, and who reads them

interp-area-screens = The app’s screens
interp-area-questions = The questions
interp-area-child-journey = The child’s own journey
interp-area-pdf = Checking answers, and the printed PDF
interp-area-guide = The guide and its words
interp-area-timeline = What happens when
interp-area-drafts = Keeping drafts safe
interp-area-errors = When something goes wrong
interp-area-dates = Dates and times
interp-readers-parents = Parents and carers
interp-readers-children = Children of every age
interp-readers-children-young = Children of about 5 to 7
interp-readers-children-middle = Children of 8 to 11
interp-readers-children-older = Young people of 12 and over
interp-readers-meeting = The family, the Chair and the professionals

## Problems

interp-error-unreadable = The saved review for this language cannot be read. It has been left as it is; starting again here makes a new one.
interp-error-too-new = The saved review for this language was made by a newer version of Family Voice. Please use that version to carry on.
interp-error-suggestion-empty = Please write the wording you suggest, or say in a comment what is wrong.
interp-error-suggestion-not-fluent = This wording cannot be used as it is: check that every curly bracket that opens also closes, and that the lines in square brackets are kept.
interp-error-suggestion-too-big = This suggestion is too long, or has too many brackets inside one another, to be checked. A wording is only ever a few lines: please shorten it.
interp-error-placeable-missing = This wording leaves out { $missing }. Please keep every placeholder exactly as it is, so the app can fill it in.
interp-error-placeable-unknown = This wording has { $unknown }, which the app does not fill in. Please use only the placeholders the translation already has.
interp-error-not-all-approved = { $count ->
    [one] One wording is not approved yet.
   *[other] { $count } wordings are not approved yet.
}
interp-error-reviewer-incomplete = Please fill in your name, your register number and the date first.
